using Probity.Core.Datasets;

namespace Probity.Reports.Model.KeyData;

/// <summary>Turns a key data table into the printed table, citing its source and row footnotes in the section's sequence.</summary>
internal static class KeyDataViews
{
    public static KeyDataTableView Build(KeyDataSource source, FootnoteScope scope)
    {
        var t = source.Table;
        var corner = new Cell(t.Title ?? "").WithNote(scope.CiteIfAny(t.Source));
        var columns = t.Columns.Select(c => new Cell(c)).ToList();
        var rows = t.Rows.Select(r => new TableRow(new Cell(r.Label), Values(r, t.Columns.Count, scope)) { ItemId = r.Label }).ToList();
        return new KeyDataTableView(new ReportTable(t.Id, t.Title ?? t.Id, corner, columns, rows), source.FollowingSentence);
    }

    private static List<Cell> Values(KeyDataRow row, int columns, FootnoteScope scope)
    {
        var cells = new List<Cell>();
        for (var i = 0; i < Math.Max(columns, row.Values.Count); i++)
        {
            var value = i < row.Values.Count ? row.Values[i] : null;
            var text = i < row.ValueText.Count ? row.ValueText[i] : null;
            cells.Add(value is { } v
                ? new Cell(Formatting.Figure(v, row.Unit)) { Value = v, Unit = row.Unit == "percent" ? CellUnit.Percent : CellUnit.Number }
                : new Cell(text ?? "No data"));
        }
        // The row's footnote sits on its current (last) figure, as the 2019 report prints it.
        if (row.Footnote is { } note && cells.Count > 0) cells[^1] = cells[^1].WithNote(scope.Cite(note));
        return cells;
    }
}
