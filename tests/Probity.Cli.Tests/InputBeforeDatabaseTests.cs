using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>
/// Issue 12: a verb that reads input checks it before it opens or creates a database, and an <c>--out</c> file whose folder
/// is missing or cannot be written is a usage error said before any work is done.
/// </summary>
public sealed class InputBeforeDatabaseTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string DataDir => Path.Combine(_temp.Path, "data");

    private Dictionary<string, string> Env => new() { ["PROBITY_DATA_DIR"] = DataDir };

    private string DatabaseFile => Path.Combine(DataDir, "probity.db");

    [Fact]
    public void Importing_a_broken_dataset_creates_no_database()
    {
        var broken = _temp.Write("broken", MigrationRuleCliTests.BrokenNorthumbria());
        var run = CliProcess.Run(Env, "import", broken);
        Assert.Equal(CommandLine.InvalidInput, run.ExitCode);
        Assert.Contains("question \"2.2.9\" is not in framework hmip-crc-2019", run.Error);
        Assert.Contains("nothing was imported", run.Error);
        Assert.DoesNotContain("applied migration", run.Error);
        Assert.False(File.Exists(DatabaseFile), "the database was created for a dataset that was refused");
        Assert.False(CliProcess.HasStackTrace(run.Error), run.Error);
    }

    [Fact]
    public void Importing_a_broken_review_folder_creates_no_database()
    {
        var broken = _temp.Write("review", new Dictionary<string, string> { ["review.json"] = "{ \"region\": " });
        var run = CliProcess.Run(Env, "import", broken);
        Assert.Equal(CommandLine.InvalidInput, run.ExitCode);
        Assert.Contains("review.json", run.Error);
        Assert.Contains("nothing was imported", run.Error);
        Assert.False(File.Exists(DatabaseFile), "the database was created for a review that was refused");
    }

    [Fact]
    public void Importing_a_folder_that_is_neither_creates_no_database()
    {
        var empty = _temp.Write("empty", new Dictionary<string, string>());
        var run = CliProcess.Run(Env, "import", empty);
        Assert.Equal(CommandLine.InvalidInput, run.ExitCode);
        Assert.Contains("holds neither inspection.json", run.Error);
        Assert.False(File.Exists(DatabaseFile));
    }

    public static TheoryData<string> UnwritableOutputs() => new()
    {
        "missing-folder/out",
        // A folder that exists but takes no new file, whoever runs the tests (root included).
        "/proc/out",
    };

    [Theory]
    [MemberData(nameof(UnwritableOutputs))]
    public void A_report_to_a_folder_that_cannot_take_it_is_refused_first(string output)
    {
        var path = output.StartsWith('/') ? output : Path.Combine(_temp.Path, output);
        var folder = Path.GetDirectoryName(path)!;
        foreach (var (source, extension) in new[] { (RepositoryFiles.Of("examples", "northumbria-2019"), ".html"), ("NB-2019", ".pdf"), ("review:1", ".csv") })
        {
            var run = CliProcess.Run(Env, "report", source, "--out", path + extension);
            Assert.True(run.ExitCode == CommandLine.Usage, $"{source}: {run.ExitCode}\n{run.Error}");
            Assert.Contains($"--out {path + extension}: the folder {folder} ", run.Error);
            Assert.Matches("does not exist|cannot be written to", run.Error);
            // Before any work: no report built (its warnings), no database opened.
            Assert.DoesNotContain("warning:", run.Error);
            Assert.False(File.Exists(DatabaseFile), "the database was opened before the output was checked");
            Assert.False(CliProcess.HasStackTrace(run.Error), run.Error);
        }
    }

    [Theory]
    [MemberData(nameof(UnwritableOutputs))]
    public void A_sample_to_a_folder_that_cannot_take_it_is_refused_first(string output)
    {
        var path = (output.StartsWith('/') ? output : Path.Combine(_temp.Path, output)) + ".csv";
        var population = RepositoryFiles.Of("examples", "populations", "northumbria-2019-caseload.csv");
        foreach (var extra in new[] { Array.Empty<string>(), ["--inspection", "NB-2019"] })
        {
            var run = CliProcess.Run(Env, ["sample", population, "--out", path, "--as-at", "2019-08-19", .. extra]);
            Assert.True(run.ExitCode == CommandLine.Usage, $"{run.ExitCode}\n{run.Error}");
            Assert.Contains($"--out {path}: the folder {Path.GetDirectoryName(path)} ", run.Error);
            Assert.Equal("", run.Out);
            Assert.False(File.Exists(DatabaseFile), "the database was opened before the output was checked");
        }
    }

    public void Dispose() => _temp.Dispose();
}
