using Probity.Data.Sql;

namespace Probity.Data.Audit;

/// <summary>
/// The append-only history of every change to inspection data. Rows are only ever inserted, in the same transaction as
/// the change they describe, at the time the injected clock gives; the database's own triggers refuse UPDATE and DELETE,
/// and each row is a link in a hash chain (<see cref="AuditChain"/>) that <see cref="VerifyAsync"/> checks.
/// </summary>
public sealed class AuditLog
{
    private readonly Database _database;
    private readonly TimeProvider _clock;

    internal AuditLog(Database database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    /// <summary>Records one change inside the transaction that makes it.</summary>
    internal Task AppendAsync(DbSession session, Actor actor, long? inspectionId, string entity, string? key, string action,
        object? before, object? after, CancellationToken ct) =>
        AuditRows.InsertAsync(session, _clock.GetUtcNow(), actor, inspectionId, entity, key, action, before, after, ct);

    /// <summary>As <see cref="AppendAsync"/>, with the after side made before the transaction began (<see cref="AuditRows.Side"/>).</summary>
    internal Task AppendPreparedAsync(DbSession session, Actor actor, long? inspectionId, string entity, string? key, string action,
        object? before, AuditSide after, CancellationToken ct) =>
        AuditRows.InsertAsync(session, _clock.GetUtcNow(), actor, inspectionId, entity, key, action, AuditRows.Side(before, inspectionId, entity, key), after, ct);

    /// <summary>Checks the whole chain, oldest row first, and names the first row at which it does not hold.</summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken ct = default) =>
        _database.ReadAsync(session => AuditVerifier.VerifyAsync(session, ct), ct);

    /// <summary>Every change to one inspection, oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> ForInspectionAsync(long inspectionId, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<AuditEntry>>(async session => await AuditRows.ForInspectionAsync(session, inspectionId, ct), ct);

    /// <summary>Every change to one record (e.g. entity "case", key "NB19-CS-042"), oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> ForRecordAsync(long? inspectionId, string entity, string key, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<AuditEntry>>(async session => await AuditRows.LatestForAsync(session, inspectionId, entity, key, int.MaxValue, ct), ct);
}
