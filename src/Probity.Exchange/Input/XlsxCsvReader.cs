using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Probity.Core.Csv;
using Probity.Core.Input;

namespace Probity.Exchange.Input;

/// <summary>
/// The first sheet of an Excel workbook (.xlsx) read as CSV text, one line per row, so a caseload extract saved from
/// Excel is read by the same CSV reader and its problems carry the row numbers Excel shows. Rows are read one at a
/// time; dates (numbers in a date format) become yyyy-mm-dd, and a line break inside a cell becomes a space so that
/// line numbers stay row numbers.
/// </summary>
public sealed class XlsxCsvReader : TextReader
{
    private readonly Stream _stream;
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _rows;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly HashSet<uint> _dateStyles;
    private string _line = "";
    private int _pos;
    private int _nextRow = 1;
    private bool _done;

    private XlsxCsvReader(Stream stream, SpreadsheetDocument document, OpenXmlReader rows, IReadOnlyList<string> sharedStrings, HashSet<uint> dateStyles)
    {
        _stream = stream;
        _document = document;
        _rows = rows;
        _sharedStrings = sharedStrings;
        _dateStyles = dateStyles;
    }

    /// <summary>Opens the workbook in <paramref name="stream"/> (which the reader then owns); a workbook that cannot be read is refused.</summary>
    public static XlsxCsvReader Open(Stream stream, ReadingLimits limits)
    {
        SpreadsheetDocument? document = null;
        try
        {
            CheckUnpackedSize(stream, limits);
            document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw Refused("it has no workbook");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw Refused("it has no sheet");
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) throw Refused("its first sheet is not a worksheet");
            return new XlsxCsvReader(stream, document, OpenXmlReader.Create(part), SharedStrings(workbook), DateStyles(workbook));
        }
        catch (Exception e) when (IsDamage(e))
        {
            document?.Dispose();
            throw Refused(e.Message);
        }
    }

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty) return 0;
        if (_pos == _line.Length && !NextLine()) return 0;
        var n = Math.Min(buffer.Length, _line.Length - _pos);
        _line.AsSpan(_pos, n).CopyTo(buffer);
        _pos += n;
        return n;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read() => _pos == _line.Length && !NextLine() ? -1 : _line[_pos++];

    public override int Peek() => _pos == _line.Length && !NextLine() ? -1 : _line[_pos];

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows.Dispose();
            _document.Dispose();
            _stream.Dispose();
        }
        base.Dispose(disposing);
    }

    // The next row as one CSV line; an empty line for each row the sheet skips, so line n is row n.
    private bool NextLine()
    {
        _pos = 0;
        if (_done) return false;
        try
        {
            while (_rows.Read())
            {
                if (_rows.ElementType != typeof(Row) || !_rows.IsStartElement) continue;
                var row = (Row)_rows.LoadCurrentElement()!;
                var number = (int)Math.Min(row.RowIndex?.Value ?? (uint)_nextRow, int.MaxValue);
                var gap = Math.Max(0, number - _nextRow);
                _nextRow = Math.Max(_nextRow, number) + 1;
                _line = new string('\n', gap) + Line(row);
                return true;
            }
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new InputRefusedException(_nextRow, $"the workbook cannot be read past this row: {e.Message}");
        }
        _done = true;
        _line = "";
        return false;
    }

    private string Line(Row row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
            if (column < cells.Count || column > 16_384) continue;
            while (cells.Count < column) cells.Add("");
            cells.Add(Value(cell).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));
        }
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = CsvWriter.ForExchange(text);
        foreach (var value in cells) csv.Field(value);
        csv.EndRecord();
        return text.ToString();
    }

    private string Value(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Count ? _sharedStrings[i] : "";
        if (type == CellValues.InlineString) return cell.InlineString?.Text?.Text ?? string.Concat(cell.InlineString?.Elements<Run>().Select(r => r.Text?.Text) ?? []);
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if (type == CellValues.Date) return raw.Length >= 10 ? raw[..10] : raw;
        if (type is null || type == CellValues.Number)
        {
            if (cell.StyleIndex?.Value is { } style && _dateStyles.Contains(style)
                && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > -657435 and < 2958466)
                return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return raw;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > 16_384) return int.MaxValue;
        }
        return index - 1;
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part) return strings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            var item = (SharedStringItem)reader.LoadCurrentElement()!;
            strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
        }
        return strings;
    }

    // The cell styles whose number format shows a date: Excel's built-in date formats, or a custom one with day, month or year.
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var styles = new HashSet<uint>();
        if (workbook.WorkbookStylesPart?.Stylesheet is not { } sheet || sheet.CellFormats is not { } formats) return styles;
        var custom = sheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in formats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58
                || custom.TryGetValue(id, out var code) && IsDateFormat(code))
                styles.Add(index);
            index++;
        }
        return styles;
    }

    private static bool IsDateFormat(string code)
    {
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            if (c == '"') quoted = !quoted;
            else if (c == '[') bracket = true;
            else if (c == ']') bracket = false;
            else if (!quoted && !bracket && char.ToLowerInvariant(c) is 'd' or 'm' or 'y') return true;
        }
        return false;
    }

    // A workbook unpacks to more than its file: each part is bounded by the file size limit, so a small ZIP cannot become gigabytes.
    private static void CheckUnpackedSize(Stream stream, ReadingLimits limits)
    {
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > limits.MaxFileBytes || total > limits.MaxFileBytes)
                    throw new InputRefusedException(null, "the workbook " + InputFile.TooLarge(total, limits.MaxFileBytes, ReadingLimits.FileSize).Replace("is ", "unpacks to ", StringComparison.Ordinal));
            }
        }
        stream.Position = 0;
    }

    private static bool IsDamage(Exception exception) =>
        exception is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException or InvalidOperationException
            or ArgumentException or FormatException or OverflowException or NotSupportedException or KeyNotFoundException
        && exception is not InputRefusedException;

    private static InputRefusedException Refused(string why) => new(null, $"the workbook cannot be read: {why}");
}
