namespace Probity.Core.Csv;

/// <summary>
/// A streaming RFC 4180 reader that hands out each record's fields as spans over one reusable buffer, so reading millions
/// of answers allocates almost nothing. It tracks the line each record starts on, for error messages, and reports bad
/// quoting instead of guessing.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly char[] _input = new char[64 * 1024];
    private int _inputPos;
    private int _inputLen;
    private char[] _record = new char[1024];
    private int _recordLen;
    private readonly List<(int Start, int Length)> _fields = new(16);
    private int _line = 1;
    private bool _first = true;

    public CsvRecordReader(TextReader reader) => _reader = reader;

    /// <summary>The line the current record starts on (1-based, counting the header as line 1).</summary>
    public int LineNumber { get; private set; }

    public int FieldCount => _fields.Count;

    /// <summary>Set when the current record had a quoting problem; the record's fields are then unreliable.</summary>
    public string? QuotingProblem { get; private set; }

    public ReadOnlySpan<char> this[int index] =>
        index < _fields.Count ? _record.AsSpan(_fields[index].Start, _fields[index].Length) : ReadOnlySpan<char>.Empty;

    public string GetString(int index) => index < _fields.Count ? this[index].ToString() : "";

    /// <summary>True where the record is one empty field — a blank line, which the reader skips.</summary>
    private bool IsBlank => _fields.Count == 1 && _fields[0].Length == 0;

    public bool Read()
    {
        while (ReadOne())
            if (!IsBlank || QuotingProblem is not null) return true;
        return false;
    }

    private bool ReadOne()
    {
        _fields.Clear();
        _recordLen = 0;
        QuotingProblem = null;
        if (!EnsureInput()) return false;
        if (_first)
        {
            _first = false;
            if (_input[_inputPos] == '\uFEFF') _inputPos++; // a byte-order mark is tolerated (exchange format §1)
            if (!EnsureInput()) return false;
        }
        LineNumber = _line;
        var fieldStart = 0;
        var state = State.FieldStart;
        while (true)
        {
            if (!EnsureInput())
            {
                if (state == State.Quoted) QuotingProblem = "a quoted field is not closed before the end of the file";
                _fields.Add((fieldStart, _recordLen - fieldStart));
                return true;
            }
            var c = _input[_inputPos++];
            switch (state)
            {
                case State.FieldStart when c == '"':
                    state = State.Quoted;
                    break;
                case State.FieldStart or State.Unquoted when c == ',':
                    _fields.Add((fieldStart, _recordLen - fieldStart));
                    fieldStart = _recordLen;
                    state = State.FieldStart;
                    break;
                case State.FieldStart or State.Unquoted or State.QuoteInQuoted when c is '\n' or '\r':
                    if (c == '\r' && EnsureInput() && _input[_inputPos] == '\n') _inputPos++;
                    _line++;
                    _fields.Add((fieldStart, _recordLen - fieldStart));
                    return true;
                case State.FieldStart or State.Unquoted:
                    if (c == '"') QuotingProblem ??= "a quote (\") inside an unquoted field; quote the whole field and double the quote";
                    Append(c);
                    state = State.Unquoted;
                    break;
                case State.Quoted when c == '"':
                    state = State.QuoteInQuoted;
                    break;
                case State.Quoted:
                    if (c == '\n') _line++;
                    Append(c);
                    break;
                case State.QuoteInQuoted when c == '"':
                    Append('"');
                    state = State.Quoted;
                    break;
                case State.QuoteInQuoted when c == ',':
                    _fields.Add((fieldStart, _recordLen - fieldStart));
                    fieldStart = _recordLen;
                    state = State.FieldStart;
                    break;
                case State.QuoteInQuoted:
                    QuotingProblem ??= $"text after a closing quote ('{c}'); a quote inside a quoted field must be doubled";
                    Append(c);
                    state = State.Unquoted;
                    break;
            }
        }
    }

    private bool EnsureInput()
    {
        if (_inputPos < _inputLen) return true;
        _inputLen = _reader.Read(_input, 0, _input.Length);
        _inputPos = 0;
        return _inputLen > 0;
    }

    private void Append(char c)
    {
        if (_recordLen == _record.Length) Array.Resize(ref _record, _record.Length * 2);
        _record[_recordLen++] = c;
    }

    private enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted }
}
