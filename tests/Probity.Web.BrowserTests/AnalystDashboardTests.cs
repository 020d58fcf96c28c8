using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Probity.Core.Analysis;
using Probity.Web.Demo;

namespace Probity.Web.BrowserTests;

/// <summary>
/// The analyst's dashboards in a real browser over the demo's synthetic national programme: every analysis page, its
/// charts (SVG with a title, the table beside) and the error state, with axe finding no WCAG 2.x A/AA violation.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class AnalystDashboardTests(LiveSite site)
{
    private static readonly SemaphoreSlim Loading = new(1, 1);
    private static bool _loaded;

    /// <summary>The national programme `./probity serve` adds, smaller, into the shared site once.</summary>
    private async Task LoadNationalAsync()
    {
        await Loading.WaitAsync();
        try
        {
            if (!_loaded) await DemoData.LoadNationalAsync(site.Store.Datasets, 12);
            _loaded = true;
        }
        finally
        {
            Loading.Release();
        }
    }

    [Fact]
    public async Task An_analyst_chooses_a_scope_and_reads_every_analysis()
    {
        await LoadNationalAsync();
        var page = await site.SignInAsync("demo.analyst");
        await page.GetByRole(AriaRole.Link, new() { Name = "Analysis across inspections" }).ClickAsync();
        await page.WaitForURLAsync($"{site.BaseUrl}/analysis");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Provider type").SelectOptionAsync("CRC");
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose these inspections" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("scope-count")).ToContainTextAsync("CRC inspections");
        await LiveSite.AssertAccessibleAsync(page);

        foreach (var analysis in AnalysisCatalog.All)
        {
            await page.GotoAsync($"{site.BaseUrl}/analysis?provider-type=CRC");
            await page.GetByRole(AriaRole.Link, new() { Name = analysis.Title, Exact = true }).ClickAsync();
            await page.WaitForURLAsync(new Regex($"/analysis/{analysis.Name}\\?provider-type=CRC$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(analysis.Title);
            await Assertions.Expect(page.Locator("table[data-table]").First).ToBeVisibleAsync();
            // Each chart is an image with a name, and its table follows it.
            var charts = page.Locator("figure svg[role=img]");
            for (var c = 0; c < await charts.CountAsync(); c++)
                Assert.False(string.IsNullOrWhiteSpace(await charts.Nth(c).Locator("title").First.TextContentAsync()), $"{analysis.Name}: chart {c} has no title");
            await LiveSite.AssertAccessibleAsync(page);
        }

        // A scope with mistakes: the error summary takes focus and its links lead to the fields.
        await page.GotoAsync($"{site.BaseUrl}/analysis/ratings");
        await page.GetByText("Change which inspections").ClickAsync();
        await page.GetByLabel("Fieldwork starting from").FillAsync("1 April 2019");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the analysis" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        Assert.StartsWith("Error: ", await page.TitleAsync());
        await LiveSite.AssertAccessibleAsync(page);
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("#from")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_lead_inspector_pools_the_comparator_and_puts_it_on_the_demo_inspection()
    {
        await LoadNationalAsync();
        var page = await site.SignInAsync("demo.lead");
        await page.GetByRole(AriaRole.Link, new() { Name = "National comparator (\"All CRCs\")" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Framework", new() { Exact = true }).SelectOptionAsync("hmip-crc-2019");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pool the figures" }).ClickAsync();
        await Assertions.Expect(page.Locator("table[data-table='results']")).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Inspection", new() { Exact = true }).SelectOptionAsync(site.InspectionId.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Put the figures on this inspection" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("These figures are now the national comparator of");
        await LiveSite.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task An_analyst_asks_a_question_of_the_answers_and_shares_it()
    {
        await LoadNationalAsync();
        var page = await site.SignInAsync("demo.analyst");
        await page.GotoAsync($"{site.BaseUrl}/analysis");
        await page.GetByRole(AriaRole.Link, new() { Name = "Explore the answers" }).ClickAsync();
        await page.WaitForURLAsync($"{site.BaseUrl}/analysis/explore");
        await LiveSite.AssertAccessibleAsync(page);

        // A question the engine cannot read: its message in the error summary, linked to the field.
        await page.GetByLabel("What to count").FillAsync("9.9.9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Answer the question" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await LiveSite.AssertAccessibleAsync(page);
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("#measure")).ToBeFocusedAsync();

        await page.GetByLabel("What to count").FillAsync("2.1.3");
        await page.GetByLabel("Which cases (optional)").FillAsync("provider-type=CRC and sex=female");
        await page.GetByLabel("Split by (optional)", new() { Exact = true }).SelectOptionAsync("rosh");
        await page.GetByLabel("Then split by (optional)").SelectOptionAsync("ro-grade");
        await page.GetByRole(AriaRole.Button, new() { Name = "Answer the question" }).ClickAsync();
        // The address is the whole question.
        await page.WaitForURLAsync(new Regex("/analysis/explore\\?measure=2\\.1\\.3&where=provider-type%3DCRC\\+and\\+sex%3Dfemale&by=rosh&then-by=ro-grade$"));
        await Assertions.Expect(page.Locator("table[data-table=explore] tbody tr").First).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("figure svg[role=img] title").First.TextContentAsync()));
        await LiveSite.AssertAccessibleAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the table as CSV" }).ClickAsync());
        Assert.Equal("explore.csv", download.SuggestedFilename);
    }
}
