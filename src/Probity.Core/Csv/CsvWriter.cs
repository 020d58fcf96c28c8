using System.Text;

namespace Probity.Core.Csv;

/// <summary>Writes RFC 4180 CSV: a field is quoted only when it holds a comma, quote or line break.</summary>
public sealed class CsvWriter(TextWriter writer)
{
    private bool _atLineStart = true;

    public void Field(string? value)
    {
        if (!_atLineStart) writer.Write(',');
        _atLineStart = false;
        if (string.IsNullOrEmpty(value)) return;
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
}
