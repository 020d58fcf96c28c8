using Probity.Data.Sql;

namespace Probity.Data.Audit;

/// <summary>The audit_log table's rows: one inserted per change, and the changes to one record read back.</summary>
internal static class AuditRows
{
    private const string Columns = "id, at, user_name, inspection_id, entity, entity_key, action, before_value, after_value";

    public static Task InsertAsync(DbSession session, DateTimeOffset at, Actor actor, long? inspectionId, string entity, string? key, string action,
        object? before, object? after, CancellationToken ct) =>
        session.ExecuteAsync(
            "insert into audit_log (at, user_name, inspection_id, entity, entity_key, action, before_value, after_value) " +
            "values (@at, @user, @inspection, @entity, @key, @action, @before, @after)", ct,
            ("at", at), ("user", actor.UserName), ("inspection", inspectionId), ("entity", entity), ("key", key),
            ("action", action), ("before", Json(before)), ("after", Json(after)));

    public static Task<List<AuditEntry>> ForInspectionAsync(DbSession session, long inspectionId, CancellationToken ct) =>
        session.QueryAsync($"select {Columns} from audit_log where inspection_id = @id order by id", Map, ct, ("id", inspectionId));

    /// <summary>The last <paramref name="limit"/> changes to one record, oldest first.</summary>
    public static async Task<List<AuditEntry>> LatestForAsync(DbSession session, long? inspectionId, string entity, string? key, int limit, CancellationToken ct)
    {
        var (where, parameters) = RecordWhere(inspectionId, entity, key);
        var latest = await session.QueryAsync($"select {Columns} from audit_log where {where} order by id desc limit @limit", Map, ct,
            [.. parameters, ("limit", limit)]);
        latest.Reverse();
        return latest;
    }

    /// <summary>How many changes to one record the log holds: a record without a version column counts its saves with this.</summary>
    public static async Task<int> CountForAsync(DbSession session, long? inspectionId, string entity, string? key, CancellationToken ct)
    {
        var (where, parameters) = RecordWhere(inspectionId, entity, key);
        return await session.ScalarAsync<int>($"select count(*) from audit_log where {where}", ct, parameters);
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

    private static JsonValue? Json(object? value) => value is null ? null : new JsonValue(AuditJson.Serialize(value));

    private static AuditEntry Map(System.Data.Common.DbDataReader row) => new(
        row.Id("id"), row.Timestamp("at")!.Value, row.Required("user_name"), row.Long("inspection_id"), row.Required("entity"), row.Text("entity_key"),
        row.Required("action"), row.Text("before_value"), row.Text("after_value"));
}
