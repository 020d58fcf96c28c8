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
        var lastLine = import.StandardOutput.TrimEnd().Split('\n')[^1].Trim();
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

    [Fact]
    public async Task The_command_line_creates_an_inspection_and_a_second_import_of_a_reference_needs_as_new()
    {
        var location = await NewDatabaseAsync();
        using var migrate = CliProcess.Start(location, "db", "migrate");
        Assert.Equal(0, await migrate.WaitAsync(TimeSpan.FromMinutes(2)));
        using var created = CliProcess.Start(location, "new", "--provider", "Example CRC", "--type", "CRC", "--framework", "hmip-crc-2019", "--reference", "EX-2020",
            "--fieldwork-start", "2020-01-13", "--fieldwork-end", "2020-01-24", "--year", "2019/20");
        Assert.True(await created.WaitAsync(TimeSpan.FromMinutes(2)) == 0, created.Output);
        var id = long.Parse(created.StandardOutput.TrimEnd().Split('\n')[^1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        using var badDate = CliProcess.Start(location, "new", "--provider", "Example CRC", "--type", "CRC", "--framework", "hmip-crc-2019", "--reference", "EX-2021",
            "--fieldwork-start", "13/01/2020");
        Assert.Equal(2, await badDate.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains("write it yyyy-mm-dd", badDate.Output);

        using var first = CliProcess.Start(location, "import", TestDatasets.NorthumbriaFolder);
        Assert.Equal(0, await first.WaitAsync(TimeSpan.FromMinutes(2)));
        using var second = CliProcess.Start(location, "import", TestDatasets.NorthumbriaFolder);
        Assert.Equal(1, await second.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains("inspection NB-2019 is stored already", second.Output);
        Assert.Contains("--as-new", second.Output);
        using var copy = CliProcess.Start(location, "import", TestDatasets.NorthumbriaFolder, "--as-new");
        Assert.Equal(0, await copy.WaitAsync(TimeSpan.FromMinutes(2)));

        await using var store = await StoreServices.OpenAsync(location);
        var inspection = await store.Get<Inspections.InspectionStore>().GetAsync(id);
        Assert.Equal(("EX-2020", "Example CRC", Core.Datasets.InspectionStatus.Planned, new DateOnly(2020, 1, 13)),
            (inspection.Reference, inspection.ProviderName, inspection.Status, inspection.FieldworkStart));
        Assert.Equal("2019/20", (await store.Get<Datasets.DatasetStore>().LoadAsync(id)).Manifest.ProgrammeYear);
        Assert.Equal(2, (await store.Get<Inspections.InspectionStore>().FindByReferenceAsync("NB-2019")).Count);
    }
}
