using System.Globalization;
using System.Text;

namespace Probity.Reports.Pdf;

/// <summary>
/// Reads back where Chromium put each link target. Its print writes the contents page's links as named destinations
/// (the catalogue's /Dests), each naming the page object the target starts on; the page tree gives that page's number.
/// Chromium (Skia) writes PDF 1.4 with a classic cross-reference table and no object streams, so a small reader of the
/// few dictionaries involved is enough — and keeps a PDF library (and its licence) out of Probity.
/// </summary>
public static class PdfDestinations
{
    /// <summary>The 1-based page of every named destination in the PDF, by name (the HTML id).</summary>
    public static IReadOnlyDictionary<string, int> Pages(byte[] pdf)
    {
        var reader = new PdfObjects(pdf);
        var root = reader.Trailer().Ref("/Root") ?? throw Unreadable("the trailer has no /Root");
        var catalog = reader.Dictionary(root);
        var pageNumbers = new Dictionary<int, int>();
        var next = 1;
        void Walk(int node)
        {
            var d = reader.Dictionary(node);
            if (d.Name("/Type") == "/Page") { pageNumbers[node] = next++; return; }
            foreach (var kid in d.Array("/Kids") ?? []) if (kid is PdfRef r) Walk(r.Number);
        }
        Walk(catalog.Ref("/Pages") ?? throw Unreadable("the catalogue has no /Pages"));

        var result = new Dictionary<string, int>();
        var dests = catalog.Get("/Dests") switch
        {
            PdfRef r => reader.Dictionary(r.Number),
            PdfDict d => d,
            _ => null,
        };
        foreach (var (name, value) in dests?.Entries ?? new Dictionary<string, object?>())
        {
            var target = value is PdfRef r ? reader.Value(r.Number) : value;
            if (target is PdfDict { } withD) target = withD.Get("/D");
            if (target is List<object> { Count: > 0 } array && array[0] is PdfRef page && pageNumbers.TryGetValue(page.Number, out var number))
                result[DecodeName(name)] = number;
        }
        return result;
    }

    public static int PageCount(byte[] pdf)
    {
        var reader = new PdfObjects(pdf);
        var catalog = reader.Dictionary(reader.Trailer().Ref("/Root") ?? throw Unreadable("the trailer has no /Root"));
        var pages = reader.Dictionary(catalog.Ref("/Pages") ?? throw Unreadable("the catalogue has no /Pages"));
        return pages.Get("/Count") is double n ? (int)n : throw Unreadable("the page tree has no /Count");
    }

    // "/chapter#2D1" → "chapter-1"
    private static string DecodeName(string name)
    {
        var s = name.TrimStart('/');
        if (!s.Contains('#')) return s;
        var b = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
            if (s[i] == '#' && i + 2 < s.Length) { b.Append((char)Convert.ToByte(s.Substring(i + 1, 2), 16)); i += 2; }
            else b.Append(s[i]);
        return b.ToString();
    }

    internal static InvalidDataException Unreadable(string why) => new($"the printed PDF could not be read back: {why}");
}

internal sealed record PdfRef(int Number);

internal sealed class PdfDict(Dictionary<string, object?> entries)
{
    public IReadOnlyDictionary<string, object?> Entries => entries;
    public object? Get(string key) => entries.GetValueOrDefault(key);
    public int? Ref(string key) => Get(key) is PdfRef r ? r.Number : null;
    public string? Name(string key) => Get(key) as string;
    public List<object>? Array(string key) => Get(key) as List<object>;
}

/// <summary>Objects of a PDF found through its cross-reference table; values are dictionaries, arrays, names, numbers, references.</summary>
internal sealed class PdfObjects
{
    private readonly string _text; // Latin-1: one char per byte, so offsets match
    private readonly Dictionary<int, int> _offsets = new();
    private readonly int _trailer;

    public PdfObjects(byte[] pdf)
    {
        _text = Encoding.Latin1.GetString(pdf);
        var startxref = _text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0) throw PdfDestinations.Unreadable("no startxref");
        var p = startxref + "startxref".Length;
        var xref = (int)ReadNumber(ref p);
        p = xref;
        if (!_text.AsSpan(p).StartsWith("xref")) throw PdfDestinations.Unreadable("no cross-reference table (a PDF 1.5 cross-reference stream?)");
        p += 4;
        while (true)
        {
            SkipSpace(ref p);
            if (_text.AsSpan(p).StartsWith("trailer")) { _trailer = p + "trailer".Length; break; }
            var first = (int)ReadNumber(ref p);
            var count = (int)ReadNumber(ref p);
            for (var i = 0; i < count; i++)
            {
                SkipSpace(ref p);
                var offset = int.Parse(_text.AsSpan(p, 10), CultureInfo.InvariantCulture);
                if (_text[p + 17] == 'n') _offsets[first + i] = offset;
                p += 18;
            }
        }
    }

    public PdfDict Trailer()
    {
        var p = _trailer;
        return Parse(ref p) as PdfDict ?? throw PdfDestinations.Unreadable("the trailer is not a dictionary");
    }

    public object? Value(int number)
    {
        if (!_offsets.TryGetValue(number, out var p)) throw PdfDestinations.Unreadable($"object {number} is not in the cross-reference table");
        ReadNumber(ref p);
        ReadNumber(ref p);
        SkipSpace(ref p);
        if (!_text.AsSpan(p).StartsWith("obj")) throw PdfDestinations.Unreadable($"object {number} does not start where the table says");
        p += 3;
        return Parse(ref p);
    }

    public PdfDict Dictionary(int number) => Value(number) as PdfDict ?? throw PdfDestinations.Unreadable($"object {number} is not a dictionary");

    private object? Parse(ref int position)
    {
        SkipSpace(ref position);
        var c = _text[position];
        if (c == '<' && _text[position + 1] == '<')
        {
            position += 2;
            var entries = new Dictionary<string, object?>();
            while (true)
            {
                SkipSpace(ref position);
                if (_text[position] == '>' && _text[position + 1] == '>') { position += 2; return new PdfDict(entries); }
                var key = ReadName(ref position);
                entries[key] = Parse(ref position);
            }
        }
        if (c == '[')
        {
            position++;
            var items = new List<object>();
            while (true)
            {
                SkipSpace(ref position);
                if (_text[position] == ']') { position++; return items; }
                items.Add(Parse(ref position) ?? "null");
            }
        }
        if (c == '/') return ReadName(ref position);
        if (c == '(') return ReadString(ref position);
        if (c == '<') { var end = _text.IndexOf('>', position); var hex = _text[(position + 1)..end]; position = end + 1; return hex; }
        if (char.IsDigit(c) || c is '-' or '+' or '.')
        {
            var number = ReadNumber(ref position);
            // "12 0 R" is a reference: look ahead without consuming unless it is one.
            var q = position;
            if (number == Math.Floor(number) && TryReadInteger(ref q, out _))
            {
                SkipSpace(ref q);
                if (q < _text.Length && _text[q] == 'R' && (q + 1 >= _text.Length || !char.IsLetter(_text[q + 1]))) { position = q + 1; return new PdfRef((int)number); }
            }
            return number;
        }
        var start = position;
        while (position < _text.Length && char.IsLetter(_text[position])) position++;
        var word = _text[start..position];
        return word switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            _ => throw PdfDestinations.Unreadable($"unexpected \"{(word.Length > 0 ? word : _text[position].ToString())}\" at byte {start}"),
        };
    }

    private string ReadName(ref int position)
    {
        SkipSpace(ref position);
        if (_text[position] != '/') throw PdfDestinations.Unreadable($"expected a name at byte {position}");
        var start = position++;
        while (position < _text.Length && !char.IsWhiteSpace(_text[position]) && "/[]<>()%{}".IndexOf(_text[position]) < 0) position++;
        return _text[start..position];
    }

    private string ReadString(ref int position)
    {
        var depth = 0;
        var b = new StringBuilder();
        for (position++; ; position++)
        {
            var c = _text[position];
            if (c == '\\') { b.Append(_text[++position]); continue; }
            if (c == '(') depth++;
            if (c == ')' && depth-- == 0) { position++; return b.ToString(); }
            b.Append(c);
        }
    }

    private double ReadNumber(ref int position)
    {
        SkipSpace(ref position);
        var start = position;
        while (position < _text.Length && (char.IsDigit(_text[position]) || _text[position] is '-' or '+' or '.')) position++;
        return double.Parse(_text.AsSpan(start, position - start), CultureInfo.InvariantCulture);
    }

    private bool TryReadInteger(ref int position, out int value)
    {
        SkipSpace(ref position);
        var start = position;
        while (position < _text.Length && char.IsDigit(_text[position])) position++;
        return int.TryParse(_text.AsSpan(start, position - start), CultureInfo.InvariantCulture, out value) && position > start;
    }

    private void SkipSpace(ref int position)
    {
        while (position < _text.Length)
        {
            if (char.IsWhiteSpace(_text[position]) || _text[position] == '\0') position++;
            else if (_text[position] == '%') { while (position < _text.Length && _text[position] is not ('\n' or '\r')) position++; }
            else break;
        }
    }
}
