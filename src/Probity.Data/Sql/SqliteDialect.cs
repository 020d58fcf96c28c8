using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Probity.Data.Sql;

internal sealed class SqliteDialect : Dialect
{
    public static readonly SqliteDialect Instance = new();

    public override DatabaseKind Kind => DatabaseKind.Sqlite;
    public override string MigrationFolder => "sqlite";

    public override DbConnection CreateConnection(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file and not ":memory:" && builder.Mode != SqliteOpenMode.Memory) PersonalData.OwnerOnlyFiles.PrepareDatabaseFile(file);
        return new SqliteConnection(connectionString);
    }

    // Microsoft.Data.Sqlite prepares a command's statements again for every new command object: kept connections keep theirs.
    public override bool KeepsConnectionsOpen => true;
    public override bool OneWriterAtATime => true;
    public override bool SendsBeginAtOnce => true;
    public override string? CheckpointSql => "pragma wal_checkpoint(passive)";

    public override async Task ConfigureAsync(DbConnection connection, StatementCounter counter, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        // WAL: readers never wait for the writer, and a killed writer leaves the database as it was before its transaction.
        // synchronous=NORMAL is durable in WAL mode except for the last commits before a power cut, never corrupt.
        // wal_autocheckpoint: the database checkpoints after writes (LogCheckpoints); SQLite's own, in a commit, only past 10,000 pages.
        command.CommandText = "pragma journal_mode = wal; pragma synchronous = normal; pragma foreign_keys = on; pragma busy_timeout = 30000; " +
            "pragma wal_autocheckpoint = 10000;";
        counter.Executed(StatementCounter.StatementsIn(command.CommandText), prepared: true);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Decimals are stored as their exact invariant text: the provider's own binding writes 75 as "75.0", which would
    /// come back with another scale and print differently (a key data value of 75% would read 75.0%).
    /// </summary>
    public override void Bind(DbParameter parameter, object? value) =>
        base.Bind(parameter, value is decimal number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : value);

    // SQLite has one writer at a time; the migration transaction (begin immediate) already holds the write lock.
    public override Task LockForMigrationAsync(DbSession session, CancellationToken ct) => Task.CompletedTask;

    public override string CreateSchemaVersionTable =>
        "create table if not exists schema_version (version integer primary key, name text not null, applied_at text not null)";

    // A write transaction begins immediate: it holds SQLite's one write lock until it ends.
    public override string LockAuditChainSql => "";

    public override string JsonArrayElements(string parameter) => $"json_each({parameter}) e";

    public override string JsonArrayField(string name) => $"json_extract(e.value, '$.{name}')";

    public override string LastAuditIdSql => "last_insert_rowid()";

    public override string TableExistsSql =>
        "select count(*) from sqlite_master where type = 'table' and name = @name";

    public override ICaseBulkWriter BulkWriter => SqliteCaseWriter.Instance;

    // SQLITE_CONSTRAINT (19) with the extended code for a unique or primary key violation.
    public override bool IsUniqueViolation(DbException exception) => exception is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };

    public override bool IsAuditRefusal(DbException exception) => exception is SqliteException s && s.Message.Contains("append-only", StringComparison.Ordinal);
}
