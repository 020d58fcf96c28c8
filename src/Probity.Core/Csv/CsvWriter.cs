using System.Text;

namespace Probity.Core.Csv;

/// <summary>
/// Writes RFC 4180 CSV: a field is quoted only when it holds a comma, quote or line break. By default every text cell is
/// made safe to open in a spreadsheet (<see cref="SpreadsheetSafe"/>); <see cref="ForExchange"/> writes cells exactly,
/// for files Probity itself reads back.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    private bool _atLineStart = true;
    private bool _exact;

    /// <summary>
    /// A writer that keeps every cell exactly as given: for the dataset exchange format, whose import must give back the
    /// same data, and for text that never leaves Probity.
    /// </summary>
    public static CsvWriter ForExchange(TextWriter writer) => new(writer) { _exact = true };

    public void Field(string? value)
    {
        if (!_atLineStart) writer.Write(',');
        _atLineStart = false;
        if (string.IsNullOrEmpty(value)) return;
        if (!_exact) value = SpreadsheetSafe(value);
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }
        var sb = new StringBuilder(value.Length + 8).Append('"');
        foreach (var c in value) sb.Append(c == '"' ? "\"\"" : c);
        writer.Write(sb.Append('"'));
    }

    public void Field(int? value) => Field(value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void EndRecord()
    {
        writer.Write('\n');
        _atLineStart = true;
    }

    public void Record(params string?[] fields)
    {
        foreach (var f in fields) Field(f);
        EndRecord();
    }

    /// <summary>
    /// A spreadsheet runs a cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return as a
    /// formula (<c>=HYPERLINK(…)</c> becomes a live link), so such a text cell gets a leading <c>'</c>, which shows it as
    /// text. A number such as <c>-3.2</c> is left alone so that it stays a number.
    /// </summary>
    public static string SpreadsheetSafe(string value) =>
        value.Length > 0 && IsFormulaStart(value[0]) && !IsNumber(value) ? "'" + value : value;

    /// <summary>Undoes <see cref="SpreadsheetSafe"/> for a cell read back from a file Probity wrote.</summary>
    public static string FromSpreadsheetSafe(string value) =>
        value.Length > 1 && value[0] == '\'' && IsFormulaStart(value[1]) ? value[1..] : value;

    private static bool IsFormulaStart(char character) => character is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A plain decimal: optional sign, digits, optional fraction and exponent (what a spreadsheet reads as a number).</summary>
    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        var i = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        var digits = Digits(text, ref i);
        if (i < text.Length && text[i] == '.')
        {
            i++;
            digits += Digits(text, ref i);
        }
        if (digits == 0) return false;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-') i++;
            if (Digits(text, ref i) == 0) return false;
        }
        return i == text.Length;
    }

    private static int Digits(ReadOnlySpan<char> text, ref int position)
    {
        var start = position;
        while (position < text.Length && char.IsAsciiDigit(text[position])) position++;
        return position - start;
    }
}
