using Probity.Data;
using Probity.Data.Samples;
using Probity.Data.Tests.Infrastructure;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>Issue 4: a drawn sample is stored with its inspection, reproducibly.</summary>
public class SampleStorageTests
{
    private static readonly string Population = RepositoryFiles.Of("examples", "populations", "northumbria-2019-caseload.csv");

    [Fact]
    public async Task The_sample_is_stored_with_the_inspection()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = temp.Path, ["PROBITY_USER"] = "lisa.parker" };
        var import = CliProcess.Run(env, "import", RepositoryFiles.Of("examples", "northumbria-2019"));
        Assert.True(import.ExitCode == 0, import.Error);
        var id = long.Parse(import.Out.Trim().Split('\n')[^1]);

        var sampleFile = Path.Combine(temp.Path, "sample.csv");
        var run = CliProcess.Run(env, "sample", Population, "--out", sampleFile, "--as-at", "2019-08-19", "--seed", "18446744073709551557", "--inspection", id.ToString());
        Assert.True(run.ExitCode == 0, run.Error);

        await using var store = await StoreServices.OpenAsync(DatabaseLocation.Sqlite(Path.Combine(temp.Path, "probity.db")));
        var samples = store.Get<DrawnSampleStore>();
        var listed = Assert.Single(await samples.ListAsync(id));
        var stored = await samples.LoadAsync(listed.Id);
        Assert.Equal("case-supervision", stored.Sample);
        Assert.Equal(18446744073709551557UL, DrawnSamples.Seed(stored)); // above 2^63: stored bit for bit
        Assert.Equal(97, stored.Cases.Count(c => c.Role == DrawnRole.Sample));
        Assert.Equal("lisa.parker", stored.DrawnBy);
        Assert.Equal("235", stored.Parameters["eligible"]);
        Assert.Contains("Cochran", stored.Parameters["sizeCalculation"]);
        var fileIds = File.ReadAllLines(sampleFile).Skip(1).Select(l => l.Split(',')[0]);
        Assert.Equal(fileIds, stored.Cases.Select(c => c.CaseId));
    }

    [Fact]
    public void An_unknown_inspection_is_refused_before_anything_is_written()
    {
        using var temp = new TempFolder();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = temp.Path };
        var sampleFile = Path.Combine(temp.Path, "sample.csv");
        var run = CliProcess.Run(env, "sample", Population, "--out", sampleFile, "--as-at", "2019-08-19", "--inspection", "42");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no inspection with id 42", run.Error);
        Assert.False(File.Exists(sampleFile));
        Assert.False(CliProcess.HasStackTrace(run.Error));
    }
}
