using Npgsql;
using Probity.Data;
using Probity.Data.Tests.Infrastructure;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>
/// Issue 12, the one migration rule on the command line: the embedded SQLite database migrates itself when a verb opens
/// it; a PostgreSQL database only by <c>./probity db migrate</c>, and every other verb refuses one that is behind, saying so.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MigrationRuleCliTests(PostgresServer postgres) : IDisposable
{
    private static readonly string Northumbria = RepositoryFiles.Of("examples", "northumbria-2019");
    private readonly TempFolder _temp = new();

    /// <summary>Every verb that uses the database, as a user would run it on a fresh one.</summary>
    private string[][] DatabaseVerbs() =>
    [
        ["inspections"],
        ["reviews"],
        ["audit", "verify"],
        ["import", Northumbria],
        ["export", "NB-2019", "--out", Path.Combine(_temp.Path, "exported")],
        ["report", "NB-2019", "--out", Path.Combine(_temp.Path, "report.html")],
        ["analyse", "all", "--out", Path.Combine(_temp.Path, "analysis")],
        ["analyse", "comparator", "--framework", "hmip-crc-2019"],
        ["generate", "--inspections", "1"],
        ["sample", RepositoryFiles.Of("examples", "populations", "northumbria-2019-caseload.csv"), "--out", Path.Combine(_temp.Path, "sample.csv"),
            "--as-at", "2019-08-19", "--inspection", "NB-2019"],
    ];

    [Fact]
    public async Task A_postgres_database_without_the_schema_is_refused_by_every_verb_until_db_migrate()
    {
        var location = await postgres.Server.CreateDatabaseAsync();
        var env = Postgres(location);
        foreach (var verb in DatabaseVerbs())
        {
            var refused = CliProcess.Run(env, verb);
            Assert.True(refused.ExitCode == CommandLine.Failure, $"{string.Join(' ', verb)}: {refused.ExitCode}\n{refused.Error}");
            Assert.Contains("has no Probity schema yet", refused.Error);
            Assert.Contains("run ./probity db migrate to create it", refused.Error);
            Assert.False(CliProcess.HasStackTrace(refused.Error), refused.Error);
        }
        Assert.Equal(0L, await ScalarAsync(location, "select count(*) from information_schema.tables where table_schema = current_schema()"));
        Assert.False(File.Exists(Path.Combine(_temp.Path, "sample.csv")), "the sample was written although the database was refused");

        var migrate = CliProcess.Run(env, "db", "migrate");
        Assert.True(migrate.ExitCode == 0, migrate.Error);
        Assert.Contains("applied 0001_initial", migrate.Out);
        var import = CliProcess.Run(env, "import", Northumbria);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.DoesNotContain("applied migration", import.Error);
        Assert.Contains("NB-2019", CliProcess.Run(env, "inspections").Out);
    }

    [Fact]
    public async Task A_postgres_database_behind_this_build_is_refused_with_the_instruction()
    {
        var location = await postgres.Server.CreateDatabaseAsync();
        var env = Postgres(location);
        Assert.Equal(0, CliProcess.Run(env, "db", "migrate").ExitCode);
        var latest = await ScalarAsync(location, "select max(version) from schema_version");
        // As an older Probity left it: the latest migration not yet recorded.
        await ExecuteAsync(location, $"delete from schema_version where version = {latest}");
        foreach (var verb in DatabaseVerbs())
        {
            var refused = CliProcess.Run(env, verb);
            Assert.True(refused.ExitCode == CommandLine.Failure, $"{string.Join(' ', verb)}: {refused.ExitCode}\n{refused.Error}");
            Assert.Contains($"is at schema version {latest - 1}, behind this Probity (version {latest}); run ./probity db migrate to bring it up to date", refused.Error);
        }
        Assert.Equal(latest - 1, await ScalarAsync(location, "select max(version) from schema_version"));
    }

    [Fact]
    public void The_sqlite_database_migrates_itself_when_a_verb_first_opens_it()
    {
        foreach (var verb in DatabaseVerbs().Where(v => v[0] is "inspections" or "import" or "generate"))
        {
            using var data = new TempFolder();
            var run = CliProcess.Run(new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = data.Path }, verb);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', verb)}: {run.Error}");
            Assert.Contains("applied migration 0001_initial", run.Error);
            var again = CliProcess.Run(new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = data.Path }, "inspections");
            Assert.True(again.ExitCode == 0, again.Error);
            Assert.DoesNotContain("applied migration", again.Error);
        }
    }

    [Fact]
    public async Task Bad_input_is_refused_before_a_postgres_database_is_looked_at()
    {
        var location = await postgres.Server.CreateDatabaseAsync();
        var broken = _temp.Write("broken", BrokenNorthumbria());
        var run = CliProcess.Run(Postgres(location), "import", broken);
        Assert.Equal(CommandLine.InvalidInput, run.ExitCode);
        Assert.Contains("nothing was imported", run.Error);
        Assert.DoesNotContain("db migrate", run.Error);
    }

    internal static Dictionary<string, string> BrokenNorthumbria()
    {
        var files = RepositoryFiles.Dataset("northumbria-2019");
        files["answers.csv"] += "NB19-CS-001,2.2.9,yes,\n";
        return files;
    }

    private static Dictionary<string, string> Postgres(DatabaseLocation location) => new()
    {
        [DatabaseLocation.DatabaseVariable] = location.ConnectionString,
        ["PROBITY_USER"] = "cli-test",
    };

    private static async Task<long> ScalarAsync(DatabaseLocation location, string sql)
    {
        await using var connection = new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DatabaseLocation location, string sql)
    {
        await using var connection = new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _temp.Dispose();
}
