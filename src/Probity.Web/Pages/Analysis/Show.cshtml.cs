using Microsoft.AspNetCore.Mvc;
using Probity.Core.Analysis;
using Probity.Data.Analysis;
using Probity.Reports.Analysis;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Analysis;

/// <summary>
/// One analysis of <see cref="AnalysisCatalog"/> over the scope in the query: each chart with the table it is drawn
/// from, the other tables, the notes on method, and the CSV and JSON downloads (the same files as <c>./probity analyse</c>).
/// </summary>
public sealed class ShowModel(AnalysisStore analysis, ProbityLinks links) : AnalysisPage(analysis)
{
    public AnalysisDefinition Definition { get; private set; } = null!;
    public AnalysisResult? Result { get; private set; }

    /// <summary>True when the scope was read but holds no stored inspection.</summary>
    public bool NoInspections { get; private set; }

    public override string Title => Definition.Title;
    public override string? BackLink => links.Analysis() + (Query.Scope is null ? "" : Query.QueryString);

    protected override IReadOnlyList<string> Handlers => ["json", "csv"];

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (AnalysisCatalog.Find(RouteData.Values["name"] as string ?? "") is not { } definition) return NotFound();
        Definition = definition;
        return await base.LoadAsync(ct);
    }

    public async Task OnGetAsync() => await RunAsync();

    public async Task<IActionResult> OnGetJsonAsync() =>
        await RunAsync() is { } result ? Download(AnalysisOutput.Json(result), "application/json; charset=utf-8", AnalysisOutput.JsonFileName(result)) : Page();

    public async Task<IActionResult> OnGetCsvAsync(string? table)
    {
        if (await RunAsync() is not { } result) return Page();
        return result.Tables.FirstOrDefault(t => t.Key == table) is { } chosen ? Csv(result, chosen) : NotFound();
    }

    private async Task<AnalysisResult?> RunAsync()
    {
        if (Query.Scope is not { } scope) return null;
        var inspections = await LoadAsync(scope, Definition.Reads);
        NoInspections = inspections.Count == 0;
        return Result = NoInspections ? null : Definition.Run(inspections, scope);
    }
}
