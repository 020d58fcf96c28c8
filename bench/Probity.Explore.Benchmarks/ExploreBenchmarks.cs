using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Probity.Explore.Benchmarks;

/// <summary>
/// Each question of a fixed set through Probity's explore engine and through DuckDB, in the same run (DuckDB is the
/// baseline of each question's pair: Ratio &lt; 1 means Probity is faster). Both read the same 40 million answers. At
/// set-up every question's total count is checked to be the same both ways. The programme lives for the whole process.
/// </summary>
[Config(typeof(InProcessConfig))]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByParams)]
public class ExploreBenchmarks
{
    private static Programme? _programme;

    [ParamsSource(nameof(Names))]
    public string Question { get; set; } = "";

    public static IEnumerable<string> Names => Questions.All.Select(q => q.Name);

    private Questions.Entry _question = null!;

    [GlobalSetup]
    public void Setup()
    {
        _programme ??= Programme.Generate();
        _question = Questions.All.Single(q => q.Name == Question);
        var (probity, duck) = (_question.Probity(_programme.Data), _programme.Duckdb(_question.Sql));
        Console.Error.WriteLine($"{Question}: {probity:N0} answers counted by Probity, {duck:N0} by DuckDB ({_programme.Answers:N0} answers held)");
        if (probity != duck) throw new InvalidOperationException($"{Question}: Probity counted {probity} answers and DuckDB {duck}");
    }

    [Benchmark(Baseline = true)]
    public long DuckDB() => _programme!.Duckdb(_question.Sql);

    [Benchmark]
    public long Probity() => _question.Probity(_programme!.Data);
}

/// <summary>In process: the programme takes minutes to generate and file, so every question shares the one copy.</summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig() =>
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
}
