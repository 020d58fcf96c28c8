using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Data.Migrations;
using Probity.Data.Sql;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

/// <summary>
/// The one migration rule: SQLite migrates itself when a host prepares it; PostgreSQL is migrated only by
/// <c>./probity db migrate</c>, and a host refuses one whose schema is behind, saying so; a schema ahead of this build is
/// refused everywhere.
/// </summary>
public abstract partial class StoreSuite
{
    private static readonly string[] AllMigrations = ["0001_initial", "0002_national_analysis", "0003_regional_reviews", "0004_running_inspections", "0005_audit_chain", "0006_panel_outside_rules",
        "0007_accounts_and_sessions", "0008_security_events", "0009_data_protection_keys", "0010_check_overrides", "0011_writing_the_report", "0012_factual_accuracy"];

    [Fact]
    public async Task A_new_database_is_created_by_a_host_only_when_it_is_the_embedded_sqlite_one()
    {
        var location = await NewDatabaseAsync();
        var schema = ServicesFor(location).Get<DatabaseSchema>();
        if (location.Kind == DatabaseKind.Sqlite)
        {
            Assert.Equal(AllMigrations, (await schema.PrepareAsync()).Select(m => m.Name));
            Assert.Equal(schema.LatestVersion, await schema.CurrentVersionAsync());
            return;
        }
        var refused = await Assert.ThrowsAsync<SchemaBehindException>(() => schema.PrepareAsync());
        Assert.Contains("has no Probity schema yet", refused.Message);
        Assert.Contains("run ./probity db migrate", refused.Message);
        Assert.Equal(0, await schema.CurrentVersionAsync());
        Assert.Equal(AllMigrations, (await schema.MigrateAsync()).Select(m => m.Name));
        Assert.Empty(await schema.PrepareAsync());
    }

    [Fact]
    public async Task A_database_behind_this_build_is_brought_up_to_date_only_by_its_own_rule()
    {
        var location = await NewDatabaseAsync();
        await CreateAtVersionOneAsync(location);
        var services = ServicesFor(location);
        var schema = services.Get<DatabaseSchema>();
        Assert.Equal(1, await schema.CurrentVersionAsync());
        if (location.Kind == DatabaseKind.Sqlite)
        {
            Assert.Equal(AllMigrations.Skip(1), (await schema.PrepareAsync()).Select(m => m.Name));
        }
        else
        {
            var refused = await Assert.ThrowsAsync<SchemaBehindException>(() => schema.PrepareAsync());
            Assert.Contains($"is at schema version 1, behind this Probity (version {schema.LatestVersion}); run ./probity db migrate", refused.Message);
            Assert.Equal(1, await schema.CurrentVersionAsync());
            Assert.Equal(AllMigrations.Skip(1), (await schema.MigrateAsync()).Select(m => m.Name));
        }
        Assert.Equal(schema.LatestVersion, await schema.CurrentVersionAsync());
        Assert.Empty(await schema.PrepareAsync());
        Assert.Empty(await schema.MigrateAsync());
        var versions = await RawQueryAsync(location, "select version, name from schema_version order by version");
        Assert.Equal(AllMigrations, versions.Select(v => (string)v[1]!));
        // The database works at the new version: an inspection imports and reads back.
        var id = await services.Get<DatasetStore>().ImportAsync(TestDatasets.Northumbria(), Lead);
        Assert.Equal(133, (await services.Get<InspectionStore>().GetAsync(id)).CaseCount);
    }

    [Fact]
    public async Task A_database_newer_than_this_build_is_refused()
    {
        var store = await NewStoreAsync();
        await RawExecuteAsync(store.Location, "insert into schema_version (version, name, applied_at) values (99, '0099_future', '2030-01-01 00:00:00+00')");
        var schema = store.Get<DatabaseSchema>();
        Assert.Contains("newer than this Probity knows", (await Assert.ThrowsAsync<StoreException>(() => schema.PrepareAsync())).Message);
        Assert.Contains("newer than this Probity knows", (await Assert.ThrowsAsync<StoreException>(() => schema.MigrateAsync())).Message);
    }

    [Fact]
    public async Task Building_the_services_and_resolving_every_one_opens_no_database()
    {
        var location = await NewDatabaseAsync();
        var services = ServicesFor(location);
        foreach (var type in ProbityDataServicesTests.Registered()) Assert.NotNull(services.GetService(type));
        Assert.Equal(0L, services.Get<Database>().Statements.Commands);
        if (location.Kind == DatabaseKind.Sqlite)
            Assert.False(File.Exists(CliProcess.SqliteFile(location)), "the SQLite file was created");
        else
            Assert.Equal(0L, Convert.ToInt64((await RawQueryAsync(location, "select count(*) from information_schema.tables where table_schema = current_schema()"))[0][0],
                System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_command_follows_the_same_rule_and_says_how_to_migrate()
    {
        var location = await NewDatabaseAsync();
        using var list = CliProcess.Start(location, "inspections");
        var exit = await list.WaitAsync(TimeSpan.FromMinutes(2));
        if (location.Kind == DatabaseKind.Sqlite)
        {
            Assert.Equal(0, exit);
            Assert.Contains("applied migration 0001_initial", list.Output);
            return;
        }
        // Not the user's input at fault but the database: the command line's exit code for a failure.
        Assert.Equal(Cli.CommandLine.Failure, exit);
        Assert.Contains("has no Probity schema yet", list.Output);
        Assert.Contains("run ./probity db migrate", list.Output);
        Assert.DoesNotContain("   at ", list.Output);
        Assert.Equal(0, await ServicesFor(location).Get<DatabaseSchema>().CurrentVersionAsync());
    }

    /// <summary>A database as an older Probity left it: the first migration only.</summary>
    private static async Task CreateAtVersionOneAsync(DatabaseLocation location)
    {
        if (location.Kind == DatabaseKind.Sqlite) Directory.CreateDirectory(Path.GetDirectoryName(CliProcess.SqliteFile(location))!);
        var dialect = Dialect.For(location.Kind);
        var first = Migrator.Scripts(dialect)[0];
        await RawExecuteAsync(location, first.Sql);
        await RawExecuteAsync(location, dialect.CreateSchemaVersionTable);
        await RawExecuteAsync(location, $"insert into schema_version (version, name, applied_at) values (1, '{first.Name}', '2024-01-01 00:00:00+00')");
    }
}
