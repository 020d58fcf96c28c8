using Microsoft.Data.Sqlite;

using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

/// <summary>
/// The integration suite, written once and run against both databases: <see cref="SqliteStoreSuite"/> and
/// <see cref="PostgresStoreSuite"/>. Every test gets a new, empty database.
/// </summary>
public abstract partial class StoreSuite : IDisposable
{
    protected static readonly Actor Lead = new("lead.inspector");
    protected static readonly Actor InspectorA = new("inspector.a");
    protected static readonly Actor InspectorB = new("inspector.b");

    private readonly List<StoreServices> _services = [];

    /// <summary>A new, empty database, not yet migrated.</summary>
    protected abstract Task<DatabaseLocation> NewDatabaseAsync();

    /// <summary>The services over a new database at this build's schema.</summary>
    protected async Task<StoreServices> NewStoreAsync(TimeProvider? clock = null) => Keep(await StoreServices.OpenAsync(await NewDatabaseAsync(), clock));

    /// <summary>The services over <paramref name="location"/> as it is, closed when the test ends.</summary>
    protected StoreServices ServicesFor(DatabaseLocation location) => Keep(StoreServices.Build(location));

    private StoreServices Keep(StoreServices services)
    {
        _services.Add(services);
        return services;
    }

    public virtual void Dispose()
    {
        foreach (var services in _services) services.Dispose();
        DeleteTempFolders();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteStoreSuite : StoreSuite
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"probity-sqlite-{Guid.NewGuid():N}");

    protected override Task<DatabaseLocation> NewDatabaseAsync() =>
        Task.FromResult(DatabaseLocation.Sqlite(Path.Combine(_folder, Guid.NewGuid().ToString("N"), "probity.db")));

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        base.Dispose();
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreSuite(PostgresServer postgres) : StoreSuite
{
    protected override Task<DatabaseLocation> NewDatabaseAsync() => postgres.Server.CreateDatabaseAsync();
}
