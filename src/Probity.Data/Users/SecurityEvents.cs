using System.Text.Json;
using Probity.Data.Audit;
using Probity.Data.Sql;

namespace Probity.Data.Users;

/// <summary>
/// Security events are entries of the audit log (entity "security", keyed by the account they are about), so they are
/// append-only and in its hash chain like every other change. The stores write them in the transaction of what they
/// record; the web app writes the ones that change nothing else (a refused page).
/// </summary>
public sealed class SecurityEvents
{
    internal const string Entity = "security";

    private readonly Database _database;
    private readonly AuditLog _audit;

    internal SecurityEvents(Database database, AuditLog audit)
    {
        _database = database;
        _audit = audit;
    }

    public Task RecordAsync(SecurityEventKind kind, Actor actor, string? userName, string? detail, CancellationToken ct = default) =>
        _database.WriteAsync(session => AppendAsync(session, kind, actor, userName, detail, ct), ct);

    internal Task AppendAsync(DbSession session, SecurityEventKind kind, Actor actor, string? userName, string? detail, CancellationToken ct) =>
        _audit.AppendAsync(session, actor, null, Entity, userName, kind.Token(), null, detail is null ? null : new { What = detail }, ct);

    /// <summary>The newest events first, as the filter narrows them.</summary>
    public Task<IReadOnlyList<SecurityEvent>> ListAsync(SecurityEventFilter filter, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<SecurityEvent>>(async session =>
        {
            var where = new List<string> { "entity = @entity" };
            var parameters = new List<(string, object?)> { ("entity", Entity), ("limit", filter.Limit) };
            if (!string.IsNullOrWhiteSpace(filter.UserName)) { where.Add("(entity_key = @user or user_name = @user)"); parameters.Add(("user", filter.UserName.Trim())); }
            if (filter.Kind is { } kind) { where.Add("action = @kind"); parameters.Add(("kind", kind.Token())); }
            if (filter.From is { } from) { where.Add("at >= @from"); parameters.Add(("from", AuditChain.Stored(from))); }
            if (filter.Before is { } before) { where.Add("at < @before"); parameters.Add(("before", AuditChain.Stored(before))); }
            var rows = await session.QueryAsync($"select {AuditRows.Columns} from audit_log where {string.Join(" and ", where)} order by id desc limit @limit",
                AuditRows.Map, ct, [.. parameters]);
            return rows.ConvertAll(Event);
        }, ct);

    private static SecurityEvent Event(AuditEntry entry) => new(entry.Id, entry.At, entry.UserName,
        SecurityEventKinds.TryParse(entry.Action, out var kind) ? kind : throw new StoreException($"unknown security event \"{entry.Action}\" in the audit log"),
        entry.EntityKey, entry.After is { } json ? Detail(json) : null);

    private static string? Detail(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("what", out var what) ? what.GetString() : null;
    }
}
