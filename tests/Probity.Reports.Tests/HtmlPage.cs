using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Probity.Reports.Tests;

/// <summary>A rendered report, parsed as a browser would, with the lookups the tests need.</summary>
public sealed class HtmlPage(IDocument document)
{
    public IDocument Document { get; } = document;

    public static HtmlPage Parse(string html) => new(new HtmlParser().ParseDocument(html));

    public IElement Table(string id) =>
        Document.QuerySelector($"table[data-table='{id}']") ?? throw new Xunit.Sdk.XunitException($"no table {id} in the report");

    public IElement Row(string table, string item) =>
        Table(table).QuerySelector($"tbody tr[data-item='{item}']") ?? throw new Xunit.Sdk.XunitException($"no row {item} in table {table}");

    public IReadOnlyList<string> Columns(string table) =>
        Table(table).QuerySelectorAll("thead th").Skip(1).Select(Text).ToList();

    /// <summary>The cells of a row by column header, text without footnote markers.</summary>
    public IReadOnlyDictionary<string, IElement> Cells(string table, string item)
    {
        var columns = Columns(table);
        var cells = Row(table, item).QuerySelectorAll("td").ToList();
        return columns.Zip(cells).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>The footnote numbers cited in an element.</summary>
    public static IReadOnlyList<int> Notes(IElement e) =>
        e.QuerySelectorAll("sup.fn").SelectMany(s => s.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).ToList();

    public string Note(int number) =>
        Document.QuerySelector($"#note-{number}")?.TextContent.Trim() is { } t ? t[(number.ToString().Length)..].Trim() : throw new Xunit.Sdk.XunitException($"no footnote {number}");

    /// <summary>An element's text without footnote markers, whitespace collapsed.</summary>
    public static string Text(IElement e)
    {
        var copy = (IElement)e.Clone();
        foreach (var sup in copy.QuerySelectorAll("sup.fn").ToList()) sup.Remove();
        return string.Join(' ', copy.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public string BodyText => Text(Document.Body!);
}
