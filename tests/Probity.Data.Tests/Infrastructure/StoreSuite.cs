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

    protected abstract Task<DatabaseLocation> NewDatabaseAsync();

    protected async Task<ProbityStore> NewStoreAsync() => await ProbityStore.OpenAsync(await NewDatabaseAsync());

    public virtual void Dispose()
    {
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
