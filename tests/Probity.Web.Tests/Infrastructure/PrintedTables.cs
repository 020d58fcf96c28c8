using AngleSharp.Dom;
using Probity.Core.Analysis;
using Probity.Reports.Analysis;

namespace Probity.Web.Tests.Infrastructure;

/// <summary>An analysis table as a page prints it and as it should be printed: its first rows, cell by cell, as text.</summary>
public static class PrintedTables
{
    public static List<List<string>> Rows(IElement table) =>
        table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToList()).ToList();

    public static List<List<string>> Expected(AnalysisTable table) =>
        table.Rows.Take(AnalysisOutput.HtmlRowLimit).Select(r => r.Select(c => AnalysisOutput.Cell(c) ?? "").ToList()).ToList();

    /// <summary>Every table of the result is on the page with its title, columns and first rows, cell for cell.</summary>
    public static void AssertMatch(AnalysisResult result, IDocument page)
    {
        Assert.Equal(result.Tables.Select(t => t.Key).Order(), page.QuerySelectorAll("table[data-table]").Select(t => t.GetAttribute("data-table")!).Order());
        foreach (var table in result.Tables)
        {
            var html = page.QuerySelector($"table[data-table='{table.Key}']")!;
            Assert.Equal(table.Title, html.QuerySelector("caption")!.TextContent);
            Assert.Equal(table.Columns.Select(c => c.Header), html.QuerySelectorAll("thead th").Select(th => th.TextContent));
            Assert.Equal(Expected(table), Rows(html));
        }
    }
}
