using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Probity.Core.Analysis;
using Probity.Core.Frameworks;
using Probity.Data.Analysis;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Analysis.Benchmarks;

/// <summary>
/// Every national analysis over the whole 1,000,000-case database (read from storage and computed), beside two ways that
/// count every answer: the streaming scan of the packed cases, and the plain GROUP BY over one row per answer (the
/// baseline).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AnalysisBenchmarks : NationalBenchmark
{
    [ParamsSource(nameof(Analyses))]
    public string Analysis { get; set; } = "";

    public static IEnumerable<string> Analyses => [.. AnalysisCatalog.All.Select(a => a.Name), NationalComparator.Name];

    /// <summary>One analysis of every stored inspection: load (refresh check, packed tallies, other parts) and compute.</summary>
    [Benchmark]
    public int Run()
    {
        if (Analysis == NationalComparator.Name)
        {
            var scope = new AnalysisScope { ProviderType = Core.Datasets.ProviderType.CRC };
            var inspections = Store.LoadAsync(scope, AnalysisCatalog.ComparatorReads).GetAwaiter().GetResult();
            return NationalComparator.Build(FrameworkCatalog.Get("hmip-crc-2019"), inspections, scope).Comparator.Results.Count;
        }
        var definition = AnalysisCatalog.Find(Analysis)!;
        var facts = Store.LoadAsync(AnalysisScope.Everything, definition.Reads).GetAwaiter().GetResult();
        return definition.Run(facts, AnalysisScope.Everything).Tables.Sum(t => t.Rows.Count);
    }
}

/// <summary>
/// The ways that read every answer, for comparison, timed once per database: the plain GROUP BY over one row per answer
/// (the per-inspection tallies the stored packed counts hold, and the same split by RoSH, which joins each answer to its case),
/// and the streaming scan of the packed cases. Each takes tens of seconds, so two iterations and no warm-up.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class CountingEveryAnswerBenchmarks : NationalBenchmark
{
    /// <summary>Every inspection's yes / no / na per item the plain way (what the packed counts' all-cases cell holds): one GROUP BY over every answer row.</summary>
    [Benchmark(Baseline = true)]
    public long PlainGroupBy() => Rows("select inspection_id, item, answer, count(*) from answer_rows group by inspection_id, item, answer");

    /// <summary>The same split by RoSH the plain way: every answer row joined to its case (by an index on the case's ordinal).</summary>
    [Benchmark]
    public long PlainGroupByRosh() => Rows("""
        select a.inspection_id, c.rosh, a.item, a.answer, count(*)
        from answer_rows a join cases c on c.inspection_id = a.inspection_id and c.ordinal = a.case_ordinal
        group by a.inspection_id, c.rosh, a.item, a.answer
        """);

    /// <summary>The alternative to stored tallies: one streaming pass over every packed case, counted in memory.</summary>
    [Benchmark]
    public int StreamingScan() => Store.ScanAsync(AnalysisScope.Everything, AnalysisData.None).GetAwaiter().GetResult().Count;

    private long Rows(string sql)
    {
        using var connection = Database.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        using var reader = command.ExecuteReader();
        long rows = 0;
        while (reader.Read()) rows++;
        return rows;
    }
}

/// <summary>The cached 1,000,000-case database of each kind, opened once per benchmark process.</summary>
public abstract class NationalBenchmark
{
    protected NationalDatabase Database { get; private set; } = null!;
    private StoreServices _store = null!;
    protected AnalysisStore Store { get; private set; } = null!;

    [Params(DatabaseKind.Sqlite, DatabaseKind.Postgres)]
    public DatabaseKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Database = NationalDatabase.Open(Kind);
        _store = StoreServices.OpenAsync(Database.Location).GetAwaiter().GetResult();
        Store = _store.Get<AnalysisStore>();
        Console.Error.WriteLine($"{Kind}: {Database.Cases():N0} cases, {Database.Answers():N0} answers");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Database.Dispose();
    }
}
