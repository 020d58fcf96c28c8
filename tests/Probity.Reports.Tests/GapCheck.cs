using AngleSharp.Dom;

namespace Probity.Reports.Tests;

/// <summary>What "renders without gaps" means for a report: nothing left unfilled, empty or not-a-number.</summary>
public static class GapCheck
{
    private static readonly string[] Leftovers = ["NaN", "Infinity", "null", "{", "}", " .", " ,", "()", "''"];

    public static void AssertNoGaps(HtmlPage page)
    {
        var text = page.BodyText;
        foreach (var leftover in Leftovers) Assert.False(text.Contains(leftover, StringComparison.Ordinal), $"the report contains \"{leftover}\"");
        foreach (var cell in page.Document.QuerySelectorAll("td, tbody th"))
            Assert.False(HtmlPage.Text(cell).Length == 0, $"an empty cell in table {cell.Closest("table")?.GetAttribute("data-table")}, row {cell.ParentElement?.GetAttribute("data-item")}");
        foreach (var e in page.Document.QuerySelectorAll("p, li, h1, h2, h3, h4, figcaption"))
            Assert.False(HtmlPage.Text(e).Length == 0, $"an empty <{e.LocalName}> after \"{Before(e)}\"");
        // A heading with nothing under it before the next heading of the same or higher rank is a gap.
        foreach (var h in page.Document.QuerySelectorAll("h2, h3, h4"))
        {
            var next = h.NextElementSibling;
            Assert.False(next is null || (IsHeading(next, out var level) && level <= Level(h)), $"heading \"{HtmlPage.Text(h)}\" has nothing under it");
        }
    }

    private static bool IsHeading(IElement e, out int level)
    {
        level = e.LocalName is ['h', var d] && char.IsDigit(d) ? d - '0' : 0;
        return level > 0;
    }

    private static int Level(IElement h) => h.LocalName[1] - '0';

    private static string Before(IElement e) => e.PreviousElementSibling is { } p ? HtmlPage.Text(p) : e.ParentElement?.LocalName ?? "";
}
