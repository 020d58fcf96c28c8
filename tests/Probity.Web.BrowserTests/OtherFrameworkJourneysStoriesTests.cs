using Microsoft.Playwright;
using Probity.Web.Demo;

namespace Probity.Web.BrowserTests;

/// <summary>
/// The shorter journeys of issue 13, for the framework versions Probity draws no sample for: a PDU 2021 inspection with
/// court work not inspected, and an unrated Quality &amp; Impact 2017 one. The admin adds the provider, the lead starts
/// the inspection and adds cases to the sample by hand, two inspectors assess a case each, and the inspection reaches the
/// ratings panel, where its figures agree with the exported inspection rated as <c>./probity rate</c> rates it (for the
/// Quality &amp; Impact one, each case added by hand says which organisation managed it, as its export needs).
/// axe on every page visited; each journey on a site of its own.
/// </summary>
public sealed class OtherFrameworkJourneysStoriesTests
{
    [Fact]
    public async Task A_pdu_2021_inspection_without_court_work_reaches_the_panel_with_that_standard_not_inspected()
    {
        await OnItsOwnSiteAsync(async (site, steps) =>
        {
            var (panel, id) = await ReachThePanelAsync(site, steps, "Gateshead PDU", "Probation delivery unit (PDU)", "North East",
                new("Gateshead PDU", "hmip-pdu-2021", "GH-2022", new(2022, 5, 9), new(2022, 5, 20)) { NotInspected = ["2.1"] });
            await RatingsAgreeWithTheExportRated.AssertAsync(panel, site, id);
            await Assertions.Expect(panel.Locator("#standard-2\\.1")).ToHaveTextAsync("2.1 Court work: Not inspected");
            await Assertions.Expect(panel.GetByRole(AriaRole.Link, new() { Name = "Consider the decision on 2.1" })).ToHaveCountAsync(0);
            await Assertions.Expect(panel.GetByRole(AriaRole.Link, new() { Name = "Consider the decision on 2.2" })).ToBeVisibleAsync();
            await Assertions.Expect(panel.GetByTestId("overall-rating")).ToHaveTextAsync("Not yet");
        });
    }

    [Fact]
    public async Task A_quality_and_impact_2017_inspection_reaches_the_panel_which_shows_counts_and_no_bands()
    {
        await OnItsOwnSiteAsync(async (site, steps) =>
        {
            var (panel, id) = await ReachThePanelAsync(site, steps, "Cumbria", "Area (Quality & Impact inspections)", null,
                new("Cumbria", "hmip-qi-2017", "CU-2017", new(2017, 3, 6), new(2017, 3, 10)),
                ["The cases managed by the Community Rehabilitation Company.", "The cases managed by the National Probation Service."]);
            await RatingsAgreeWithTheExportRated.AssertAsync(panel, site, id);
            await Assertions.Expect(panel.Locator(".govuk-inset-text")).ToHaveTextAsync(
                "This inspection's framework has no ratings: this page shows each key question's counts for the panel's discussion.");
            await Assertions.Expect(panel.Locator("#standard-1\\.1")).ToHaveTextAsync("1.1 Assessment and planning: Not rated");
            var table = panel.GetByTestId("kq-1.1");
            await Assertions.Expect(table.Locator("thead th")).ToHaveTextAsync(["Key question", "Yes", "No", "N/A", "Population", "%"]);
            await Assertions.Expect(panel.GetByText("Banded rating")).ToHaveCountAsync(0);
            await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Ratify the ratings" })).ToBeVisibleAsync();
        });
    }

    private static async Task OnItsOwnSiteAsync(Func<LiveSite, InspectionSteps, Task> journey)
    {
        var site = new LiveSite();
        await site.InitializeAsync();
        try
        {
            await journey(site, new InspectionSteps(site));
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    /// <summary>Provider, inspection, two cases added by hand (with their managing organisations' labels when the framework asks) and assessed, the stages up to the panel; returns the panel member's page on the panel, and the inspection.</summary>
    private static async Task<(IPage Panel, long Id)> ReachThePanelAsync(LiveSite site, InspectionSteps steps, string provider, string kind, string? region,
        InspectionSteps.NewInspection inspection, string[]? organisations = null)
    {
        var admin = await steps.SignInAsync("demo.admin", DemoData.Password);
        await InspectionSteps.AddProviderAsync(admin, provider, kind, region);
        await admin.Context.CloseAsync();

        var lead = await steps.SignInAsync("demo.lead", DemoData.Password);
        var id = await steps.StartInspectionAsync(lead, inspection with
        {
            Inspectors = ["Demo Inspector One (demo.inspector)", "Demo Inspector Two (demo.inspector2)"],
            Panel = ["Demo Panel Member (demo.panel)"],
        });
        var prefix = inspection.Reference.Split('-')[0];
        string[] cases = [$"{prefix}-0001", $"{prefix}-0002"];
        for (var i = 0; i < cases.Length; i++) await steps.AddCaseByHandAsync(lead, id, "Case supervision", cases[i], organisations?[i]);
        await steps.AssignAsync(lead, id, [cases[0]], "demo.inspector");
        await steps.AssignAsync(lead, id, [cases[1]], "demo.inspector2");
        Assert.Empty(await steps.MoveOnAsync(lead, id, "Fieldwork"));

        var one = await steps.SignInAsync("demo.inspector", DemoData.Password);
        await steps.AnswerWholeCaseAsync(one, id, cases[0]);
        var two = await steps.SignInAsync("demo.inspector2", DemoData.Password);
        await steps.AnswerWholeCaseAsync(two, id, cases[1], "no");

        Assert.Empty(await steps.MoveOnAsync(lead, id, "Quality assurance"));
        Assert.Empty(await steps.MoveOnAsync(lead, id, "Ratings panel"));

        var panel = await steps.SignInAsync("demo.panel", DemoData.Password);
        await panel.GotoAsync($"{site.BaseUrl}/inspections/{id}/panel");
        await LiveSite.AssertAccessibleAsync(panel);
        return (panel, id);
    }
}
