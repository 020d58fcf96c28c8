using Probity.Data.Sql;

namespace Probity.Data.Audit;

/// <summary>
/// The append-only history of every change to inspection data. Rows are only ever inserted, in the same transaction as
/// the change they describe; the database's own triggers refuse UPDATE and DELETE on the table.
/// </summary>
public sealed class AuditLog
{
    private const string Columns = "id, at, user_name, inspection_id, entity, entity_key, action, before_value, after_value";
    private readonly ProbityStore _store;

    internal AuditLog(ProbityStore store) => _store = store;

    internal static Task AppendAsync(DbSession session, Actor actor, long? inspectionId, string entity, string? key, string action,
        object? before, object? after, CancellationToken ct) =>
        session.ExecuteAsync(
            "insert into audit_log (at, user_name, inspection_id, entity, entity_key, action, before_value, after_value) " +
            "values (@at, @user, @inspection, @entity, @key, @action, @before, @after)", ct,
            ("at", DateTimeOffset.UtcNow), ("user", actor.UserName), ("inspection", inspectionId), ("entity", entity), ("key", key),
            ("action", action), ("before", Json(before)), ("after", Json(after)));

    private static JsonValue? Json(object? value) => value is null ? null : new JsonValue(AuditJson.Serialize(value));

    /// <summary>Every change to one inspection, oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> ForInspectionAsync(long inspectionId, CancellationToken ct = default) =>
        _store.ReadAsync<IReadOnlyList<AuditEntry>>(async s =>
            await s.QueryAsync($"select {Columns} from audit_log where inspection_id = @id order by id", Map, ct, ("id", inspectionId)), ct);

    /// <summary>Every change to one record (e.g. entity "case", key "NB19-CS-042"), oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> ForRecordAsync(long? inspectionId, string entity, string key, CancellationToken ct = default) =>
        _store.ReadAsync<IReadOnlyList<AuditEntry>>(async s => await LatestForAsync(s, inspectionId, entity, key, int.MaxValue, ct), ct);

    internal static async Task<List<AuditEntry>> LatestForAsync(DbSession s, long? inspectionId, string entity, string? key, int limit, CancellationToken ct)
    {
        var (where, parameters) = RecordWhere(inspectionId, entity, key);
        var rows = await s.QueryAsync($"select {Columns} from audit_log where {where} order by id desc", Map, ct, parameters);
        var latest = rows.Take(limit).ToList();
        latest.Reverse();
        return latest;
    }

    /// <summary>How many changes to one record the log holds: a record without a version column counts its saves with this.</summary>
    internal static async Task<int> CountForAsync(DbSession s, long? inspectionId, string entity, string? key, CancellationToken ct)
    {
        var (where, parameters) = RecordWhere(inspectionId, entity, key);
        return await s.ScalarAsync<int>($"select count(*) from audit_log where {where}", ct, parameters);
    }

    // "= @id" never matches a null, and PostgreSQL cannot type an untyped null parameter: a null is spelled "is null".
    private static (string Where, (string, object?)[] Parameters) RecordWhere(long? inspectionId, string entity, string? key)
    {
        var parameters = new List<(string, object?)> { ("entity", entity) };
        if (inspectionId is not null) parameters.Add(("id", inspectionId));
        if (key is not null) parameters.Add(("key", key));
        var where = $"{(inspectionId is null ? "inspection_id is null" : "inspection_id = @id")} and entity = @entity and {(key is null ? "entity_key is null" : "entity_key = @key")}";
        return (where, parameters.ToArray());
    }

    private static AuditEntry Map(System.Data.Common.DbDataReader r) => new(
        r.Id("id"), r.Timestamp("at")!.Value, r.Required("user_name"), r.Long("inspection_id"), r.Required("entity"), r.Text("entity_key"),
        r.Required("action"), r.Text("before_value"), r.Text("after_value"));
}
