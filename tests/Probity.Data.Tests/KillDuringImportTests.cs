using System.Diagnostics;
using Npgsql;
using Probity.Core.Frameworks;
using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Data.Tests.Infrastructure;
using Probity.Exchange;
using Probity.Synthetic;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    private static readonly Lazy<string> LargeDatasetFolder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"probity-large-{Guid.NewGuid():N}");
        var dataset = SyntheticInspection.Create(FrameworkCatalog.Get("hmip-crc-2019"),
            new SyntheticInspection.Options { CaseSupervision = 40_000, UnpaidWork = 8_000, ThroughTheGate = 4_000, CasePrefix = "BIG" }, 11);
        DatasetFolder.Write(dataset, folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    [Fact]
    public async Task Killing_the_process_in_the_middle_of_a_large_import_leaves_the_database_exactly_as_before()
    {
        var location = await NewDatabaseAsync();
        await using var store = await StoreServices.OpenAsync(location);
        await store.Get<DatasetStore>().ImportAsync(TestDatasets.Northumbria(), Lead);
        await SettleAsync(location);
        var before = await DatabaseFingerprint.TakeAsync(location);

        using var cli = CliProcess.Start(location, "import", LargeDatasetFolder.Value);
        var watch = Stopwatch.StartNew();
        while (!await IsWritingCasesAsync(location))
        {
            Assert.False(cli.HasExited, $"the import ended before it could be killed:\n{cli.Output}");
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(3), $"the import never started writing cases:\n{cli.Output}");
            await Task.Delay(5);
        }
        cli.Kill();
        await SettleAsync(location);

        Assert.Equal(before, await DatabaseFingerprint.TakeAsync(location));
        // The database is not only unchanged but usable: the same import, run to the end, succeeds.
        using var rerun = CliProcess.Start(location, "import", LargeDatasetFolder.Value);
        Assert.Equal(0, await rerun.WaitAsync(TimeSpan.FromMinutes(5)));
        // The id is standard output's line; the message on standard error may land before or after it in the merged output.
        var id = rerun.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l.All(char.IsAsciiDigit))
            .Select(l => long.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).Single();
        Assert.Equal(52_000, (await store.Get<InspectionStore>().GetAsync(id)).CaseCount);
    }

    /// <summary>Evidence that the import is inside its transaction, writing case rows: SQLite's write-ahead log has grown
    /// past what the rest of the import writes, or PostgreSQL is running the COPY into cases.</summary>
    private static async Task<bool> IsWritingCasesAsync(DatabaseLocation location)
    {
        if (location.Kind == DatabaseKind.Sqlite)
        {
            var wal = new FileInfo(CliProcess.SqliteFile(location) + "-wal");
            return wal.Exists && wal.Length > 4 * 1024 * 1024;
        }
        var rows = await RawQueryAsync(location,
            "select count(*) from pg_stat_activity where datname = current_database() and state = 'active' and query ilike 'copy cases%'");
        return Convert.ToInt64(rows[0][0], System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>SQLite: fold the write-ahead log into the database, so its size says only what comes next. PostgreSQL:
    /// wait until no other session is inside a transaction (the killed import's backend has gone).</summary>
    private static async Task SettleAsync(DatabaseLocation location)
    {
        if (location.Kind == DatabaseKind.Sqlite)
        {
            await RawQueryAsync(location, "pragma wal_checkpoint(truncate)");
            return;
        }
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            var rows = await RawQueryAsync(location,
                "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null");
            if (Convert.ToInt64(rows[0][0], System.Globalization.CultureInfo.InvariantCulture) == 0) return;
            await Task.Delay(20);
        }
        NpgsqlConnection.ClearAllPools();
        throw new TimeoutException("the killed import's PostgreSQL session did not end within 30 s");
    }
}
