using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.Data.Sqlite;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Data.Tests.Infrastructure;
using Probity.Synthetic;

namespace Probity.Data.Benchmarks;

/// <summary>
/// Imports a synthetic 100,000-case inspection (about six million answers) into a new, empty database of each kind:
/// SQLite (prepared inserts in one transaction) and PostgreSQL (binary COPY), reporting answers per second.
/// </summary>
[Config(typeof(Config))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ImportBenchmarks
{
    public const int Cases = 100_000;
    private static readonly Lazy<InspectionDataset> Dataset = new(() => SyntheticInspection.Create(FrameworkCatalog.Get("hmip-crc-2019"),
        new SyntheticInspection.Options { CaseSupervision = 80_000, UnpaidWork = 12_000, ThroughTheGate = 8_000, CasePrefix = "BENCH" }, 2019));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"probity-bench-{Guid.NewGuid():N}");
    private TemporaryPostgres? _postgres;
    private StoreServices? _store;

    [Params(DatabaseKind.Sqlite, DatabaseKind.Postgres)]
    public DatabaseKind Database { get; set; }

    public static long AnswerCount
    {
        get
        {
            long n = 0;
            for (var c = 0; c < Dataset.Value.Cases.Count; c++) n += Dataset.Value.Answers.Row(c).Length - Dataset.Value.Answers.Row(c).Count((byte)0);
            return n;
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _ = Dataset.Value;
        if (Database == DatabaseKind.Postgres) _postgres = TemporaryPostgres.Start();
    }

    [IterationSetup]
    public void NewDatabase()
    {
        var location = Database == DatabaseKind.Postgres
            ? _postgres!.CreateDatabaseAsync().GetAwaiter().GetResult()
            : DatabaseLocation.Sqlite(Path.Combine(_folder, Guid.NewGuid().ToString("N"), "probity.db"));
        _store?.Dispose();
        _store = StoreServices.OpenAsync(location).GetAwaiter().GetResult();
    }

    [Benchmark]
    public long Import() => _store!.Get<Probity.Data.Datasets.DatasetStore>().ImportAsync(Dataset.Value, new Actor("benchmark")).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        _postgres?.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new AnswersPerSecondColumn());
    }

    /// <summary>Answers stored per second at the mean import time.</summary>
    private sealed class AnswersPerSecondColumn : IColumn
    {
        public string Id => "AnswersPerSecond";
        public string ColumnName => "Answers/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"answers stored per second (the dataset has {Cases:N0} cases)";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (AnswerCount / (mean.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }
    }
}
