using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Probity.Data.Tests.Infrastructure;
using Probity.Synthetic;

namespace Probity.Analysis.Benchmarks;

/// <summary>
/// The benchmark's national database, 1,000 synthetic inspections of 1,000 cases each, generated once per database kind
/// and kept in <c>PROBITY_BENCH_CACHE</c> (default /var/tmp/probity-analysis-bench): a SQLite file, and a PostgreSQL data
/// folder whose server is started for each run. Beside the packed cases it holds the plain baseline: every answer as its
/// own row of <c>answer_rows</c>. A marker file records that generation finished; delete the folder to start again.
/// </summary>
public sealed class NationalDatabase : IDisposable
{
    public const int Inspections = 1_000;
    public const int CasesPerInspection = 1_000;
    public const int Seed = 2020;

    /// <summary>PostgreSQL settings for the run (2 cores, ~23 GB of memory, a disposable server): parallel aggregation on.</summary>
    public static readonly string[] PostgresSettings =
    [
        "shared_buffers=1GB", "work_mem=256MB", "effective_cache_size=8GB", "max_worker_processes=4",
        "max_parallel_workers=2", "max_parallel_workers_per_gather=2", "max_wal_size=8GB",
    ];

    private readonly TemporaryPostgres? _server;

    private NationalDatabase(DatabaseLocation location, TemporaryPostgres? server)
    {
        Location = location;
        _server = server;
    }

    public DatabaseLocation Location { get; }

    // Not under the home folder: as root the server runs as the postgres user, which must be able to reach its data folder.
    public static string CacheFolder =>
        Environment.GetEnvironmentVariable("PROBITY_BENCH_CACHE") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Directory.Exists("/var/tmp") ? "/var/tmp" : Path.GetTempPath(), "probity-analysis-bench");

    public static NationalDatabase Open(DatabaseKind kind)
    {
        Directory.CreateDirectory(CacheFolder);
        if (kind == DatabaseKind.Sqlite)
        {
            var file = Path.Combine(CacheFolder, "national.db");
            var database = new NationalDatabase(DatabaseLocation.Sqlite(file), null);
            database.EnsureGenerated("sqlite");
            return database;
        }
        var server = TemporaryPostgres.StartKept(Path.Combine(CacheFolder, "postgres"), PostgresSettings);
        var postgres = new NationalDatabase(DatabaseLocation.Postgres(server.ConnectionString("probity_bench")), server);
        try
        {
            postgres.EnsureGenerated("postgres");
            return postgres;
        }
        catch
        {
            postgres.Dispose(); // stop the server: a half-built database is recreated next time
            throw;
        }
    }

    /// <summary>Answers in the database (rows of the baseline table), for the report.</summary>
    public long Answers() => Scalar("select count(*) from answer_rows");

    public long Cases() => Scalar("select count(*) from cases");

    private void EnsureGenerated(string kind)
    {
        var marker = Path.Combine(CacheFolder, $"{kind}.ready");
        // The baseline's join from an answer row to its case needs this index; the plain design would have it too.
        if (File.Exists(marker))
        {
            Execute("create index if not exists cases_by_ordinal on cases (inspection_id, ordinal)");
            return;
        }
        var watch = Stopwatch.StartNew();
        Recreate();
        using var store = StoreServices.OpenAsync(Location).GetAwaiter().GetResult();
        var datasets = store.Get<Probity.Data.Datasets.DatasetStore>();
        var actor = new Actor("benchmark");
        var n = 0;
        foreach (var dataset in SyntheticNational.Generate(new SyntheticNational.Options { Inspections = Inspections, CasesPerInspection = CasesPerInspection, Seed = Seed }))
        {
            datasets.ImportAsync(dataset, actor).GetAwaiter().GetResult();
            if (++n % 100 == 0) Console.Error.WriteLine($"{kind}: {n} inspections stored ({watch.Elapsed.TotalSeconds:N0} s)");
        }
        var stored = watch.Elapsed;
        // One statement at a time: PostgreSQL refuses VACUUM inside the implicit transaction of a multi-statement command.
        foreach (var statement in (Location.Kind == DatabaseKind.Sqlite ? SqliteBaseline : PostgresBaseline).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            Execute(statement);
        File.WriteAllText(marker, $"{Inspections} inspections × {CasesPerInspection} cases, seed {Seed}: stored in {stored.TotalSeconds:N0} s, " +
            $"baseline table in {(watch.Elapsed - stored).TotalSeconds:N0} s; {Cases():N0} cases, {Answers():N0} answers\n");
        Console.Error.WriteLine(File.ReadAllText(marker));
    }

    // The baseline: one row per recorded answer (0 = not recorded is left out), as a one-row-per-answer design stores them.
    private const string SqliteBaseline = """
        drop table if exists answer_rows;
        create table answer_rows (inspection_id integer not null, case_ordinal integer not null, item integer not null, answer integer not null);
        with recursive n(i) as (select 0 union all select i + 1 from n where i < 255)
        insert into answer_rows
        select c.inspection_id, c.ordinal, n.i, cast(hex(substr(c.answers, n.i + 1, 1)) as integer)
        from cases c join n on n.i < length(c.answers)
        where substr(c.answers, n.i + 1, 1) <> x'00';
        create index cases_by_ordinal on cases (inspection_id, ordinal);
        analyze;
        """;

    private const string PostgresBaseline = """
        drop table if exists answer_rows;
        create table answer_rows (inspection_id bigint not null, case_ordinal integer not null, item smallint not null, answer smallint not null);
        insert into answer_rows
        select c.inspection_id, c.ordinal, i, get_byte(c.answers, i)
        from cases c, generate_series(0, length(c.answers) - 1) i
        where get_byte(c.answers, i) <> 0;
        create index cases_by_ordinal on cases (inspection_id, ordinal);
        vacuum analyze answer_rows;
        vacuum analyze cases;
        """;

    private void Recreate()
    {
        if (Location.Kind == DatabaseKind.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(Path.Combine(CacheFolder, "national.db" + suffix))) File.Delete(Path.Combine(CacheFolder, "national.db" + suffix));
            return;
        }
        using var connection = new NpgsqlConnection(_server!.ConnectionString("postgres"));
        connection.Open();
        foreach (var sql in new[] { "drop database if exists probity_bench", "create database probity_bench" })
            using (var command = new NpgsqlCommand(sql, connection)) command.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A plain connection for the baseline's SQL, outside Probity's store.</summary>
    public System.Data.Common.DbConnection Connect()
    {
        System.Data.Common.DbConnection connection = Location.Kind == DatabaseKind.Sqlite
            ? new SqliteConnection(Location.ConnectionString)
            : new NpgsqlConnection(Location.ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        SqliteConnection.ClearAllPools();
        _server?.Dispose();
    }
}
