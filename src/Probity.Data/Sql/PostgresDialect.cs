using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Probity.Data.Sql;

internal sealed class PostgresDialect : Dialect
{
    public static readonly PostgresDialect Instance = new();

    // Any fixed number: only Probity's migrators take this advisory lock.
    private const long MigrationLockKey = 0x50_52_4F_42_49_54_59;

    // Another fixed number, for the audit chain's writers (held to the end of each transaction that appends to the log).
    private const long AuditChainLockKey = 0x50_52_4F_42_41_55_44;

    public override DatabaseKind Kind => DatabaseKind.Postgres;
    public override string MigrationFolder => "postgres";

    public override bool KeepsConnectionsOpen => false;
    public override bool OneWriterAtATime => false;
    public override bool SendsBeginAtOnce => false;

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override void Bind(DbParameter parameter, object? value)
    {
        if (value is JsonValue json)
        {
            var npgsqlParameter = (NpgsqlParameter)parameter;
            npgsqlParameter.NpgsqlDbType = NpgsqlDbType.Jsonb;
            npgsqlParameter.Value = json.Text;
            return;
        }
        base.Bind(parameter, value);
    }

    public override async Task LockForMigrationAsync(DbSession session, CancellationToken ct) =>
        await session.ExecuteAsync("select pg_advisory_xact_lock(@key)", ct, ("key", MigrationLockKey));

    public override string CreateSchemaVersionTable =>
        "create table if not exists schema_version (version integer primary key, name text not null, applied_at timestamptz not null)";

    public override string LockAuditChainSql => $"select pg_advisory_xact_lock({AuditChainLockKey}); ";

    public override string JsonArrayElements(string parameter) => $"jsonb_array_elements({parameter}) e";

    public override string JsonArrayField(string name) => $"e ->> '{name}'";

    public override string LastAuditIdSql => "currval(pg_get_serial_sequence('audit_log', 'id'))";

    public override string TableExistsSql =>
        "select count(*) from information_schema.tables where table_schema = current_schema() and table_name = @name";

    public override ICaseBulkWriter BulkWriter => PostgresCaseWriter.Instance;

    public override bool IsUniqueViolation(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override bool IsAuditRefusal(DbException exception) => exception is PostgresException p && p.MessageText.Contains("append-only", StringComparison.Ordinal);
}
