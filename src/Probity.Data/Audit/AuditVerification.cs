using Probity.Data.Sql;

namespace Probity.Data.Audit;

/// <summary>
/// The outcome of checking the audit chain: how many rows, the last link's hash (note it somewhere else: a later check
/// that ends in the same hash proves nothing before it was rewritten), and the first broken row, if any.
/// </summary>
public sealed record AuditVerification(long Rows, string HeadHash, AuditBreak? FirstBreak)
{
    public bool Intact => FirstBreak is null;
}

/// <summary>The first audit row at which the chain does not hold, and why.</summary>
public sealed record AuditBreak(long AuditId, long? Seq, string Reason)
{
    public override string ToString() => $"audit row {AuditId}{(Seq is { } s ? $" (link {s})" : "")}: {Reason}";
}

internal static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(DbSession session, CancellationToken ct)
    {
        var (rows, head, broken) = await session.ReadAsync(
            $"select c.seq, c.audit_id, c.previous_hash, c.hash, {AuditRows.PrefixedColumns("a")} from audit_chain c left join audit_log a on a.id = c.audit_id order by c.seq",
            async (reader, token) =>
            {
                var previous = AuditChain.Start;
                long count = 0;
                while (await reader.ReadAsync(token))
                {
                    count++;
                    var seq = reader.GetInt64(0);
                    var auditId = reader.GetInt64(1);
                    if (seq != count) return (count, previous, new AuditBreak(auditId, seq, $"link {count} is missing: the chain jumps to link {seq}"));
                    if (reader.GetString(2) != previous) return (count, previous, new AuditBreak(auditId, seq, "it does not follow the row before it"));
                    if (reader.IsDBNull(reader.GetOrdinal("id"))) return (count, previous, new AuditBreak(auditId, seq, "the row has been removed"));
                    var row = AuditRows.Map(reader);
                    var hash = AuditChain.Hash(previous, new AuditChain.Content(seq, row.At, row.UserName, row.InspectionId, row.Entity, row.EntityKey,
                        row.Action, row.Before, row.After));
                    if (hash != reader.GetString(3)) return (count, previous, new AuditBreak(auditId, seq, "its content has changed since it was written"));
                    previous = hash;
                }
                return (count, previous, (AuditBreak?)null);
            }, ct);
        if (broken is not null) return new AuditVerification(rows, head, broken);
        var outside = await session.ScalarAsync<long?>(
            "select min(a.id) from audit_log a where not exists (select 1 from audit_chain c where c.audit_id = a.id)", ct);
        return new AuditVerification(rows, head, outside is { } id ? new AuditBreak(id, null, "the row is not in the chain: it was added from outside Probity") : null);
    }
}
