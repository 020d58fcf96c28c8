using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Data.Audit;
using Probity.Data.Inspections;
using Probity.Data.Sql;
using JsonValue = System.Text.Json.Nodes.JsonValue;

namespace Probity.Data.PersonalData;

/// <summary>
/// Everything Probity holds about one case, for a subject access request: every row of every table with a case
/// reference column (found from the schema itself, so a table added later is exported without being named here), the
/// answers by question, and every audit entry about the case with its texts where they are still held.
/// </summary>
public sealed class SubjectAccessStore
{
    private readonly InspectionGuard _guard;
    private readonly TimeProvider _clock;

    internal SubjectAccessStore(InspectionGuard guard, TimeProvider clock)
    {
        _guard = guard;
        _clock = clock;
    }

    public Task<JsonObject> ExportAsync(long inspectionId, string caseId, CancellationToken ct = default) =>
        _guard.ReadAsync(inspectionId, async (session, inspection) =>
        {
            (string, object?)[] where = [("id", inspectionId), ("case", caseId)];
            if (await session.ScalarAsync<int>("select count(*) from cases where inspection_id = @id and case_ref = @case", ct, where) == 0)
                throw new RecordNotFoundException($"inspection {inspectionId} has no case \"{caseId}\"");
            var framework = FrameworkCatalog.Get(inspection.Framework);
            var tables = new JsonObject();
            foreach (var table in await CaseTablesAsync(session, ct))
                tables[table.Name] = new JsonArray([.. await session.QueryAsync(RowsSql(table), r => Row(r, framework), ct, where)]);
            var audit = await session.QueryAsync(
                $"select {AuditRows.Columns} from audit_log where inspection_id = @id and entity = 'case' and entity_key = @case order by id", AuditRows.Map, ct, where);
            var texts = (await session.QueryAsync("select hash, text from audit_texts where inspection_id = @id and entity = 'case' and entity_key = @case",
                r => (r.Required("hash"), r.Required("text")), ct, where)).ToDictionary(t => t.Item1, t => t.Item2);
            var answers = ((JsonArray)tables["cases"]!)[0]!["answers"]!.DeepClone();
            return new JsonObject
            {
                ["exportedAt"] = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                ["inspection"] = new JsonObject
                {
                    ["id"] = inspection.Id, ["reference"] = inspection.Reference, ["provider"] = inspection.ProviderName,
                    ["framework"] = inspection.Framework, ["status"] = inspection.Status.ToString(),
                },
                ["case"] = caseId,
                ["answers"] = answers,
                ["records"] = tables,
                ["audit"] = new JsonArray([.. audit.Select(e => (JsonNode)new JsonObject
                {
                    ["id"] = e.Id, ["at"] = e.At.ToString("O", CultureInfo.InvariantCulture), ["user"] = e.UserName, ["action"] = e.Action,
                    ["before"] = Parse(AuditTexts.Resolve(e.Before, texts)), ["after"] = Parse(AuditTexts.Resolve(e.After, texts)),
                })]),
            };
        }, ct);

    /// <summary>A table holding rows about cases: its name, and whether it names the inspection itself (a drawn sample's cases name their sample instead).</summary>
    internal sealed record CaseTable(string Name, bool HasInspection);

    /// <summary>Every table with a <c>case_ref</c> column, from the database's own catalogue.</summary>
    internal static async Task<List<CaseTable>> CaseTablesAsync(DbSession session, CancellationToken ct) =>
        await session.QueryAsync(session.Dialect.Kind == DatabaseKind.Sqlite
                ? "select m.name as table_name, (select count(*) from pragma_table_info(m.name) i where i.name = 'inspection_id') as has_inspection " +
                  "from sqlite_master m where m.type = 'table' and exists (select 1 from pragma_table_info(m.name) c where c.name = 'case_ref') order by m.name"
                : "select c.table_name, (select count(*) from information_schema.columns i where i.table_schema = c.table_schema and i.table_name = c.table_name " +
                  "and i.column_name = 'inspection_id') as has_inspection from information_schema.columns c " +
                  "where c.table_schema = current_schema() and c.column_name = 'case_ref' order by c.table_name",
            r => new CaseTable(r.Required("table_name"), r.Long("has_inspection") > 0), ct);

    // Table names come from the catalogue, never from input. A table without the inspection's id is a drawn sample's.
    private static string RowsSql(CaseTable table) => table.HasInspection
        ? $"select * from {table.Name} where inspection_id = @id and case_ref = @case"
        : $"select * from {table.Name} where case_ref = @case and drawn_sample_id in (select id from drawn_samples where inspection_id = @id)";

    private static JsonObject Row(DbDataReader reader, FrameworkVersion framework)
    {
        var row = new JsonObject();
        for (var i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = Value(reader.GetValue(i), framework);
        return row;
    }

    /// <summary>A stored value as JSON: the packed answers (the only binary columns about a case) by question id.</summary>
    private static JsonNode? Value(object value, FrameworkVersion framework) => value switch
    {
        DBNull => null,
        byte[] answers => new JsonObject(answers.Select((b, i) => (b, i)).Where(a => a.b != 0 && a.i < framework.Questions.Count)
            .Select(a => KeyValuePair.Create(framework.Questions.Items[a.i].Id, (JsonNode?)((Judgement)a.b).Token()))),
        string s => s,
        bool b => b,
        long or int or short or decimal or double => JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);
}
