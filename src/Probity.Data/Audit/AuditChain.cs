using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Probity.Data.Sql;

namespace Probity.Data.Audit;

/// <summary>
/// The audit log's chain: link n holds SHA-256 of link n−1's hash and of audit row's content (its position, time, user,
/// inspection, entity, key, action, and before and after with free text by reference). Changing, removing or inserting a
/// row, or relinking one, breaks every hash from there on; <see cref="VerifyAsync"/> names the first.
/// </summary>
internal static class AuditChain
{
    public const string Start = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>What a link's hash covers, written so that no two different rows give the same text.</summary>
    public sealed record Content(long Seq, DateTimeOffset At, string UserName, long? InspectionId, string Entity, string? EntityKey, string Action,
        string? Before, string? After);

    /// <summary>
    /// The time as both databases keep it: PostgreSQL to the microsecond, so the log records it so (the hash is then the
    /// same whichever database it is read back from).
    /// </summary>
    public static DateTimeOffset Stored(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % 10));
    }

    public static string Hash(string previous, Content row) => Hash(previous, row, Canonical(row.Before), Canonical(row.After));

    /// <summary>As <see cref="Hash(string, Content)"/>, given the canonical spellings of the row's before and after (<see cref="Canonical"/>).</summary>
    public static string Hash(string previous, Content row, string? canonicalBefore, string? canonicalAfter)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            w.WriteStringValue(previous);
            w.WriteNumberValue(row.Seq);
            w.WriteStringValue(Stored(row.At).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            w.WriteStringValue(row.UserName);
            if (row.InspectionId is { } id) w.WriteNumberValue(id);
            else w.WriteNullValue();
            w.WriteStringValue(row.Entity);
            w.WriteStringValue(row.EntityKey);
            w.WriteStringValue(row.Action);
            w.WriteStringValue(canonicalBefore);
            w.WriteStringValue(canonicalAfter);
            w.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    /// <summary>
    /// JSON as PostgreSQL's jsonb gives it back may differ from what was written in key order, spacing and number
    /// spelling; the hash is taken over one canonical spelling (keys in ordinal order, no spaces, numbers as decimals).
    /// </summary>
    public static string? Canonical(string? json) => json is null ? null : AuditSideWriter.Canonical(json);

    /// <summary>The last link: its position and hash (position 0 and <see cref="Start"/> for an empty chain).</summary>
    public static string HeadSql(Dialect dialect) => dialect.LockAuditChainSql + "select seq, hash from audit_chain order by seq desc limit 1";

    public static async Task<(long Seq, string Hash)> HeadAsync(DbSession session, CancellationToken ct) =>
        await session.ReadAsync(HeadSql(session.Dialect), async (reader, token) =>
        {
            if (session.Dialect.LockAuditChainSql.Length > 0) await reader.NextResultAsync(token);
            return await reader.ReadAsync(token) ? (reader.GetInt64(0), reader.GetString(1)) : (0L, Start);
        }, ct);

    /// <summary>
    /// Links every audit row that has no link yet, in the order of their ids, after the current head: the rows written
    /// before the chain existed (run by the migration that brings it, and harmless when there are none).
    /// </summary>
    public static async Task LinkUnlinkedAsync(DbSession session, CancellationToken ct)
    {
        var unlinked = await session.QueryAsync(
            $"select {AuditRows.Columns} from audit_log a where not exists (select 1 from audit_chain c where c.audit_id = a.id) order by a.id",
            AuditRows.Map, ct);
        if (unlinked.Count == 0) return;
        var (seq, hash) = await HeadAsync(session, ct);
        foreach (var row in unlinked)
        {
            var previous = hash;
            seq++;
            hash = Hash(previous, new Content(seq, row.At, row.UserName, row.InspectionId, row.Entity, row.EntityKey, row.Action, row.Before, row.After));
            await session.ExecuteAsync("insert into audit_chain (seq, audit_id, previous_hash, hash) values (@seq, @id, @previous, @hash)", ct,
                ("seq", seq), ("id", row.Id), ("previous", previous), ("hash", hash));
        }
    }
}
