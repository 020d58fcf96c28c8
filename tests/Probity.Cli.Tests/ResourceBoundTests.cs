using System.Text;
using Probity.Tests.Shared;
using Xunit.Abstractions;

namespace Probity.Cli.Tests;

/// <summary>
/// Issue 18's resource reproducers run as a user would: an endless stream, a 200 MB file of repeated rows and very long
/// ids are refused with exit 1 and a located problem, in little memory (peak resident memory under 200 MB, against the
/// 1.7 to 4.2 GB they took before) and in seconds rather than a hang. The times are measured by bench/Probity.Input.Benchmarks.
/// </summary>
public sealed class ResourceBoundTests(ITestOutputHelper output) : IDisposable
{
    private const long MemoryBound = 200L * 1024 * 1024;
    private static readonly TimeSpan HangBound = TimeSpan.FromMinutes(2);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Dataset() => _temp.Write("dataset", RepositoryFiles.Dataset("northumbria-2019"));

    private void AssertBoundedRefusal(MeasuredRun.Result run, string expected)
    {
        output.WriteLine($"peak resident memory {run.PeakBytes / (1024.0 * 1024.0):N1} MB, {run.Elapsed.TotalSeconds:N2} s, exit {run.ExitCode}");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.False(CliProcess.HasStackTrace(run.Error), run.Error);
        Assert.InRange(run.PeakBytes, 1, MemoryBound);
    }

    [Fact]
    public async Task An_endless_stream_as_answers_csv_is_refused_in_little_memory()
    {
        var folder = Dataset();
        File.Delete(Path.Combine(folder, "answers.csv"));
        File.CreateSymbolicLink(Path.Combine(folder, "answers.csv"), "/dev/zero");
        var run = await MeasuredRun.RunAsync(HangBound, null, "rate", folder);
        AssertBoundedRefusal(run, "answers.csv: is a device, not a file; Probity reads only regular files");
    }

    [Fact]
    public async Task An_endless_stream_as_the_caseload_extract_is_refused_in_little_memory()
    {
        var run = await MeasuredRun.RunAsync(HangBound, null, "sample", "/dev/zero", "--out", Path.Combine(_temp.Path, "sample.csv"));
        AssertBoundedRefusal(run, "/dev/zero: is a device, not a file");
        Assert.False(File.Exists(Path.Combine(_temp.Path, "sample.csv")));
    }

    [Fact]
    public async Task A_huge_file_of_NULs_is_refused_at_its_first_line_in_little_memory()
    {
        var folder = Dataset();
        using (var sparse = File.Create(Path.Combine(folder, "cases.csv"))) sparse.SetLength(900L * 1024 * 1024);
        using (var sparse = File.Create(Path.Combine(folder, "inspection.json"))) sparse.SetLength(8L * 1024 * 1024 * 1024);
        var run = await MeasuredRun.RunAsync(HangBound, null, "rate", folder);
        AssertBoundedRefusal(run, "cases.csv:1: the file holds a NUL character: it is not CSV text");
        Assert.Contains("inspection.json: is 8,192 MB, larger than Probity reads", run.Error);
    }

    [Fact]
    public async Task Two_hundred_MB_of_repeated_rows_keep_only_the_problem_limit_in_little_memory()
    {
        var folder = Dataset();
        var answers = Path.Combine(folder, "answers.csv");
        var row = Encoding.UTF8.GetBytes(File.ReadLines(answers).Skip(1).First() + "\n");
        await using (var file = File.Create(answers))
        {
            await file.WriteAsync(Encoding.UTF8.GetBytes("case_id,question,answer,note\n"));
            var block = Enumerable.Repeat(row, (1 << 20) / row.Length).SelectMany(b => b).ToArray();
            for (long written = 0; written < 200L * 1024 * 1024; written += block.Length) await file.WriteAsync(block);
        }
        var run = await MeasuredRun.RunAsync(HangBound, null, "rate", folder);
        AssertBoundedRefusal(run, "stopped reading after 1,000 problems; the rest was not checked");
        Assert.Contains("is answered on 2.1.1 more than once", run.Error);
        Assert.Contains("1001 problems found; nothing was rated.", run.Error);
        Assert.True(run.Error.Length < 100_000, $"{run.Error.Length} characters on standard error");
    }

    [Theory]
    [InlineData(1_000_000, "a line longer than 1,000,000 characters")]
    [InlineData(90_000, "question \"2.2.999999999")]
    public async Task Sixty_rows_of_very_long_unknown_ids_are_refused_quickly_and_echoed_short(int length, string expected)
    {
        var folder = Dataset();
        var id = "2.2." + new string('9', length);
        var answers = Path.Combine(folder, "answers.csv");
        var firstLong = File.ReadLines(answers).Count() + 1;
        await File.AppendAllLinesAsync(answers, Enumerable.Repeat($"NB19-CS-001,{id},yes,", 60));
        var run = await MeasuredRun.RunAsync(HangBound, null, "rate", folder);
        AssertBoundedRefusal(run, $"answers.csv:{firstLong}: {expected}");
        Assert.DoesNotContain("did you mean", run.Error);
        Assert.True(run.Error.Length < 60 * 600, $"{run.Error.Length} characters on standard error");
    }
}
