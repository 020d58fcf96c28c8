using Probity.Data.Sql;

namespace Probity.Data.Audit;

/// <summary>The audit_log table's rows: one inserted per change, with its link in the chain, and the changes to one record read back.</summary>
internal static class AuditRows
{
    public const string Columns = "id, at, user_name, inspection_id, entity, entity_key, action, before_value, after_value";

    public static string PrefixedColumns(string alias) => string.Join(", ", Columns.Split(", ").Select(c => $"{alias}.{c}"));

    /// <summary>
    /// Writes the row, its free text (by reference) and its link after the chain's head, holding the chain to the end of
    /// the transaction: two round trips, whatever the entry holds.
    /// </summary>
    public static Task InsertAsync(DbSession session, DateTimeOffset at, Actor actor, long? inspectionId, string entity, string? key, string action,
        object? before, object? after, CancellationToken ct) =>
        InsertAsync(session, at, actor, inspectionId, entity, key, action, Side(before, inspectionId, entity, key), Side(after, inspectionId, entity, key), ct);

    /// <summary>
    /// One side of an entry as the log keeps it, made from the value alone: a write transaction (which holds SQLite's one
    /// write turn) can be given a side made before it began.
    /// </summary>
    public static AuditSide Side(object? value, long? inspectionId, string entity, string? key) =>
        AuditSideWriter.Side(value, $"{inspectionId}/{entity}/{key}");

    public static async Task InsertAsync(DbSession session, DateTimeOffset at, Actor actor, long? inspectionId, string entity, string? key, string action,
        AuditSide before, AuditSide after, CancellationToken ct)
    {
        at = AuditChain.Stored(at);
        // The texts as one list over both sides, each once, the before side's first.
        var texts = before.Texts.Concat(after.Texts.Where(t => !before.Texts.Exists(b => b.Hash == t.Hash)));
        var (seq, previous) = await AuditChain.HeadAsync(session, ct);
        seq++;
        var hash = AuditChain.Hash(previous, new AuditChain.Content(seq, at, actor.UserName, inspectionId, entity, key, action, before.Json, after.Json),
            before.Canonical, after.Canonical);

        // One fixed text whatever the entry holds (the free text travels as one JSON array), so it is prepared once per connection.
        await session.ExecuteAsync(InsertSql(session.Dialect), ct,
            ("texts", new JsonValue(AuditJson.Serialize(texts.Select(t => new { h = t.Hash, t = t.Value })))),
            ("at", at), ("user", actor.UserName), ("inspection", inspectionId), ("entity", entity), ("key", key), ("action", action),
            ("before", before.Json is null ? null : new JsonValue(before.Json)), ("after", after.Json is null ? null : new JsonValue(after.Json)),
            ("seq", seq), ("previous", previous), ("hash", hash));
    }

    private static string InsertSql(Dialect dialect) =>
        "insert into audit_texts (hash, inspection_id, entity, entity_key, text) " +
        $"select {dialect.JsonArrayField("h")}, cast(@inspection as bigint), @entity, cast(@key as text), {dialect.JsonArrayField("t")} " +
        // "where true": SQLite would otherwise read "on conflict" as a join constraint.
        $"from {dialect.JsonArrayElements("@texts")} where true on conflict (hash) do nothing; " +
        "insert into audit_log (at, user_name, inspection_id, entity, entity_key, action, before_value, after_value) " +
        "values (@at, @user, @inspection, @entity, @key, @action, @before, @after); " +
        $"insert into audit_chain (seq, audit_id, previous_hash, hash) values (@seq, {dialect.LastAuditIdSql}, @previous, @hash)";

    public static async Task<List<AuditEntry>> ForInspectionAsync(DbSession session, long inspectionId, CancellationToken ct)
    {
        var rows = await session.QueryAsync($"select {Columns} from audit_log where inspection_id = @id order by id", Map, ct, ("id", inspectionId));
        return await WithTextsAsync(session, rows, "inspection_id = @id", [("id", inspectionId)], ct);
    }

    /// <summary>The last <paramref name="limit"/> changes to one record, oldest first.</summary>
    public static async Task<List<AuditEntry>> LatestForAsync(DbSession session, long? inspectionId, string entity, string? key, int limit, CancellationToken ct)
    {
        var (where, parameters) = RecordWhere(inspectionId, entity, key);
        var latest = await session.QueryAsync($"select {Columns} from audit_log where {where} order by id desc limit @limit", Map, ct,
            [.. parameters, ("limit", limit)]);
        latest.Reverse();
        return await WithTextsAsync(session, latest, where, parameters, ct);
    }

    /// <summary>The entries with their free text put back (null where it has been erased); a lookup only when they refer to any.</summary>
    private static async Task<List<AuditEntry>> WithTextsAsync(DbSession session, List<AuditEntry> rows, string where, (string, object?)[] parameters,
        CancellationToken ct)
    {
        if (!rows.Exists(r => AuditTexts.HasReferences(r.Before) || AuditTexts.HasReferences(r.After))) return rows;
        var texts = (await session.QueryAsync($"select hash, text from audit_texts where {where}", r => (r.Required("hash"), r.Required("text")), ct, parameters))
            .ToDictionary(t => t.Item1, t => t.Item2);
        return rows.ConvertAll(r => r with { Before = AuditTexts.Resolve(r.Before, texts), After = AuditTexts.Resolve(r.After, texts) });
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

    /// <summary>A row as stored: free text still by reference.</summary>
    public static AuditEntry Map(System.Data.Common.DbDataReader row) => new(
        row.Id("id"), row.Timestamp("at")!.Value, row.Required("user_name"), row.Long("inspection_id"), row.Required("entity"), row.Text("entity_key"),
        row.Required("action"), row.Text("before_value"), row.Text("after_value"));
}

/// <summary>One side (before or after) of an audit entry: its JSON with free text by reference, that JSON's canonical spelling, and the texts.</summary>
internal sealed record AuditSide(string? Json, string? Canonical, List<AuditTexts.Text> Texts);
