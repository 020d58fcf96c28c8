using System.Diagnostics;
using System.Text;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>
/// Issue 18's command-line reproducers: bad input is exit 1 with a located problem (never exit 3 or a .NET message),
/// a wrong command line exit 2, and nothing waits on a pipe.
/// </summary>
public sealed class BadInputCliTests : IDisposable
{
    private static readonly TimeSpan HangBound = TimeSpan.FromMinutes(2);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Dataset(string name = "northumbria-2019") => _temp.Write(name, RepositoryFiles.Dataset(name));

    private static void AssertRefused(MeasuredRun.Result run, string expected)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.False(CliProcess.HasStackTrace(run.Error), run.Error);
    }

    [Fact]
    public void Sample_seed_minus_one_is_a_clear_usage_message()
    {
        var run = CliProcess.Run("sample", RepositoryFiles.Of("examples", "populations", "northumbria-2019-caseload.csv"), "--out", Path.Combine(_temp.Path, "s.csv"), "--seed", "-1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--seed \"-1\" is not a seed: give a whole number from 0 to 18446744073709551615", run.Error);
        Assert.DoesNotContain("System.", run.Error);
    }

    [Fact]
    public async Task Lone_surrogate_in_inspection_json_is_exit_1_with_its_line_for_rate_and_import()
    {
        var folder = Dataset();
        var manifest = Path.Combine(folder, "inspection.json");
        await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(manifest)).Replace("\"NB-2019\"", "\"NB-\\ud800\"", StringComparison.Ordinal));
        AssertRefused(await MeasuredRun.RunAsync(HangBound, null, "rate", folder), "inspection.json:3: a string holds an escape that is half of a UTF-16 surrogate pair");
        var store = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = Path.Combine(_temp.Path, "data") };
        AssertRefused(await MeasuredRun.RunAsync(HangBound, store, "import", folder), "inspection.json:3: a string holds an escape");
    }

    [Fact]
    public async Task Named_pipe_in_place_of_answers_csv_is_refused_not_waited_on()
    {
        var folder = Dataset();
        var answers = Path.Combine(folder, "answers.csv");
        File.Delete(answers);
        await Process.Start("mkfifo", [answers])!.WaitForExitAsync();
        AssertRefused(await MeasuredRun.RunAsync(TimeSpan.FromSeconds(60), null, "rate", folder), "answers.csv: is a named pipe (FIFO), not a file");
    }

    [Fact]
    public async Task Symlink_loop_as_review_json_is_a_located_problem()
    {
        var folder = Path.Combine(_temp.Path, "review");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "review.json"), Path.Combine(folder, "review.json"));
        AssertRefused(await MeasuredRun.RunAsync(HangBound, null, "rate", folder), "review.json: is a symbolic link that loops");
    }

    [Fact]
    public async Task Dangling_symlink_as_the_extract_is_a_located_problem()
    {
        var extract = Path.Combine(_temp.Path, "caseload.csv");
        File.CreateSymbolicLink(extract, Path.Combine(_temp.Path, "gone.csv"));
        var run = await MeasuredRun.RunAsync(HangBound, null, "sample", extract, "--out", Path.Combine(_temp.Path, "s.csv"));
        AssertRefused(run, $"{extract}: is a symbolic link to {Path.Combine(_temp.Path, "gone.csv")}, which does not exist");
    }

    [Fact]
    public async Task Interviews_csv_replaced_by_a_directory_is_exit_1_not_ignored()
    {
        var folder = Dataset();
        File.Delete(Path.Combine(folder, "interviews.csv"));
        Directory.CreateDirectory(Path.Combine(folder, "interviews.csv"));
        AssertRefused(await MeasuredRun.RunAsync(HangBound, null, "rate", folder), "interviews.csv: is a folder, not a file");
    }

    [Fact]
    public async Task Duplicate_key_in_inspection_json_is_refused_not_rated()
    {
        var folder = Dataset("redcar-cleveland-middlesbrough-2022");
        var manifest = Path.Combine(folder, "inspection.json");
        await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(manifest)).Replace("\"1.2\": \"good\",", "\"1.2\": \"good\",\n    \"1.2\": \"outstanding\",", StringComparison.Ordinal));
        var run = await MeasuredRun.RunAsync(HangBound, null, "rate", folder);
        AssertRefused(run, "inspection.json:17: the key \"1.2\" appears twice in one object (first on line 16)");
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task A_Windows_1252_extract_is_refused_with_the_encoding_option_and_read_with_it()
    {
        var lines = (await File.ReadAllLinesAsync(RepositoryFiles.Of("examples", "populations", "northumbria-2019-caseload.csv"))).ToList();
        lines[5] = lines[5].Replace("Newcastle", "Newcästle", StringComparison.Ordinal);
        var extract = Path.Combine(_temp.Path, "caseload.csv");
        await File.WriteAllLinesAsync(extract, lines, CodePagesEncodingProvider.Instance.GetEncoding(1252)!);
        var sample = Path.Combine(_temp.Path, "sample.csv");
        var refused = await MeasuredRun.RunAsync(HangBound, null, "sample", extract, "--out", sample, "--as-at", "2019-08-19", "--seed", "1");
        AssertRefused(refused, $"{extract}:6: the file is not UTF-8 text");
        Assert.Contains("read it with --encoding windows-1252, or save it from Excel as \"CSV UTF-8 (Comma delimited)\"", refused.Error);
        Assert.False(File.Exists(sample));
        var read = await MeasuredRun.RunAsync(HangBound, null, "sample", extract, "--out", sample, "--as-at", "2019-08-19", "--seed", "1", "--encoding", "windows-1252");
        Assert.Equal(0, read.ExitCode);
        Assert.True(File.Exists(sample));
    }

    [Fact]
    public async Task A_framework_file_that_is_a_pipe_is_refused()
    {
        var file = Path.Combine(_temp.Path, "framework.json");
        await Process.Start("mkfifo", [file])!.WaitForExitAsync();
        AssertRefused(await MeasuredRun.RunAsync(TimeSpan.FromSeconds(60), null, "frameworks", "check", file), $"{file}: is a named pipe (FIFO), not a file");
    }

    [Fact]
    public async Task A_limit_variable_that_is_not_a_number_is_a_usage_error()
    {
        var run = await MeasuredRun.RunAsync(HangBound, new Dictionary<string, string> { ["PROBITY_MAX_ROWS"] = "lots" }, "rate", Dataset());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PROBITY_MAX_ROWS=\"lots\" is not a whole number of rows from 1 up", run.Error);
    }

    [Fact]
    public async Task A_lowered_limit_refuses_with_the_variable_that_raises_it()
    {
        var run = await MeasuredRun.RunAsync(HangBound, new Dictionary<string, string> { ["PROBITY_MAX_ROWS"] = "1000" }, "rate", Dataset());
        AssertRefused(run, "answers.csv:1002: more than 1,000 rows; reading stopped (the limit is 1,000 rows, the most rows read from one CSV file; set PROBITY_MAX_ROWS to raise it)");
    }
}
