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
        // Each domain-one standard's own page, where the panel ratifies (or changes) the lead's proposed rating.
        await panel.GotoAsync($"{inspection}/panel/judgements/1.4");
        await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Ratify", Exact = true })).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(panel, "panel-ratify");
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

    /// <summary>
    /// The demo's inspection waits at the ratings panel, where its provider sees nothing of it: the provider's pages are taken
    /// of the same inspection at drafting, which the lead sends for factual accuracy and publishes. After the analyst's
    /// pictures, so the published copy is not in their figures.
    /// </summary>
    private static async Task ProviderAsync(LiveSite site)
    {
        var id = await DraftingNorthumbria.ImportAsync(site, "NB-2019");
        var report = $"{site.BaseUrl}/inspections/{id}/report";
        var today = DateOnly.FromDateTime(GuideDay.UtcDateTime);
        var publishing = new PublishingSteps(site);
        var lead = await site.SignInAsync("demo.lead");
        await lead.GotoAsync(report);
        await GuidePictures.TakeOfReportPdfAsync(lead, "report-draft-pdf", $"{report}/pdf", 1, "HMI Probation, draft report");
        await publishing.SendToTheProviderAsync(lead, id, today.AddDays(14));

        var provider = await site.SignInAsync("demo.provider");
        await Assertions.Expect(provider.GetByTestId("to-check")).ToContainTextAsync("NB-2019");
        await GuidePictures.TakeAsync(provider, "provider-home");
        await PublishingSteps.CommentAsync(provider, id, "Background", "The report says we have six offices; we have seven since the Hexham office opened in June 2019.");
        await DecideAsync(lead, site, id, "Background", "Decline: the report stands as it is",
            "The report counts the offices open to people on probation during the fieldwork; Hexham opened to them in October 2019.");
        await provider.GotoAsync($"{site.BaseUrl}/inspections/{id}/factual-accuracy");
        await Assertions.Expect(provider.GetByTestId("outcome-reason")).ToContainTextAsync("Hexham");
        await provider.GetByLabel("Section of the report").SelectOptionAsync(new SelectOptionValue { Label = "Contextual facts" });
        await provider.GetByLabel("Your comment").FillAsync("The caseload given is from March 2019; at the start of the fieldwork it was 6,114.");
        await GuidePictures.TakeAsync(provider, "factual-accuracy");
        await provider.GetByRole(AriaRole.Button, new() { Name = "Send the comment" }).ClickAsync();
        await Assertions.Expect(provider.GetByTestId("done")).ToContainTextAsync("Your comment is recorded");
        await DecideAsync(lead, site, id, "Contextual facts", "Accept: the report is changed", "The caseload is now the one at the start of the fieldwork.");
        await publishing.PublishAsync(lead, id, today, "Demo Provider Contact");
        await lead.Context.CloseAsync();

        await provider.GotoAsync(site.BaseUrl);
        await Assertions.Expect(provider.GetByTestId("reports")).ToContainTextAsync("NB-2019");
        await GuidePictures.TakeAsync(provider, "provider-home-published");
        await provider.GetByTestId("reports").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(provider.GetByTestId("action-plan-link")).ToBeVisibleAsync();
        await GuidePictures.TakeAsync(provider, "provider-report");
        await GuidePictures.TakeOfReportPdfAsync(provider, "report-published-pdf", $"{report}/pdf", 5, "Overall rating");
        await provider.GetByRole(AriaRole.Link, new() { Name = "The provider's action plan" }).ClickAsync();
        await FillResponseAsync(provider, 1, "Agreed", "Every officer who assesses risk of harm completes the refreshed OASys training by March; managers check one assessment a month each.", null);
        await SaveResponseAsync(provider, 1, "Agreed");
        await FillResponseAsync(provider, 2, "Partially agreed",
            "Home visits for every case assessed as high risk of harm; for others, when the plan calls for one. Staffing does not allow a visit in every case.", today.AddMonths(6));
        await GuidePictures.TakeAsync(provider, "action-plan-response");
        await SaveResponseAsync(provider, 2, "Partially agreed");
        await GuidePictures.TakeAsync(provider, "action-plan");
        await provider.Context.CloseAsync();
    }

    /// <summary>The lead decides the provider's comment on <paramref name="section"/>, from the factual accuracy page.</summary>
    private static async Task DecideAsync(IPage lead, LiveSite site, long id, string section, string outcome, string reason)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/factual-accuracy");
        await lead.GetByRole(AriaRole.Link, new() { Name = $"Decide the outcome of the comment on {section}" }).ClickAsync();
        await lead.GetByLabel(outcome).CheckAsync();
        await lead.GetByLabel("Reason or what was changed").FillAsync(reason);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("outcome-reason").Filter(new() { HasText = reason })).ToBeVisibleAsync();
    }

    /// <summary>The provider's contact opens the response to one recommendation from the action plan page and fills it in.</summary>
    private static async Task FillResponseAsync(IPage provider, int number, string response, string actions, DateOnly? target)
    {
        await provider.GetByRole(AriaRole.Link, new() { Name = $"Respond to recommendation {number}" }).ClickAsync();
        await provider.GetByLabel(response, new() { Exact = true }).CheckAsync();
        await provider.GetByLabel("Actions").FillAsync(actions);
        await provider.GetByLabel("Owner").FillAsync("Head of quality");
        if (target is { } date) await PublishingSteps.FillDateAsync(provider, date);
    }

    /// <summary>The response saved: the action plan page shows it against its recommendation.</summary>
    private static async Task SaveResponseAsync(IPage provider, int number, string response)
    {
        await provider.GetByRole(AriaRole.Button, new() { Name = "Save the response" }).ClickAsync();
        await Assertions.Expect(provider.GetByTestId("response").Nth(number - 1)).ToHaveTextAsync(response);
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
