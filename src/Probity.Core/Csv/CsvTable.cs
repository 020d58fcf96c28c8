using System.Globalization;
using Probity.Core.Datasets;
using Probity.Core.Input;

namespace Probity.Core.Csv;

/// <summary>
/// A CSV file of the exchange format read row by row with its header: columns in any order, unknown columns kept and
/// ignored, required columns checked once, and every problem reported as file:line. Reading stops, with a problem that
/// names the limit, at <see cref="ReadingLimits.MaxRows"/> rows or <see cref="ReadingLimits.MaxProblems"/> problems.
/// </summary>
public sealed class CsvTable
{
    private readonly CsvRecordReader _reader;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<DatasetProblem> _problems;
    private readonly ReadingLimits _limits;
    private int _rows;
    private bool _stopped;

    private CsvTable(string fileName, CsvRecordReader reader, List<DatasetProblem> problems, ReadingLimits limits)
    {
        FileName = fileName;
        _reader = reader;
        _problems = problems;
        _limits = limits;
    }

    public string FileName { get; }
    public IReadOnlyList<string> Header { get; private set; } = [];
    public int Line => _reader.LineNumber;
    public CsvRecordReader Record => _reader;

    /// <summary>True once reading stopped before the end of the file (text that could not be read, a limit reached): what was read is partial.</summary>
    public bool Stopped => _stopped;

    /// <summary>Opens the file and reads its header; null (with the problem reported) when it is empty or lacks a required column.</summary>
    public static CsvTable? Open(string fileName, TextReader text, IReadOnlyList<string> requiredColumns, List<DatasetProblem> problems,
        ReadingLimits? limits = null)
    {
        limits ??= ReadingLimits.Default;
        if (ProblemCap.Reached(problems, limits))
        {
            ProblemCap.Stop(problems, fileName, null, limits);
            return null;
        }
        var table = new CsvTable(fileName, new CsvRecordReader(text, limits), problems, limits);
        if (!table._reader.Read())
        {
            if (table._reader.Refusal is { } refusal) problems.Add(new(fileName, refusal.Line, refusal.Message));
            else problems.Add(new(fileName, null, $"the file is empty; it needs a header row naming at least {string.Join(", ", requiredColumns)}"));
            return null;
        }
        if (table._reader.QuotingProblem is { } q)
        {
            problems.Add(new(fileName, table.Line, $"bad CSV quoting in the header: {q}"));
            return null;
        }
        if (table._reader.LongValueField is { } longName)
        {
            problems.Add(new(fileName, table.Line, $"column {longName + 1} of the header is {table.LongValue()}"));
            return null;
        }
        var header = new List<string>();
        var twice = false;
        for (var i = 0; i < table._reader.FieldCount; i++)
        {
            var name = table._reader.GetString(i).Trim();
            header.Add(name);
            if (name.Length > 0 && !table._columns.TryAdd(name, i))
            {
                problems.Add(new(fileName, table.Line, $"column \"{name}\" appears twice in the header"));
                twice = true;
            }
        }
        table.Header = header;
        // A column named twice cannot be read as one: whichever copy were taken, the other's values would be lost.
        if (twice) return null;
        var missing = requiredColumns.Where(c => !table._columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new(fileName, table.Line, $"the header lacks the required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"\"{m}\""))} (found: {string.Join(", ", header)})"));
            return null;
        }
        return table;
    }

    /// <summary>
    /// Moves to the next data row, reporting (and skipping) rows with bad quoting or an overlong value. False at the end
    /// of the file, or where reading stopped: the text could not be read, or a limit was reached (each reported once).
    /// </summary>
    public bool Next()
    {
        while (!_stopped && _reader.Read())
        {
            if (ProblemCap.Reached(_problems, _limits))
            {
                ProblemCap.Stop(_problems, FileName, Line, _limits);
                _stopped = true;
                return false;
            }
            if (++_rows > _limits.MaxRows)
            {
                Problem($"more than {_limits.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows; reading stopped ({ReadingLimits.Rows.HowToRaise(_limits.MaxRows)})");
                _stopped = true;
                return false;
            }
            if (_reader.QuotingProblem is { } q)
            {
                Problem($"bad CSV quoting: {q}");
                continue;
            }
            if (_reader.LongValueField is { } field)
            {
                Problem($"the value of {(field < Header.Count && Header[field].Length > 0 ? $"\"{Header[field]}\"" : $"column {field + 1}")} is {LongValue()}; the row is not read");
                continue;
            }
            if (_reader.FieldCount > Header.Count)
                Problem($"the row has {_reader.FieldCount} fields but the header has {Header.Count}; a comma inside a value must be quoted");
            return true;
        }
        if (!_stopped && _reader.Refusal is { } refusal)
        {
            _problems.Add(new(FileName, refusal.Line, refusal.Message));
            _stopped = true;
        }
        return false;
    }

    private string LongValue() =>
        $"longer than {_limits.MaxCellChars.ToString("N0", CultureInfo.InvariantCulture)} characters ({ReadingLimits.CellLength.HowToRaise(_limits.MaxCellChars)})";

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
