using Microsoft.AspNetCore.Mvc;
using Probity.Core.Analysis;
using Probity.Data.Analysis;
using Probity.Reports.Analysis;

namespace Probity.Web.Pages.Analysis;

/// <summary>
/// What every dashboard page has: the scope read from the query before the handler runs (each problem in the error
/// summary, linked to its field), and the downloads every table and result offers. The counting is Core's. Each page
/// names its own authorisation policy (the comparator admits lead inspectors too).
/// </summary>
public abstract class AnalysisPage(AnalysisStore analysis) : ProbityPage
{
    protected AnalysisStore Analysis => analysis;

    public ScopeQuery Query { get; private set; } = null!;

    /// <summary>The handlers a page answers besides the page itself (downloads); any other is a 404.</summary>
    protected virtual IReadOnlyList<string> Handlers => [];

    public override Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (RouteData.Values["handler"] is string handler && !Handlers.Contains(handler, StringComparer.OrdinalIgnoreCase))
            return Task.FromResult<IActionResult?>(NotFound());
        Query = ScopeQuery.Read(Request.Query);
        foreach (var problem in Query.Problems) Errors.Add(problem.Field, ScopeQuery.Message(problem));
        return Task.FromResult<IActionResult?>(null);
    }

    /// <summary>The inspections in the scope, tallies brought up to date first; empty when the scope could not be read.</summary>
    protected async Task<IReadOnlyList<InspectionFacts>> LoadAsync(AnalysisScope scope, AnalysisData reads) =>
        await analysis.LoadAsync(scope, reads, Aborted);

    /// <summary>A catalogue entry's "produces" text as a sentence: "Overall ratings …, with charts."</summary>
    public static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";

    protected static FileContentResult Download(string text, string contentType, string fileName) =>
        new(System.Text.Encoding.UTF8.GetBytes(text), contentType) { FileDownloadName = fileName };

    protected static FileContentResult Csv(AnalysisResult result, AnalysisTable table) =>
        Download(AnalysisOutput.Csv(table), "text/csv; charset=utf-8", AnalysisOutput.CsvFileName(result, table));
}
