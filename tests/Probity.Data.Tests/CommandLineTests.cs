using Probity.Data.Tests.Infrastructure;
using Probity.Data.Audit;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task The_command_line_imports_printing_the_id_last_and_exports_the_same_dataset()
    {
        var location = await NewDatabaseAsync();
        using var migrate = CliProcess.Start(location, "db", "migrate");
        Assert.Equal(0, await migrate.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains("applied 0001_initial", migrate.Output);

        using var import = CliProcess.Start(location, "import", TestDatasets.NorthumbriaFolder);
        Assert.Equal(0, await import.WaitAsync(TimeSpan.FromMinutes(2)));
        var lastLine = import.Output.TrimEnd().Split('\n')[^1].Trim();
        Assert.Matches("^[0-9]+$", lastLine);

        var folder = TempFolder();
        using var export = CliProcess.Start(location, "export", "NB-2019", "--out", folder);
        Assert.Equal(0, await export.WaitAsync(TimeSpan.FromMinutes(2)));
        DatasetComparison.AssertSame(TestDatasets.Northumbria(), TestDatasets.Parse(folder));
        await using var store = await StoreServices.OpenAsync(location);
        Assert.Equal("cli-test", (await store.Get<AuditLog>().ForInspectionAsync(long.Parse(lastLine, System.Globalization.CultureInfo.InvariantCulture)))[0].UserName);
    }

    [Fact]
    public async Task The_command_line_reports_bad_input_plainly_and_writes_nothing()
    {
        var location = await NewDatabaseAsync();
        await (await StoreServices.OpenAsync(location)).DisposeAsync();
        var before = await DatabaseFingerprint.TakeAsync(location);
        var broken = TempFolder();
        Directory.CreateDirectory(broken);
        foreach (var f in Directory.GetFiles(TestDatasets.NorthumbriaFolder)) File.Copy(f, Path.Combine(broken, Path.GetFileName(f)));
        File.AppendAllText(Path.Combine(broken, "answers.csv"), "NB19-CS-001,2.2.9,yes,\n");

        using var import = CliProcess.Start(location, "import", broken);
        Assert.Equal(1, await import.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains("question \"2.2.9\" is not in framework hmip-crc-2019", import.Output);
        Assert.Contains("nothing was imported", import.Output);

        using var export = CliProcess.Start(location, "export", "42", "--out", TempFolder());
        Assert.Equal(1, await export.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains("there is no inspection with id 42", export.Output);
        Assert.DoesNotContain("   at ", import.Output + export.Output);
        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(location));
    }
}
