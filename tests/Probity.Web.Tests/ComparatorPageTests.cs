using System.Net;
using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// The national comparator page: the pooled figures of Core's <see cref="NationalComparator"/> as a table and the
/// nationalComparator JSON; a lead inspector or admin puts them on an unpublished inspection (audited), never a published one.
/// </summary>
public sealed class ComparatorPageTests(NationalWeb national) : IClassFixture<NationalWeb>
{
    private const string Query = "?provider-type=CRC&framework=hmip-crc-2019";

    private WebFactory Web => national.Web;

    private async Task<ComparatorBlock> ExpectedAsync()
    {
        var framework = FrameworkCatalog.Get("hmip-crc-2019");
        var pool = NationalComparator.Pool(framework, new AnalysisScope { Framework = framework.Id, ProviderType = ProviderType.CRC });
        return NationalComparator.Build(framework, await Web.Store.Analysis.LoadAsync(pool, AnalysisCatalog.ComparatorReads), pool);
    }

    [Fact]
    public async Task An_analyst_sees_the_pooled_table_and_downloads_the_block_but_cannot_apply_it()
    {
        var expected = await ExpectedAsync();
        var analyst = await Web.SignInAsync("demo.analyst");

        var page = await analyst.GetAsync($"/analysis/comparator{Query}");
        var json = await analyst.Client.GetAsync($"/analysis/comparator/json{Query}");

        Assert.Equal(200, page.Status);
        var table = expected.Analysis.Tables[0];
        Assert.Equal(PrintedTables.Expected(table), PrintedTables.Rows(page.Document.QuerySelector("table[data-table='results']")!));
        Assert.Equal(expected.Analysis.Inspections.ToString(), page.Document.QuerySelector("[data-testid=pooled]")!.TextContent);
        Assert.True(expected.Analysis.Inspections > 1);
        Assert.Equal(expected.ToJson(), page.Document.QuerySelector("[data-testid=comparator-json]")!.TextContent);
        Assert.Null(page.Document.QuerySelector("select#inspection"));
        // The download named in analysts' words, not by the exchange format's key.
        Assert.Contains(page.Document.QuerySelectorAll("a[download]"), a => a.TextContent == "Download the national figures as JSON");

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("national-comparator.json", json.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(expected.ToJson(), await json.Content.ReadAsStringAsync());

        var refused = await analyst.PostFormAsync($"/analysis/comparator{Query}", new() { ["inspection"] = national.Northumbria.ToString() });
        Assert.Equal(403, refused.Status);
        Assert.DoesNotContain(await Web.Store.Audit.ForInspectionAsync(national.Northumbria), e => e.UserName == "demo.analyst");
    }

    [Fact]
    public async Task A_lead_inspector_puts_the_figures_on_an_unpublished_inspection_and_the_audit_log_names_them()
    {
        var lead = await Web.SignInAsync("demo.lead");
        var page = await lead.GetAsync($"/analysis/comparator{Query}");
        var options = page.Document.QuerySelectorAll("select#inspection option").Select(o => o.GetAttribute("value")).Where(v => v is { Length: > 0 }).ToList();
        Assert.Equal([national.Northumbria.ToString()], options); // the synthetic inspections are published

        var response = await lead.PostFormAsync($"/analysis/comparator{Query}", new() { ["inspection"] = national.Northumbria.ToString() });

        Assert.Equal(302, response.Status);
        Assert.Equal($"/analysis/comparator{Query}&applied={national.Northumbria}", response.Location);
        var entry = Assert.Single(await Web.Store.Audit.ForInspectionAsync(national.Northumbria), e => e.Action == "national-comparator");
        Assert.Equal("demo.lead", entry.UserName);
        var expected = await ExpectedAsync();
        Assert.Contains($"\"ro.poCaseloadUnmanageable\"", entry.After);
        Assert.Contains(expected.Comparator.Source!, entry.After);
        var banner = await lead.GetAsync(response.Location!);
        Assert.Contains("These figures are now the national comparator of NB-2019", banner.Document.QuerySelector(".govuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task A_published_inspection_or_one_of_another_framework_is_refused_and_nothing_changes()
    {
        var inspections = await Web.Store.Inspections.ListAsync();
        var published = inspections.First(i => i.Framework == "hmip-crc-2019" && i.Status == InspectionStatus.Published);
        var other = inspections.First(i => i.Framework == "hmip-pdu-2021");
        var admin = await Web.SignInAsync("demo.admin");

        var refused = await admin.PostFormAsync($"/analysis/comparator{Query}", new() { ["inspection"] = published.Id.ToString() });
        var mismatched = await admin.PostFormAsync($"/analysis/comparator{Query}", new() { ["inspection"] = other.Id.ToString() });
        var none = await admin.PostFormAsync($"/analysis/comparator{Query}", new() { ["inspection"] = "" });
        var unknown = await admin.PostFormAsync($"/analysis/comparator{Query}", new() { ["inspection"] = "999999" });

        Assert.Equal([$"inspection {published.Id} is published, so its national comparison figures are final"], refused.ErrorSummary);
        Assert.StartsWith("Error: ", refused.Title);
        Assert.Equal("#inspection", refused.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Single(mismatched.ErrorSummary);
        Assert.Contains("is under hmip-pdu-2021, not hmip-crc-2019", mismatched.ErrorSummary[0]);
        Assert.Equal(["Select the inspection to put the figures on"], none.ErrorSummary);
        Assert.Equal(404, unknown.Status);
        foreach (var id in new[] { published.Id, other.Id })
            Assert.DoesNotContain(await Web.Store.Audit.ForInspectionAsync(id), e => e.Action == "national-comparator");
    }

    [Fact]
    public async Task Without_a_framework_the_page_asks_for_one()
    {
        var analyst = await Web.SignInAsync("demo.analyst");

        var first = await analyst.GetAsync("/analysis/comparator");
        var sent = await analyst.GetAsync("/analysis/comparator?framework=&year=");
        var empty = await analyst.GetAsync("/analysis/comparator?framework=hmip-crc-2019&year=2030%2F31");

        Assert.Equal(200, first.Status);
        Assert.Empty(first.ErrorSummary);
        Assert.Empty(first.Document.QuerySelectorAll("table"));
        Assert.Equal(["Framework: select the framework version of the inspections that will print the figures"], sent.ErrorSummary);
        Assert.Contains("No stored inspection is in the scope", empty.Document.QuerySelector("[data-testid=empty-scope]")!.TextContent);
    }
}
