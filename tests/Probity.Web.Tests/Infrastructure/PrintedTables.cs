using AngleSharp.Dom;
using Probity.Core.Analysis;

namespace Probity.Web.Tests.Infrastructure;

/// <summary>An analysis table as a page prints it and as it should be printed: its first rows, cell by cell, as text.</summary>
public static class PrintedTables
{
    public static List<List<string>> Rows(IElement table) =>
        table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToList()).ToList();

    public static List<List<string>> Expected(AnalysisTable table) =>
        table.Rows.Take(AnalysisOutput.HtmlRowLimit).Select(r => r.Select(c => AnalysisOutput.Cell(c) ?? "").ToList()).ToList();
}
