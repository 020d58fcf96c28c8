using Microsoft.Playwright;
using Probity.Web.Demo;

namespace Probity.Web.BrowserTests;

/// <summary>
/// The guides in docs/guides walk each role through its pages; these stories walk the same pages on the demo data, on a
/// fixed clock, and take the pictures the guides show (<see cref="GuidePictures"/>). axe checks every page first. A site of
/// its own: the clock is the site's.
/// </summary>
public sealed class GuideStoriesTests
{
    private static readonly DateTimeOffset GuideDay = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_role_s_pages_are_walked_as_its_guide_shows_them()
    {
        var site = new LiveSite(new FixedClock(GuideDay));
        await site.InitializeAsync();
        try
        {
            // The national programme `./probity serve` adds, smaller: the analyst's pictures show figures, not empty tables.
            await DemoData.LoadNationalAsync(site.Store.Datasets, 12);
            var inspection = $"{site.BaseUrl}/inspections/{site.InspectionId}";
            await SignInPageAsync(site);
            await LeadInspectorAsync(site, inspection);
            await InspectorAsync(site, inspection);
            await RatingsPanelAsync(site, inspection);
            await AnalystAsync(site);
            await ProviderAsync(site);
            await AdministratorAsync(site);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    private static async Task SignInPageAsync(LiveSite site)
    {
        var page = await (await site.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync($"{site.BaseUrl}/sign-in");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(page, "sign-in");
        await page.Context.CloseAsync();
    }

    private static async Task LeadInspectorAsync(LiveSite site, string inspection)
    {
        var lead = await site.SignInAsync("demo.lead");
        await Assertions.Expect(lead.GetByRole(AriaRole.Link, new() { Name = "Start a new inspection" })).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(lead, "lead-home");
        await lead.GotoAsync(inspection);
        await Assertions.Expect(lead.Locator(".govuk-task-list")).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(lead, "task-list");
        await GuidePictures.TakeAsync(lead, "task-list-narrow", width: 375);
        await lead.GotoAsync($"{inspection}/sampling");
        await Assertions.Expect(lead.GetByRole(AriaRole.Button, new() { Name = "Draw and store the sample" })).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(lead, "sampling");
        await lead.GotoAsync($"{inspection}/cases");
        await Assertions.Expect(lead.GetByTestId("cases")).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(lead, "case-list");
        await lead.GotoAsync($"{inspection}/domain-one");
        await Assertions.Expect(lead.Locator("h1")).ToContainTextAsync("Domain-one evidence");
        await GuidePictures.TakeAsync(lead, "domain-one");
        await lead.Context.CloseAsync();
    }

    private static async Task InspectorAsync(LiveSite site, string inspection)
    {
        var inspector = await site.SignInAsync("demo.inspector");
        await Assertions.Expect(inspector.GetByRole(AriaRole.Link, new() { Name = site.UnansweredCase }).First).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(inspector, "inspector-home");
        await inspector.GotoAsync($"{inspection}/cases/{site.UnansweredCase}/2.1");
        await Assertions.Expect(inspector.GetByRole(AriaRole.Button, new() { Name = "Save as draft" })).ToBeVisibleAsync();
        // The sample in the inspectors' words, not the exchange format's token.
        await Assertions.Expect(inspector.Locator(".govuk-summary-list").First).ToContainTextAsync("Case supervision");
        await GuidePictures.TakeAsync(inspector, "case-form");
        await GuidePictures.TakeAsync(inspector, "case-form-narrow", width: 375);
        await inspector.GotoAsync($"{inspection}/cases/{site.UnansweredCase}/check");
        await Assertions.Expect(inspector.GetByTestId("case-status")).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(inspector, "check-answers");
        await inspector.Context.CloseAsync();
    }

    private static async Task RatingsPanelAsync(LiveSite site, string inspection)
    {
        var panel = await site.SignInAsync("demo.panel");
        await panel.GotoAsync($"{inspection}/panel");
        await Assertions.Expect(panel.GetByTestId("score")).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(panel, "ratings-panel");
        await panel.GotoAsync($"{inspection}/panel/standards/2.2");
        await Assertions.Expect(panel.Locator("h1")).ToContainTextAsync("2.2");
        await GuidePictures.TakeAsync(panel, "panel-decision");
        await panel.Context.CloseAsync();
    }

    private static async Task AnalystAsync(LiveSite site)
    {
        var analyst = await site.SignInAsync("demo.analyst");
        await analyst.GotoAsync($"{site.BaseUrl}/analysis");
        await Assertions.Expect(analyst.Locator("h1")).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(analyst, "analysis");
        await analyst.GotoAsync($"{site.BaseUrl}/analysis/ratings?provider-type=CRC");
        await Assertions.Expect(analyst.Locator("table").First).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(analyst, "analysis-ratings");
        await analyst.GotoAsync($"{site.BaseUrl}/analysis/explore?measure=2.1.3&where=provider-type%3DCRC+and+sex%3Dfemale&by=rosh");
        await Assertions.Expect(analyst.Locator("table[data-table=explore] tbody tr").First).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(analyst, "explore");
        await analyst.Context.CloseAsync();
    }

    private static async Task ProviderAsync(LiveSite site)
    {
        var provider = await site.SignInAsync("demo.provider");
        await Assertions.Expect(provider.Locator("h1")).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(provider, "provider-home");
        await provider.Context.CloseAsync();
    }

    private static async Task AdministratorAsync(LiveSite site)
    {
        var admin = await site.SignInAsync("demo.admin");
        await admin.GotoAsync($"{site.BaseUrl}/admin/users");
        await Assertions.Expect(admin.GetByText("demo.inspector2").First).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(admin, "admin-users");
        await admin.GotoAsync($"{site.BaseUrl}/admin/providers");
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Add a provider" })).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(admin, "admin-providers");
        await admin.Context.CloseAsync();
    }
}
