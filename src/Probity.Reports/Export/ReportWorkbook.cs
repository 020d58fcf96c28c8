using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Probity.Reports.Model;
using XCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Probity.Reports.Export;

/// <summary>
/// The report's tables as an XLSX workbook: a contents sheet, then one sheet per table with the cells as printed (numbers
/// kept as numbers, percentages formatted as such) and the footnotes the table cites underneath.
/// </summary>
public static class ReportWorkbook
{
    private const uint Plain = 0, Bold = 1;

    public static void Write(InspectionReport report, Stream stream) =>
        Write($"An inspection of probation services in: {report.Cover.ProviderName}", report.Tables.ToList(), report.AllNotes, stream);

    /// <summary>The tables of an unrated area inspection's report.</summary>
    public static void Write(Area.AreaReport report, Stream stream) =>
        Write($"{Area.AreaTexts.Programme}: {report.Title}", report.Tables.ToList(), report.AllNotes, stream);

    private static void Write(string heading, List<ReportTable> tables, IReadOnlyDictionary<int, string> notes, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var names = SheetNames(tables);

        var contents = new List<List<(string Text, decimal? Value, uint Style)>>
        {
            Row(Bold, "Sheet", "Table"),
        };
        contents.AddRange(tables.Select((t, i) => Row(Plain, names[i], t.Title)));
        AddSheet(workbook, sheets, 1, "Contents", [Row(Bold, heading), .. contents]);

        for (var i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            var rows = new List<List<(string, decimal?, uint)>>
            {
                Row(Bold, t.Title),
                Row(Bold, [t.Corner.Text, .. t.Columns.Select(c => c.Text)]),
            };
            foreach (var row in t.Rows)
                rows.Add(row.Kind == RowKind.Values
                    ? row.Cells.Select(c => (c.Text, c.Value, StyleOf(c))).Prepend((row.Label.Text, null, Plain)).ToList()
                    : Row(Bold, row.Label.Text));
            var cited = t.Rows.SelectMany(r => r.Cells.Append(r.Label)).Concat(t.Columns).Append(t.Corner)
                .SelectMany(c => c.Notes).Distinct().Order().Where(notes.ContainsKey).ToList();
            if (cited.Count > 0) rows.Add(Row(Plain, ""));
            rows.AddRange(cited.Select(n => Row(Plain, $"Note {n}: {notes[n]}")));
            AddSheet(workbook, sheets, (uint)i + 2, names[i], rows);
        }
        workbook.Workbook.Save();
    }

    private static List<(string, decimal?, uint)> Row(uint style, params string[] texts) => texts.Select(t => (t, (decimal?)null, style)).ToList();

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, List<List<(string Text, decimal? Value, uint Style)>> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < rows[r].Count; c++)
            {
                var (text, value, style) = rows[r][c];
                var reference = Column(c) + (r + 1);
                row.Append(value is { } v
                    ? new XCell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Scaled(v, style)), StyleIndex = style }
                    : new XCell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)), StyleIndex = style });
            }
            data.Append(row);
        }
        part.Worksheet = new Worksheet(new Columns(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 1, Max = 1, Width = 80, CustomWidth = true },
            new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 2, Max = 8, Width = 22, CustomWidth = true }), data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    // Percent cells hold the fraction (0.74) so that Excel's percent format shows "74%".
    private static decimal Scaled(decimal value, uint style) => style is >= 2 and <= 4 ? value / 100m : value;

    private static uint StyleOf(Model.Cell cell) => (cell.Value, cell.Unit) switch
    {
        (null, _) => Plain,
        ({ } v, CellUnit.Percent) => v.Scale switch { 0 => 2u, 1 => 3u, _ => 4u },
        ({ } v, _) => v.Scale switch { 0 => 5u, 1 => 6u, _ => 7u },
    };

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.0" }),
        new Fonts(new Font(), new Font(new DocumentFormat.OpenXml.Spreadsheet.Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),                                                         // 0 plain
            new CellFormat { FontId = 1, ApplyFont = true },                          // 1 bold
            new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },          // 2 0%
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },        // 3 0.0%
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },         // 4 0.00%
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },          // 5 #,##0
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },        // 6 #,##0.0
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }));        // 7 #,##0.00

    private static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) name = (char)('A' + (i - 1) % 26) + name;
        return name;
    }

    // Sheet names: at most 31 characters, none of []:*?/\, unique without regard to case.
    private static List<string> SheetNames(IReadOnlyList<ReportTable> tables)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Contents" };
        return tables.Select(t =>
        {
            var baseName = new string(t.Id.Select(ch => "[]:*?/\\".Contains(ch) ? '-' : ch).ToArray());
            var name = baseName.Length > 31 ? baseName[..31] : baseName;
            for (var n = 2; !used.Add(name); n++) name = (baseName.Length > 27 ? baseName[..27] : baseName) + "-" + n;
            return name;
        }).ToList();
    }
}
