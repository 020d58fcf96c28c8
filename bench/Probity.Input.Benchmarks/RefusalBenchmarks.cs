using System.Text;
using BenchmarkDotNet.Attributes;
using Probity.Core.Datasets;
using Probity.Exchange;

namespace Probity.Input.Benchmarks;

/// <summary>
/// How long the refusals of issue 18's bad inputs take, against reading the valid Northumbria example (the baseline,
/// Ratio 1): an endless stream (/dev/zero) and a 900 MB file of NULs in place of a dataset file, a 200 MB answers file of
/// repeated rows (stopped at the problem limit), and 60 rows of very long unknown question ids. Every case is the
/// dataset folder read as the command line reads it (DatasetFolder.Read, default limits).
/// </summary>
[MemoryDiagnoser]
public class RefusalBenchmarks
{
    private string _root = "";
    private string _valid = "", _endless = "", _nuls = "", _manyProblems = "", _longIds = "", _tooLongIds = "";

    [GlobalSetup]
    public void Prepare()
    {
        _root = Path.Combine(Path.GetTempPath(), "probity-input-bench-" + Environment.ProcessId);
        _valid = Copy("valid");
        _endless = Copy("endless");
        Replace(_endless, "answers.csv", file => File.CreateSymbolicLink(file, "/dev/zero"));
        _nuls = Copy("nuls");
        Replace(_nuls, "cases.csv", file => { using var sparse = File.Create(file); sparse.SetLength(900L * 1024 * 1024); });
        _manyProblems = Copy("many-problems");
        Replace(_manyProblems, "answers.csv", RepeatedRows);
        _longIds = Copy("long-ids");
        File.AppendAllLines(Path.Combine(_longIds, "answers.csv"), Enumerable.Repeat($"NB19-CS-001,2.2.{new string('9', 90_000)},yes,", 60));
        _tooLongIds = Copy("too-long-ids");
        File.AppendAllLines(Path.Combine(_tooLongIds, "answers.csv"), Enumerable.Repeat($"NB19-CS-001,2.2.{new string('9', 1_000_000)},yes,", 60));
    }

    [GlobalCleanup]
    public void Remove() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true, Description = "valid Northumbria dataset: read, validate, rate")]
    public DatasetParseResult Valid() => Expect(DatasetFolder.Read(_valid), problems: 0);

    [Benchmark(Description = "endless stream (/dev/zero) as answers.csv")]
    public DatasetParseResult EndlessStream() => Expect(DatasetFolder.Read(_endless), problems: 1);

    [Benchmark(Description = "900 MB of NULs as cases.csv")]
    public DatasetParseResult Nuls() => Expect(DatasetFolder.Read(_nuls), problems: 1);

    [Benchmark(Description = "200 MB of repeated rows in answers.csv (many problems)")]
    public DatasetParseResult ManyProblems() => Expect(DatasetFolder.Read(_manyProblems), problems: 1_001);

    [Benchmark(Description = "60 unknown question ids of 90,000 characters")]
    public DatasetParseResult LongIds() => Expect(DatasetFolder.Read(_longIds), problems: 60);

    [Benchmark(Description = "60 unknown question ids of 1,000,000 characters")]
    public DatasetParseResult TooLongIds() => Expect(DatasetFolder.Read(_tooLongIds), problems: 1);

    // A refusal that stopped refusing would make the timing meaningless: check the outcome every time.
    private static DatasetParseResult Expect(DatasetParseResult result, int problems) =>
        result.Problems.Count == problems ? result : throw new InvalidOperationException($"expected {problems} problems, got {result.Problems.Count}");

    private string Copy(string name)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(Root(), "examples", "northumbria-2019")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    private static void Replace(string folder, string name, Action<string> make)
    {
        var file = Path.Combine(folder, name);
        File.Delete(file);
        make(file);
    }

    private void RepeatedRows(string file)
    {
        var row = Encoding.UTF8.GetBytes(File.ReadLines(Path.Combine(_valid, "answers.csv")).Skip(1).First() + "\n");
        using var output = File.Create(file);
        output.Write("case_id,question,answer,note\n"u8);
        var block = Enumerable.Repeat(row, (1 << 20) / row.Length).SelectMany(b => b).ToArray();
        for (long written = 0; written < 200L * 1024 * 1024; written += block.Length) output.Write(block);
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Probity.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the Probity repository");
    }
}
