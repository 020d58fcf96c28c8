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

    private object? Parse(ref int p)
    {
        SkipSpace(ref p);
        var c = _text[p];
        if (c == '<' && _text[p + 1] == '<')
        {
            p += 2;
            var entries = new Dictionary<string, object?>();
            while (true)
            {
                SkipSpace(ref p);
                if (_text[p] == '>' && _text[p + 1] == '>') { p += 2; return new PdfDict(entries); }
                var key = ReadName(ref p);
                entries[key] = Parse(ref p);
            }
        }
        if (c == '[')
        {
            p++;
            var items = new List<object>();
            while (true)
            {
                SkipSpace(ref p);
                if (_text[p] == ']') { p++; return items; }
                items.Add(Parse(ref p) ?? "null");
            }
        }
        if (c == '/') return ReadName(ref p);
        if (c == '(') return ReadString(ref p);
        if (c == '<') { var end = _text.IndexOf('>', p); var hex = _text[(p + 1)..end]; p = end + 1; return hex; }
        if (char.IsDigit(c) || c is '-' or '+' or '.')
        {
            var number = ReadNumber(ref p);
            // "12 0 R" is a reference: look ahead without consuming unless it is one.
            var q = p;
            if (number == Math.Floor(number) && TryReadInteger(ref q, out _))
            {
                SkipSpace(ref q);
                if (q < _text.Length && _text[q] == 'R' && (q + 1 >= _text.Length || !char.IsLetter(_text[q + 1]))) { p = q + 1; return new PdfRef((int)number); }
            }
            return number;
        }
        var start = p;
        while (p < _text.Length && char.IsLetter(_text[p])) p++;
        var word = _text[start..p];
        return word switch
        {
            "true" => true,
            "false" => false,
            "null" => null,
            _ => throw PdfDestinations.Unreadable($"unexpected \"{(word.Length > 0 ? word : _text[p].ToString())}\" at byte {start}"),
        };
    }

    private string ReadName(ref int p)
    {
        SkipSpace(ref p);
        if (_text[p] != '/') throw PdfDestinations.Unreadable($"expected a name at byte {p}");
        var start = p++;
        while (p < _text.Length && !char.IsWhiteSpace(_text[p]) && "/[]<>()%{}".IndexOf(_text[p]) < 0) p++;
        return _text[start..p];
    }

    private string ReadString(ref int p)
    {
        var depth = 0;
        var b = new StringBuilder();
        for (p++; ; p++)
        {
            var c = _text[p];
            if (c == '\\') { b.Append(_text[++p]); continue; }
            if (c == '(') depth++;
            if (c == ')' && depth-- == 0) { p++; return b.ToString(); }
            b.Append(c);
        }
    }

    private double ReadNumber(ref int p)
    {
        SkipSpace(ref p);
        var start = p;
        while (p < _text.Length && (char.IsDigit(_text[p]) || _text[p] is '-' or '+' or '.')) p++;
        return double.Parse(_text.AsSpan(start, p - start), CultureInfo.InvariantCulture);
    }

    private bool TryReadInteger(ref int p, out int value)
    {
        SkipSpace(ref p);
        var start = p;
        while (p < _text.Length && char.IsDigit(_text[p])) p++;
        return int.TryParse(_text.AsSpan(start, p - start), CultureInfo.InvariantCulture, out value) && p > start;
    }

    private void SkipSpace(ref int p)
    {
        while (p < _text.Length)
        {
            if (char.IsWhiteSpace(_text[p]) || _text[p] == '\0') p++;
            else if (_text[p] == '%') { while (p < _text.Length && _text[p] is not ('\n' or '\r')) p++; }
            else break;
        }
    }
}
