using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>Issue 6: `report INSPECTION` reads a stored inspection and prints exactly what the dataset folder prints.</summary>
public class ReportFromStoreTests
{
    [Fact]
    public void A_stored_inspection_reports_exactly_as_its_dataset_folder()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = temp.Path };
        var example = RepositoryFiles.Of("examples", "northumbria-2019");
        var import = CliProcess.Run(env, "import", example);
        Assert.True(import.ExitCode == 0, import.Error);
        var id = import.Out.Trim().Split('\n')[^1];

        var fromFolder = Path.Combine(temp.Path, "folder.html");
        var fromStore = Path.Combine(temp.Path, "store.html");
        var byReference = Path.Combine(temp.Path, "reference.html");
        Assert.Equal(0, CliProcess.Run(env, "report", example, "--out", fromFolder).ExitCode);
        Assert.Equal(0, CliProcess.Run(env, "report", id, "--out", fromStore).ExitCode);
        Assert.Equal(0, CliProcess.Run(env, "report", "NB-2019", "--out", byReference).ExitCode);
        Assert.Equal(File.ReadAllText(fromFolder), File.ReadAllText(fromStore));
        Assert.Equal(File.ReadAllText(fromFolder), File.ReadAllText(byReference));
    }

    [Fact]
    public void Neither_a_folder_nor_a_stored_inspection()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = temp.Path };
        var run = CliProcess.Run(env, "report", "NB-2020", "--out", Path.Combine(temp.Path, "r.html"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"NB-2020\" is neither a dataset folder nor the id or reference of a stored inspection", run.Error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "r.html")));
        Assert.False(CliProcess.HasStackTrace(run.Error));
    }
}
