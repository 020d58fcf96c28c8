using System.Net;
using AngleSharp.Dom;
using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Reports.Analysis;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// The analyst's dashboards print exactly what Core's analyses compute over the same store: every table (its first
/// rows), every chart, the notes, and the same CSV and JSON as `./probity analyse`. Bad scopes are explained field by field.
/// </summary>
public sealed class AnalysisDashboardTests(NationalWeb national) : IClassFixture<NationalWeb>
{
    private WebFactory Web => national.Web;

    public static TheoryData<string> Analyses() => new(AnalysisCatalog.All.Select(a => a.Name));

    [Fact]
    public async Task The_index_links_every_analysis_carrying_the_scope()
    {
        var analyst = await Web.SignInAsync("demo.analyst");

        var page = await analyst.GetAsync("/analysis?year=2019%2F20&provider-type=CRC");

        Assert.Equal(200, page.Status);
        var links = page.Document.QuerySelectorAll("[data-testid=analyses] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([.. AnalysisCatalog.All.Select(a => $"/analysis/{a.Name}?year=2019%2F20&provider-type=CRC"), "/analysis/comparator?year=2019%2F20&provider-type=CRC"], links);
        var expected = (await Web.Store.Analysis.LoadAsync(new AnalysisScope { Year = new ProgrammeYear(2019), ProviderType = ProviderType.CRC }, AnalysisData.None)).Count;
        Assert.True(expected > 1, "the synthetic programme has round-two CRC inspections");
        Assert.Contains($"{expected} published inspections are in the scope", page.Document.QuerySelector("[data-testid=scope-count]")!.TextContent);
    }

    [Fact]
    public async Task The_ratings_page_prints_what_RatingAnalysis_computes_on_the_same_store()
    {
        var scope = new AnalysisScope { ProviderType = ProviderType.CRC };
        var result = RatingAnalysis.Run(await Web.Store.Analysis.LoadAsync(scope, AnalysisData.Tallies | AnalysisData.RatingInputs), scope);
        var analyst = await Web.SignInAsync("demo.analyst");

        var page = await analyst.GetAsync("/analysis/ratings?provider-type=CRC");

        Assert.Equal(200, page.Status);
        PrintedTables.AssertMatch(result, page.Document);
        Assert.NotEmpty(result.Table("overall").Rows);
        Assert.Contains($"{result.Inspections} inspections: CRC inspections.", page.Document.QuerySelector("[data-testid=scope-described]")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Analyses))]
    public async Task Every_analysis_page_shows_its_charts_tables_and_notes(string name)
    {
        var definition = AnalysisCatalog.Find(name)!;
        var result = definition.Run(await Web.Store.Analysis.LoadAsync(AnalysisScope.Everything, definition.Reads), AnalysisScope.Everything);
        var analyst = await Web.SignInAsync("demo.analyst");

        var page = await analyst.GetAsync($"/analysis/{name}");

        Assert.Equal(200, page.Status);
        Assert.Equal($"{definition.Title} – Probity – HM Inspectorate of Probation", page.Title);
        PrintedTables.AssertMatch(result, page.Document);
        var charts = page.Document.QuerySelectorAll("figure svg[role=img]");
        Assert.Equal(result.Charts.Count, charts.Length);
        for (var c = 0; c < charts.Length; c++)
        {
            Assert.Equal(result.Charts[c].Title, charts[c].QuerySelector("title")!.TextContent);
            Assert.Equal(result.Charts[c].Description, charts[c].ParentElement!.QuerySelector("figcaption")!.TextContent);
            // The table the chart is drawn from follows it.
            var next = charts[c].ParentElement!.NextElementSibling;
            Assert.True(next?.QuerySelector("table") is null || next.QuerySelector("table")!.GetAttribute("data-table") == result.Charts[c].TableKey);
        }
        Assert.Equal(result.Notes, page.Document.QuerySelectorAll("[data-testid=notes] li").Select(li => li.TextContent));
        foreach (var table in result.Tables)
        {
            var cut = page.Document.QuerySelector($"table[data-table='{table.Key}']")!.ParentElement!.NextElementSibling!.QuerySelector("[data-testid=rows-cut]");
            Assert.Equal(table.Rows.Count > AnalysisOutput.HtmlRowLimit, cut is not null);
        }
    }

    [Fact]
    public async Task A_long_table_shows_its_first_300_rows_and_says_so()
    {
        var analyst = await Web.SignInAsync("demo.analyst");
        var page = await analyst.GetAsync("/analysis/national");
        var table = page.Document.QuerySelector("table[data-table='by-inspection']")!;
        var note = table.ParentElement!.NextElementSibling!.QuerySelector("[data-testid=rows-cut]");

        Assert.Equal(AnalysisOutput.HtmlRowLimit, table.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(note);
        Assert.StartsWith("The first 300 of ", note.TextContent);
    }

    [Fact]
    public async Task Numbers_are_right_aligned_and_text_is_not()
    {
        var analyst = await Web.SignInAsync("demo.analyst");
        var page = await analyst.GetAsync("/analysis/cases");
        var row = page.Document.QuerySelector("table[data-table='inspections'] tbody tr")!;
        var cells = row.QuerySelectorAll("td");

        Assert.DoesNotContain("govuk-table__cell--numeric", cells[0].ClassName);
        Assert.Contains(cells, c => c.ClassList.Contains("govuk-table__cell--numeric") && long.TryParse(c.TextContent, out _));
    }

    [Fact]
    public async Task A_scope_that_cannot_be_read_is_explained_field_by_field_and_nothing_is_analysed()
    {
        var analyst = await Web.SignInAsync("demo.analyst");

        var page = await analyst.GetAsync("/analysis/national?from=2019-13-01&to=2020-01-01&year=2019&provider-type=Prison&framework=hmip-xyz");

        Assert.Equal(200, page.Status);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(
        [
            "Fieldwork starting from: \"2019-13-01\" is not a date in the form yyyy-mm-dd",
            "Programme year: \"2019\" is not a programme year such as 2019/20",
            $"Provider type: \"Prison\" is not one of {string.Join(", ", ScopeInput.ProviderTypes)}",
            $"Framework: \"hmip-xyz\" is not known (known: {string.Join(", ", FrameworkCatalog.Ids)})",
        ], page.ErrorSummary);
        Assert.Equal(["#from", "#year", "#provider-type", "#framework"], page.Document.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        foreach (var field in new[] { "from", "year", "provider-type", "framework" })
            Assert.NotNull(page.Document.QuerySelector($"#{field}-error"));
        // What was typed is shown again, and no analysis is printed.
        Assert.Equal("2019-13-01", page.Document.QuerySelector("#from")!.GetAttribute("value"));
        Assert.Equal("Prison", page.Document.QuerySelector("#provider-type option[selected]")!.GetAttribute("value"));
        Assert.Empty(page.Document.QuerySelectorAll("table"));

        var reversed = await analyst.GetAsync("/analysis/national?from=2020-01-01&to=2019-01-01");
        Assert.Equal(["Fieldwork starting from: 2020-01-01 is after the end of the period, 2019-01-01"], reversed.ErrorSummary);

        var download = await analyst.Client.GetAsync("/analysis/national/json?year=19");
        Assert.Equal("text/html", download.Content.Headers.ContentType!.MediaType);
        Assert.Contains("is not a programme year", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_scope_with_no_inspection_says_so()
    {
        var analyst = await Web.SignInAsync("demo.analyst");

        var page = await analyst.GetAsync("/analysis/ratings?year=2030%2F31");

        Assert.Equal(200, page.Status);
        Assert.Empty(page.ErrorSummary);
        Assert.Contains("No stored inspection is in the scope (programme year 2030/31)", page.Document.QuerySelector("[data-testid=empty-scope]")!.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll("table"));
    }

    [Fact]
    public async Task An_unknown_analysis_or_download_is_a_404_page()
    {
        var analyst = await Web.SignInAsync("demo.analyst");
        foreach (var path in new[] { "/analysis/no-such-analysis", "/analysis/ratings/xml", "/analysis/ratings/csv?table=no-such-table", "/analysis/comparator/pdf" })
        {
            var response = await analyst.GetAsync(path);
            Assert.True(response.Status == 404, $"{path}: {response.Status}");
            Assert.Contains("Page not found", response.Html);
        }
    }

    [Fact]
    public async Task The_downloads_are_the_same_files_as_the_command_line_writes()
    {
        var scope = new AnalysisScope { ProviderType = ProviderType.CRC, RevisitedOnly = true };
        var definition = AnalysisCatalog.Find("interviews")!;
        var result = definition.Run(await Web.Store.Analysis.LoadAsync(scope, definition.Reads), scope);
        var analyst = await Web.SignInAsync("demo.analyst");

        var json = await analyst.Client.GetAsync("/analysis/interviews/json?provider-type=CRC&revisited-only=true");
        var csv = await analyst.Client.GetAsync("/analysis/interviews/csv?provider-type=CRC&revisited-only=true&table=workload-by-grade");

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal("interviews.json", json.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(AnalysisOutput.Json(result), await json.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("interviews-workload-by-grade.csv", csv.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(AnalysisOutput.Csv(result.Table("workload-by-grade")), await csv.Content.ReadAsStringAsync());
        Assert.True(result.Table("workload-by-grade").Rows.Count > 0);

        // The page links to exactly these downloads.
        var page = await analyst.GetAsync("/analysis/interviews?provider-type=CRC&revisited-only=true");
        var hrefs = page.Document.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/analysis/interviews/json?provider-type=CRC&revisited-only=true", hrefs);
        Assert.Contains("/analysis/interviews/csv?provider-type=CRC&revisited-only=true&table=workload-by-grade", hrefs);
    }
}
