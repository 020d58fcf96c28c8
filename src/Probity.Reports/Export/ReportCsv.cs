using Probity.Core.Csv;
using Probity.Reports.Model;

namespace Probity.Reports.Export;

/// <summary>
/// The report's tables as CSV (RFC 4180, UTF-8), cell text exactly as printed. <see cref="AllTables"/> writes every table
/// in one long file, one line per cell; <see cref="Table"/> writes one table in its printed shape.
/// </summary>
public static class ReportCsv
{
    public static readonly IReadOnlyList<string> LongColumns = ["table", "table_title", "row", "item", "row_label", "column", "value"];

    public static string AllTables(InspectionReport report)
    {
        using var text = new StringWriter();
        var csv = new CsvWriter(text);
        csv.Record([.. LongColumns]);
        foreach (var table in report.Tables)
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                if (row.Kind != RowKind.Values) continue;
                for (var c = 0; c < row.Cells.Count && c < table.Columns.Count; c++)
                    csv.Record(table.Id, table.Title, (r + 1).ToString(), row.ItemId ?? "", row.Label.Text, table.Columns[c].Text, row.Cells[c].Text);
            }
        }
        return text.ToString();
    }

    public static string Table(ReportTable table)
    {
        using var text = new StringWriter();
        var csv = new CsvWriter(text);
        csv.Record([table.Corner.Text, .. table.Columns.Select(c => c.Text)]);
        foreach (var row in table.Rows)
            csv.Record([row.Label.Text, .. row.Kind == RowKind.Values ? row.Cells.Select(c => c.Text) : table.Columns.Select(_ => "")]);
        return text.ToString();
    }
}
