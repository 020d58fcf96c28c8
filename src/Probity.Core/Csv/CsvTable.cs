using Probity.Core.Datasets;

namespace Probity.Core.Csv;

/// <summary>
/// A CSV file of the exchange format read row by row with its header: columns in any order, unknown columns kept and
/// ignored, required columns checked once, and every problem reported as file:line.
/// </summary>
public sealed class CsvTable
{
    private readonly CsvRecordReader _reader;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<DatasetProblem> _problems;

    private CsvTable(string fileName, CsvRecordReader reader, List<DatasetProblem> problems)
    {
        FileName = fileName;
        _reader = reader;
        _problems = problems;
    }

    public string FileName { get; }
    public IReadOnlyList<string> Header { get; private set; } = [];
    public int Line => _reader.LineNumber;
    public CsvRecordReader Record => _reader;

    /// <summary>Opens the file and reads its header; null (with the problem reported) when it is empty or lacks a required column.</summary>
    public static CsvTable? Open(string fileName, TextReader text, IReadOnlyList<string> requiredColumns, List<DatasetProblem> problems)
    {
        var table = new CsvTable(fileName, new CsvRecordReader(text), problems);
        if (!table._reader.Read())
        {
            problems.Add(new(fileName, null, $"the file is empty; it needs a header row naming at least {string.Join(", ", requiredColumns)}"));
            return null;
        }
        if (table._reader.QuotingProblem is { } q)
        {
            problems.Add(new(fileName, table.Line, $"bad CSV quoting in the header: {q}"));
            return null;
        }
        var header = new List<string>();
        for (var i = 0; i < table._reader.FieldCount; i++)
        {
            var name = table._reader.GetString(i).Trim();
            header.Add(name);
            if (name.Length > 0 && !table._columns.TryAdd(name, i))
                problems.Add(new(fileName, table.Line, $"column \"{name}\" appears twice in the header"));
        }
        table.Header = header;
        var missing = requiredColumns.Where(c => !table._columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new(fileName, table.Line, $"the header lacks the required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"\"{m}\""))} (found: {string.Join(", ", header)})"));
            return null;
        }
        return table;
    }

    /// <summary>Moves to the next data row, reporting (and skipping) rows with bad quoting.</summary>
    public bool Next()
    {
        while (_reader.Read())
        {
            if (_reader.QuotingProblem is { } q)
            {
                Problem($"bad CSV quoting: {q}");
                continue;
            }
            if (_reader.FieldCount > Header.Count)
                Problem($"the row has {_reader.FieldCount} fields but the header has {Header.Count}; a comma inside a value must be quoted");
            return true;
        }
        return false;
    }

    public int? IndexOf(string column) => _columns.TryGetValue(column, out var i) ? i : null;

    public ReadOnlySpan<char> this[int? index] => index is { } i ? _reader[i].Trim() : ReadOnlySpan<char>.Empty;

    public string? Text(int? index)
    {
        var span = this[index];
        return span.IsEmpty ? null : span.ToString();
    }

    /// <summary>A whole-number cell; null when empty; reports anything else.</summary>
    public int? Number(int? index, string column, bool allowNegative = false)
    {
        var span = this[index];
        if (span.IsEmpty) return null;
        if (int.TryParse(span, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            || (allowNegative && int.TryParse(span, System.Globalization.CultureInfo.InvariantCulture, out n)))
            return n;
        Problem($"{column} \"{span}\" is not a whole number");
        return null;
    }

    public void Problem(string message) => _problems.Add(new(FileName, Line, message));

    /// <summary>
    /// The row's case reference, unique in the file; null (with the problem reported) when it is empty or was seen
    /// before. <paramref name="lines"/> records the line each reference was first seen on.
    /// </summary>
    public string? UniqueCaseId(int? index, Dictionary<string, int> lines)
    {
        var id = Text(index);
        if (id is null)
        {
            Problem("case_id is empty; every case needs its case reference");
            return null;
        }
        if (lines.TryAdd(id, Line)) return id;
        Problem($"duplicate case_id \"{id}\" (first seen on line {lines[id]})");
        return null;
    }
}
