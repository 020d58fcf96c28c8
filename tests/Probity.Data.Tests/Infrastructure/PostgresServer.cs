namespace Probity.Data.Tests.Infrastructure;

/// <summary>One PostgreSQL server for the whole test run; each test takes a fresh database on it.</summary>
public sealed class PostgresServer : IDisposable
{
    public TemporaryPostgres Server { get; } = TemporaryPostgres.Start();

    public void Dispose() => Server.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
