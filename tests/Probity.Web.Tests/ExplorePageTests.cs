using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Probity.Data.Analysis;
using Probity.Explore.Engine;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// /analysis/explore prints what the explore engine answers over the same store, suppresses small cells exactly as the
/// engine (and so the CLI) does, in the page and in its CSV, and explains a question it cannot read in the error summary.
/// </summary>
public sealed class ExplorePageTests(NationalWeb national) : IClassFixture<NationalWeb>
{
    private WebFactory Web => national.Web;

    private async Task<ExploreResult> EngineAsync(string measure, string? where, string? by)
    {
        var (data, _) = await Web.Services.GetRequiredService<ExploreStore>().CurrentAsync();
        return data.Answer(data.Ask(measure, where, by));
    }

    private static List<List<string>> PrintedRows(WebSession.Response page) =>
        [.. page.Document.QuerySelectorAll("table[data-table=explore] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())];

    [Fact]
    public async Task A_question_s_table_is_the_engine_s_answer()
    {
        var expected = await EngineAsync("2.1.3", "provider-type=CRC", "sex,rosh");
        var analyst = await Web.SignInAsync("demo.analyst");

        var page = await analyst.GetAsync("/analysis/explore?measure=2.1.3&where=provider-type%3DCRC&by=sex&then-by=rosh");

        Assert.Equal(200, page.Status);
        Assert.Empty(page.ErrorSummary);
        var rows = ExploreOutput.Rows(expected).Select(r => r.ToList()).ToList();
        Assert.True(rows.Count > 3, "the national programme has several sexes and RoSH levels");
        Assert.Equal(rows, PrintedRows(page));
        Assert.Equal(ExploreOutput.Headings(expected), page.Document.QuerySelectorAll("table[data-table=explore] th").Select(th => th.TextContent.Trim()));
        Assert.NotNull(page.Document.QuerySelector("figure svg[role=img]"));
        // The page says what the answer is counted over, and when the engine's data was last brought up to date.
        var (data, asOf) = await Web.Services.GetRequiredService<ExploreStore>().CurrentAsync();
        Assert.Equal($"{data.InspectionCount:N0} published inspections, {data.CaseCount:N0} cases, as of {asOf.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)} UTC.",
            page.Document.QuerySelector("[data-testid=as-of]")!.TextContent.Trim());
        // The form keeps the question, so the page can be changed and shared.
        Assert.Equal("provider-type=CRC", page.Document.QuerySelector("#where")!.GetAttribute("value"));
        Assert.Equal("rosh", page.Document.QuerySelector("#then-by option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_suppressed_cell_shows_fewer_than_5_in_the_page_and_in_the_csv()
    {
        // Narrow questions split by inspection: the first of these with a cell of fewer than 5 cases.
        (string Where, string By)[] candidates =
        [
            ("provider-type=CRC and disability-sight=yes", "inspection"),
            ("provider-type=CRC and sex=female", "inspection,rosh"),
            ("provider-type=CRC and iom=yes", "inspection,rosh"),
        ];
        var (where, by, expected) = (candidates[0].Where, candidates[0].By, await EngineAsync("2.1.3", candidates[0].Where, candidates[0].By));
        foreach (var candidate in candidates.Skip(1))
        {
            if (expected.Cells.Any(c => c.Suppressed)) break;
            (where, by, expected) = (candidate.Where, candidate.By, await EngineAsync("2.1.3", candidate.Where, candidate.By));
        }
        Assert.True(expected.Cells.Any(c => c.Suppressed), "a cell of fewer than 5 cases");
        var splits = by.Split(',');
        var query = $"measure=2.1.3&where={Uri.EscapeDataString(where)}&by={splits[0]}" + (splits.Length > 1 ? $"&then-by={splits[1]}" : "");
        var analyst = await Web.SignInAsync("demo.analyst");

        var page = await analyst.GetAsync($"/analysis/explore?{query}");
        var csv = await analyst.Client.GetAsync($"/analysis/explore/csv?{query}");
        var json = await analyst.Client.GetAsync($"/analysis/explore/json?{query}");

        var rows = PrintedRows(page);
        Assert.Equal(expected.Cells.Concat(expected.Totals).Count(c => c.Suppressed), rows.Count(r => r.Contains(ExploreOutput.Suppressed)));
        Assert.Equal(ExploreOutput.Rows(expected).Select(r => r.ToList()), rows);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("explore.csv", csv.Content.Headers.ContentDisposition!.FileName);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Equal(ExploreOutput.Csv(expected), text);
        Assert.Contains("fewer than 5", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Contains("\"suppressed\": true", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("measure=9.9.9", "measure")]
    [InlineData("measure=2.1.3&where=sex%3D", "where")]
    [InlineData("measure=2.1.3&where=colour%3Dblue", "where")]
    [InlineData("where=sex%3Dfemale", "measure")]
    public async Task A_question_the_engine_cannot_read_is_explained_in_the_error_summary(string query, string field)
    {
        var analyst = await Web.SignInAsync("demo.analyst");

        var page = await analyst.GetAsync($"/analysis/explore?{query}");
        var csv = await analyst.GetAsync($"/analysis/explore/csv?{query}");

        Assert.Equal(200, page.Status);
        Assert.Single(page.ErrorSummary);
        Assert.Equal($"#{field}", page.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("table[data-table=explore]"));
        Assert.DoesNotContain("Exception", page.Html, StringComparison.Ordinal);
        // The download of a bad question is the page with its error, never a file or a 500.
        Assert.Equal(200, csv.Status);
        Assert.Single(csv.ErrorSummary);
    }

    [Fact]
    public async Task The_empty_form_asks_and_the_analysis_index_links_it()
    {
        var analyst = await Web.SignInAsync("demo.analyst");

        var page = await analyst.GetAsync("/analysis/explore");
        var index = await analyst.GetAsync("/analysis");

        Assert.Equal(200, page.Status);
        Assert.Empty(page.ErrorSummary);
        Assert.NotNull(page.Document.QuerySelector("form[method=get] #measure"));
        Assert.Null(page.Document.QuerySelector("table[data-table=explore]"));
        Assert.Equal("/analysis/explore", index.Document.QuerySelector("[data-testid=explore-link] a")!.GetAttribute("href"));
    }
}
