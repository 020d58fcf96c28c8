using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// An inspection that is not yet published belongs to its team: the demo's Northumbria inspection, at the ratings panel,
/// appears in no analysis page, comparator or download an analyst can open, and is counted in none of their figures.
/// </summary>
public sealed class DraftsStayInsideTheTeamTests(NationalWeb national) : IClassFixture<NationalWeb>
{
    private static readonly string[] DraftMarks = ["NB-2019", "Northumbria"];

    private WebFactory Web => national.Web;

    public static TheoryData<string> Analyses() => new(AnalysisCatalog.All.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Analyses))]
    public async Task A_draft_is_in_no_analysis_page_or_download(string name)
    {
        var draft = await Web.Store.Inspections.GetAsync(national.Northumbria);
        Assert.NotEqual(InspectionStatus.Published, draft.Status);
        var analyst = await Web.SignInAsync("demo.analyst");
        var definition = AnalysisCatalog.Find(name)!;
        var result = definition.Run(await Web.Store.Analysis.LoadAsync(AnalysisScope.Everything, definition.Reads), AnalysisScope.Everything);

        var downloads = new List<string> { $"/analysis/{name}", $"/analysis/{name}/json" };
        downloads.AddRange(result.Tables.Select(t => $"/analysis/{name}/csv?table={t.Key}"));
        foreach (var path in downloads)
        {
            var response = await analyst.GetAsync(path);
            Assert.Equal(200, response.Status);
            foreach (var mark in DraftMarks) Assert.DoesNotContain(mark, response.Html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_national_figures_count_the_published_inspections_and_no_other()
    {
        var published = (await Web.Store.Inspections.ListAsync()).Count(i => i.Status == InspectionStatus.Published);
        Assert.Equal(NationalWeb.Inspections, published);
        var analyst = await Web.SignInAsync("demo.analyst");

        var ratings = await analyst.GetAsync("/analysis/ratings");
        var index = await analyst.GetAsync("/analysis");

        Assert.StartsWith($"{published} inspections:", ratings.Document.QuerySelector("[data-testid=scope-described]")!.TextContent.Trim());
        Assert.Contains($"{published} published inspections are in the scope", index.Document.QuerySelector("[data-testid=scope-count]")!.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/json")]
    [InlineData("/csv")]
    public async Task The_comparator_pools_no_draft(string download)
    {
        var analyst = await Web.SignInAsync("demo.analyst");
        var scope = new AnalysisScope { Framework = "hmip-crc-2019" };
        var pooled = await Web.Store.Analysis.LoadAsync(scope, AnalysisCatalog.ComparatorReads);
        Assert.DoesNotContain(national.Northumbria, pooled.Select(i => i.Id));

        var response = await analyst.GetAsync($"/analysis/comparator{download}?framework=hmip-crc-2019");

        Assert.Equal(200, response.Status);
        foreach (var mark in DraftMarks) Assert.DoesNotContain(mark, response.Html, StringComparison.OrdinalIgnoreCase);
    }
}
