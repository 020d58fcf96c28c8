using Probity.Data;
using Probity.Data.Samples;
using Probity.Data.Tests.Infrastructure;
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
    public async Task A_stored_inspections_report_lists_the_cases_withdrawn_from_its_sample_with_their_reasons()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = temp.Path, ["PROBITY_USER"] = "lisa.parker" };
        var created = CliProcess.Run(env, "new", "--provider", "Northumbria CRC", "--type", "CRC", "--framework", "hmip-crc-2019", "--reference", "NB-2019-W");
        Assert.True(created.ExitCode == 0, created.Error);
        var id = long.Parse(created.Out.Trim().Split('\n')[^1]);
        var population = RepositoryFiles.Of("examples", "populations", "northumbria-2019-caseload.csv");
        var drawn = CliProcess.Run(env, "sample", population, "--out", Path.Combine(temp.Path, "sample.csv"), "--as-at", "2019-08-19", "--seed", "7", "--inspection", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(drawn.ExitCode == 0, drawn.Error);
        string withdrawnCase;
        await using (var store = await StoreServices.OpenAsync(DatabaseLocation.Sqlite(Path.Combine(temp.Path, "probity.db"))))
        {
            withdrawnCase = (await store.Get<Probity.Data.Cases.CaseAssessmentStore>().ListAsync(id))[0].CaseId;
            await store.Get<SampledCaseStore>().WithdrawAsync(id, withdrawnCase, "transferred out of the area before fieldwork", new Actor("lisa.parker"));
        }

        var report = Path.Combine(temp.Path, "report.html");
        var run = CliProcess.Run(env, "report", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", report);
        Assert.True(run.ExitCode == 0, run.Error);
        var html = File.ReadAllText(report);
        Assert.Contains("transferred out of the area before fieldwork", html);
        Assert.Contains(withdrawnCase, html);
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
