using Probity.Core.Analysis;
using Probity.Data.Analysis;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Analysis;

/// <summary>The analyst's start: the scope form, and every analysis of <see cref="AnalysisCatalog"/> linked with that scope.</summary>
public sealed class IndexModel(AnalysisStore analysis, ProbityLinks links) : AnalysisPage(analysis)
{
    public override string Title => "National analysis";
    public override string? BackLink => links.Home();

    /// <summary>How many stored inspections the scope holds; null when the scope could not be read.</summary>
    public int? Inspections { get; private set; }

    /// <summary>The scope the links carry: none when it could not be read, so a link never leads to the same errors.</summary>
    public string Links => Query.Scope is null ? "" : Query.QueryString;

    public async Task OnGetAsync()
    {
        if (Query.Scope is { } scope) Inspections = (await LoadAsync(scope, AnalysisData.None)).Count;
    }
}
