using System.Globalization;
using System.Text;
using Probity.Core.Input;

namespace Probity.Core.Csv;

/// <summary>
/// A streaming RFC 4180 reader that hands out each record's fields as spans over one reusable buffer, so reading millions
/// of answers allocates almost nothing. It tracks the line each record starts on, for error messages, and reports bad
/// quoting instead of guessing. It never holds more than one record of <see cref="ReadingLimits.MaxLineChars"/>: a
/// longer line, a NUL character (a binary file) or text the host could not decode ends the file with
/// <see cref="Refusal"/>; an overlong value marks its record with <see cref="LongValueField"/>.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly ReadingLimits _limits;
    private readonly char[] _input = new char[64 * 1024];
    private int _inputPos;
    private int _inputLen;
    private char[] _record = new char[1024];
    private int _recordLen;
    private int _recordChars;
    private readonly List<(int Start, int Length)> _fields = new(16);
    private int _line = 1;
    private bool _first = true;

    public CsvRecordReader(TextReader reader, ReadingLimits? limits = null)
    {
        _reader = reader;
        _limits = limits ?? ReadingLimits.Default;
    }

    /// <summary>The line the current record starts on (1-based, counting the header as line 1).</summary>
    public int LineNumber { get; private set; }

    public int FieldCount => _fields.Count;

    /// <summary>Set when the current record had a quoting problem; the record's fields are then unreliable.</summary>
    public string? QuotingProblem { get; private set; }

    /// <summary>The index of the current record's first field longer than the cell limit (kept cut short), if any.</summary>
    public int? LongValueField { get; private set; }

    /// <summary>Why reading stopped before the end of the file, and on which line; null while the file reads as text.</summary>
    public (int Line, string Message)? Refusal { get; private set; }

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
        _recordChars = 0;
        QuotingProblem = null;
        LongValueField = null;
        if (Refusal is not null || !EnsureInput()) return false;
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
                if (Refusal is not null) return false;
                if (state == State.Quoted) QuotingProblem = "a quoted field is not closed before the end of the file";
                _fields.Add((fieldStart, _recordLen - fieldStart));
                return true;
            }
            var c = _input[_inputPos++];
            if (c == '\0' || ++_recordChars > _limits.MaxLineChars)
            {
                Refusal ??= c == '\0' ? (_line, NulMessage) : (LineNumber, LongLineMessage(state));
                return false;
            }
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
                    Append(c, fieldStart);
                    state = State.Unquoted;
                    break;
                case State.Quoted when c == '"':
                    state = State.QuoteInQuoted;
                    break;
                case State.Quoted:
                    if (c == '\n') _line++;
                    Append(c, fieldStart);
                    break;
                case State.QuoteInQuoted when c == '"':
                    Append('"', fieldStart);
                    state = State.Quoted;
                    break;
                case State.QuoteInQuoted when c == ',':
                    _fields.Add((fieldStart, _recordLen - fieldStart));
                    fieldStart = _recordLen;
                    state = State.FieldStart;
                    break;
                case State.QuoteInQuoted:
                    QuotingProblem ??= $"text after a closing quote ('{c}'); a quote inside a quoted field must be doubled";
                    Append(c, fieldStart);
                    state = State.Unquoted;
                    break;
            }
        }
    }

    private const string NulMessage = "the file holds a NUL character: it is not CSV text (is it a spreadsheet or another binary file?)";

    private string LongLineMessage(State state) =>
        $"a line longer than {_limits.MaxLineChars.ToString("N0", CultureInfo.InvariantCulture)} characters"
        + (state == State.Quoted ? " (inside a quoted value: is a closing quote missing?)" : "")
        + $"; reading stopped ({ReadingLimits.LineLength.HowToRaise(_limits.MaxLineChars)})";

    private bool EnsureInput()
    {
        if (_inputPos < _inputLen) return true;
        if (Refusal is not null) return false;
        try
        {
            _inputLen = _reader.Read(_input, 0, _input.Length);
        }
        catch (InputRefusedException e)
        {
            _inputLen = 0;
            Refusal = (e.Line ?? _line, e.Message);
        }
        catch (DecoderFallbackException)
        {
            _inputLen = 0;
            Refusal = (_line, "the file is not UTF-8 text; save it as UTF-8 (in Excel: \"CSV UTF-8 (Comma delimited)\")");
        }
        _inputPos = 0;
        return _inputLen > 0;
    }

    private void Append(char character, int fieldStart)
    {
        if (_recordLen - fieldStart >= _limits.MaxCellChars)
        {
            LongValueField ??= _fields.Count;
            return;
        }
        if (_recordLen == _record.Length) Array.Resize(ref _record, (int)Math.Min(_record.Length * 2L, Array.MaxLength));
        _record[_recordLen++] = character;
    }

    private enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted }
}
