using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Sql;

namespace Probity.Data.Datasets;

/// <summary>Key data tables (spec §7.2) as tables → rows → cells, so one provider-supplied figure can be corrected alone.</summary>
internal static class KeyDataRows
{
    public static async Task InsertTableAsync(DbSession session, long inspectionId, int ordinal, KeyDataTable table, CancellationToken ct)
    {
        var tableId = await session.ScalarAsync<long>(
            "insert into key_data_tables (inspection_id, ordinal, table_key, standard, title, placed_under, column_headers, source) " +
            "values (@id, @ordinal, @key, @standard, @title, @placed, @columns, @source) returning id", ct,
            ("id", inspectionId), ("ordinal", ordinal), ("key", table.Id), ("standard", table.Standard), ("title", table.Title), ("placed", table.PlacedUnder),
            ("columns", new JsonValue(AuditJson.Serialize(table.Columns))), ("source", table.Source));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var hasText = row.ValueText.Any(v => v is not null);
            var rowId = await session.ScalarAsync<long>(
                "insert into key_data_rows (table_id, ordinal, label, unit, footnote, has_value_text) values (@table, @ordinal, @label, @unit, @footnote, @text) returning id",
                ct, ("table", tableId), ("ordinal", r), ("label", row.Label), ("unit", row.Unit), ("footnote", row.Footnote), ("text", hasText));
            var cells = Math.Max(row.Values.Count, hasText ? row.ValueText.Count : 0);
            for (var c = 0; c < cells; c++)
                await session.ExecuteAsync("insert into key_data_cells (row_id, column_index, value, value_text) values (@row, @column, @value, @text)", ct,
                    ("row", rowId), ("column", c), ("value", c < row.Values.Count ? row.Values[c] : null),
                    ("text", hasText && c < row.ValueText.Count ? row.ValueText[c] : null));
        }
    }

    public static async Task<List<KeyDataTable>> ReadAsync(DbSession session, long inspectionId, CancellationToken ct)
    {
        var tables = await session.QueryAsync("select * from key_data_tables where inspection_id = @id order by ordinal", r => (Id: r.Id("id"), Table: new KeyDataTable
        {
            Id = r.Required("table_key"), Standard = r.Text("standard"), Title = r.Text("title"), PlacedUnder = r.Text("placed_under"),
            Columns = AuditJson.Deserialize<List<string>>(r.Required("column_headers"))!, Source = r.Text("source"),
        }), ct, ("id", inspectionId));
        var rows = await session.QueryAsync(
            "select r.table_id, r.id, r.label, r.unit, r.footnote, r.has_value_text from key_data_rows r join key_data_tables t on t.id = r.table_id " +
            "where t.inspection_id = @id order by r.table_id, r.ordinal",
            r => (Table: r.Id("table_id"), Id: r.Id("id"), Label: r.Required("label"), Unit: r.Text("unit"), Footnote: r.Text("footnote"), HasText: r.Bool("has_value_text") ?? false),
            ct, ("id", inspectionId));
        var cells = await session.QueryAsync(
            "select c.row_id, c.column_index, c.value, c.value_text from key_data_cells c join key_data_rows r on r.id = c.row_id " +
            "join key_data_tables t on t.id = r.table_id where t.inspection_id = @id order by c.row_id, c.column_index",
            r => (Row: r.Id("row_id"), Value: r.Decimal("value"), Text: r.Text("value_text")), ct, ("id", inspectionId));
        var cellsByRow = cells.ToLookup(c => c.Row);
        var rowsByTable = rows.ToLookup(r => r.Table);
        return tables.Select(t => t.Table with
        {
            Rows = rowsByTable[t.Id].Select(r => new KeyDataRow
            {
                Label = r.Label, Unit = r.Unit, Footnote = r.Footnote,
                Values = cellsByRow[r.Id].Select(c => c.Value).ToList(),
                ValueText = r.HasText ? cellsByRow[r.Id].Select(c => c.Text).ToList() : [],
            }).ToList(),
        }).ToList();
    }
}
