using System.Data.Common;
using Probity.Data.Sql;

namespace Probity.Data.Migrations;

/// <summary>
/// The one migration rule, for every host. The embedded SQLite database brings its own schema up to date when a host
/// prepares it (<see cref="PrepareAsync"/>); a PostgreSQL database is migrated only by <c>./probity db migrate</c>
/// (<see cref="MigrateAsync"/>, run with an owner role), and a host refuses to start on one whose schema is behind this
/// build. Any database whose schema is ahead of this build is refused. Hosts call these explicitly at start: building
/// the services opens no database.
/// </summary>
public sealed class DatabaseSchema
{
    private readonly Database _database;
    private readonly TimeProvider _clock;

    internal DatabaseSchema(Database database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    public DatabaseLocation Location => _database.Location;

    /// <summary>The schema version this build of Probity brings a database to.</summary>
    public int LatestVersion => Migrator.LatestVersion(_database.Dialect);

    /// <summary>The version the database's schema is at: 0 when Probity has never migrated it.</summary>
    public Task<int> CurrentVersionAsync(CancellationToken ct = default) =>
        GuardAsync(() => _database.ReadAsync(session => Migrator.CurrentVersionAsync(session, ct), ct));

    /// <summary>
    /// Readies the database for a host, by the one rule: SQLite is migrated (created when new); PostgreSQL is checked,
    /// and refused when its schema is behind, with the command that migrates it. Returns the migrations applied.
    /// </summary>
    public async Task<IReadOnlyList<AppliedMigration>> PrepareAsync(CancellationToken ct = default)
    {
        if (_database.Location.Kind == DatabaseKind.Sqlite) return await MigrateAsync(ct);
        var current = await CurrentVersionAsync(ct);
        if (current > LatestVersion) throw Migrator.NewerThanThisBuild(current, LatestVersion);
        if (current < LatestVersion)
            throw new SchemaBehindException(current == 0
                ? $"the {Location.Description} has no Probity schema yet (this Probity needs version {LatestVersion}); run ./probity db migrate to create it"
                : $"the {Location.Description} is at schema version {current}, behind this Probity (version {LatestVersion}); run ./probity db migrate to bring it up to date");
        return [];
    }

    /// <summary>Applies every pending migration, in one transaction (<c>./probity db migrate</c>, and the demo).</summary>
    public Task<IReadOnlyList<AppliedMigration>> MigrateAsync(CancellationToken ct = default) =>
        GuardAsync(async () =>
        {
            await using var session = await _database.OpenSessionAsync(ct);
            return await Migrator.MigrateAsync(session, _clock.GetUtcNow(), ct);
        });

    /// <summary>
    /// PostgreSQL: creates the application role when it does not exist and grants it exactly what the hosts need
    /// (<see cref="ApplicationRole"/>); run by <c>./probity db migrate</c> as the owner role. SQLite has no roles: the
    /// file's owner is the trust boundary, and this does nothing.
    /// </summary>
    /// <returns>Whether anything was granted (false on SQLite).</returns>
    public Task<bool> GrantApplicationRoleAsync(string role = ApplicationRole.DefaultName, CancellationToken ct = default) =>
        GuardAsync(async () =>
        {
            if (_database.Location.Kind != DatabaseKind.Postgres) return false;
            await using var session = await _database.OpenSessionAsync(ct);
            await ApplicationRole.GrantAsync(session, role, ct);
            return true;
        });

    /// <summary>The application role's name unless PROBITY_APP_ROLE names another.</summary>
    public static string ApplicationRoleName =>
        Environment.GetEnvironmentVariable("PROBITY_APP_ROLE") is { Length: > 0 } role ? role : ApplicationRole.DefaultName;

    private async Task<T> GuardAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (DbException e)
        {
            throw new StoreException($"could not open the {_database.Location.Description}: {e.Message}", e);
        }
    }
}

/// <summary>The database's schema is older than this build: <c>./probity db migrate</c> brings it up to date.</summary>
public sealed class SchemaBehindException(string message) : StoreException(message);
