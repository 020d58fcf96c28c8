using System.Data.Common;

namespace Probity.Data.Sql;

/// <summary>
/// What differs between SQLite and PostgreSQL. Everything else — every query, every store — is one code path: the same
/// SQL text (both accept <c>@name</c> parameters and <c>returning</c>), the same parameter values.
/// </summary>
internal abstract class Dialect
{
    public abstract DatabaseKind Kind { get; }

    /// <summary>The folder of embedded migration scripts for this database.</summary>
    public abstract string MigrationFolder { get; }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Per-connection settings, applied when a connection is opened.</summary>
    public virtual Task ConfigureAsync(DbConnection connection, StatementCounter counter, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Whether the pool keeps connections open between sessions (with their prepared commands).</summary>
    public abstract bool KeepsConnectionsOpen { get; }

    /// <summary>Whether the database runs one write transaction at a time, so that a process's writers may as well queue for it.</summary>
    public abstract bool OneWriterAtATime { get; }

    /// <summary>The statement that copies a write-ahead log into the database file after writes, or null where the server does it.</summary>
    public virtual string? CheckpointSql => null;

    /// <summary>Whether beginning a transaction is a statement of its own (Npgsql sends BEGIN with the next command).</summary>
    public abstract bool SendsBeginAtOnce { get; }

    /// <summary>Sets a parameter's value; JSON needs the server's json type in PostgreSQL.</summary>
    public virtual void Bind(DbParameter parameter, object? value) =>
        parameter.Value = value switch
        {
            null => DBNull.Value,
            JsonValue json => json.Text,
            _ => value,
        };

    /// <summary>Serialises migrations between processes starting at once (inside the migration transaction).</summary>
    public abstract Task LockForMigrationAsync(DbSession session, CancellationToken ct);

    public abstract string CreateSchemaVersionTable { get; }

    /// <summary>
    /// Statements run before the audit chain's head is read, holding the chain until the transaction ends, so that two
    /// writers extend it one after the other. Empty where the write transaction already excludes other writers.
    /// </summary>
    public abstract string LockAuditChainSql { get; }

    /// <summary>A table source of the elements of a JSON array parameter, each as <c>e</c>.</summary>
    public abstract string JsonArrayElements(string parameter);

    /// <summary>A text field of the element <c>e</c> of <see cref="JsonArrayElements"/>.</summary>
    public abstract string JsonArrayField(string name);

    /// <summary>The id the last insert on this connection gave audit_log's row.</summary>
    public abstract string LastAuditIdSql { get; }

    /// <summary>Counts the tables named <c>@name</c>.</summary>
    public abstract string TableExistsSql { get; }

    /// <summary>Writes every case row (and its notes) of an import: the bulk path, tuned per database.</summary>
    public abstract ICaseBulkWriter BulkWriter { get; }

    public abstract bool IsUniqueViolation(DbException exception);

    public abstract bool IsAuditRefusal(DbException exception);

    public static Dialect For(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => SqliteDialect.Instance,
        DatabaseKind.Postgres => PostgresDialect.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>A JSON document bound as a parameter (text in SQLite, jsonb in PostgreSQL).</summary>
internal sealed record JsonValue(string Text);
