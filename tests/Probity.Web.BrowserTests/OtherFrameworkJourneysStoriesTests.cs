using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Probity.Core.Frameworks;
using Probity.Web.Demo;

namespace Probity.Web.BrowserTests;

/// <summary>
/// The shorter journeys of issues 13 and 14, for the framework versions Probity draws no sample for: a PDU 2021 inspection
/// with court work not inspected, and an unrated Quality &amp; Impact 2017 one. The admin adds the provider and its
/// contact, the lead starts the inspection and adds cases to the sample by hand, two inspectors assess a case each, and
/// the inspection reaches the ratings panel, where its figures agree with the exported inspection rated as
/// <c>./probity rate</c> rates it (for the Quality &amp; Impact one, each case added by hand says which organisation
/// managed it, as its export needs). Then, as for a CRC but shorter: the panel ratifies, the lead writes the blocks the
/// checks ask for in the layout's own words, overrides a check with a reason (PDU), adds a recommendation, sends the draft
/// for its factual accuracy check, accepts the contact's comment and publishes with a date; the contact downloads the
/// published PDF and responds to the recommendation. The PDU inspection then goes into a regional review, whose letter's
/// Annexe two gives its ratings as published. axe on every page visited; each journey on a site of its own.
/// </summary>
public sealed class OtherFrameworkJourneysStoriesTests
{
    private const string ContactPassword = "a contact's first password";

    [Fact]
    public async Task A_pdu_2021_inspection_without_court_work_goes_from_the_panel_to_publication_and_into_a_regional_reviews_letter()
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

            var publishing = new ShortJourneySteps(site);
            await publishing.RatifyAsync(panel, id, ["1.1", "1.2", "1.3", "1.4"]);
            var framework = FrameworkCatalog.Find("hmip-pdu-2021")!;
            string[] blocks =
            [
                "Foreword",
                .. framework.Domains.SelectMany(d => new[] { $"Domain {d.Key}: {d.Title}: summary", $"Domain {d.Key}: {d.Title}: chapter summary" }),
                .. framework.Standards.Where(s => s.RatedBy == RatingBasis.CaseData && s.Id != "2.1").Select(s => $"{s.Id} {s.Name}: summary after the key questions"),
            ];
            var lead = await WriteAndCheckAsync(site, steps, publishing, id, blocks, new()
            {
                // Words that are right but look wrong: the check fires, and the lead overrides it with a reason.
                ["2.2 Assessment: summary after the key questions"] = "In its own self-assessment the unit rated this work 'Outstanding'.",
            });
            Assert.Equal(["Standard 2.2 summary"], await publishing.ChecksToResolveAsync(lead, id));
            await publishing.OverrideCheckAsync(lead, id, "Standard 2.2 summary", "The words quote the unit's self-assessment, not our rating.");
            Assert.Empty(await publishing.ChecksToResolveAsync(lead, id));

            await PublishAsync(site, steps, publishing, lead, id, "Gateshead PDU", "2.2 Assessment: summary after the key questions", "GH-2022.pdf");
            await RegionalReviewStoriesTests.ReadTheLetterOfAReviewLinkingAsync(site, lead, id, "Gateshead PDU");
        });
    }

    [Fact]
    public async Task A_quality_and_impact_2017_inspection_goes_from_the_panel_which_shows_counts_and_no_bands_to_its_published_area_report()
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

            var publishing = new ShortJourneySteps(site);
            await publishing.RatifyAsync(panel, id, []);
            var framework = FrameworkCatalog.Find("hmip-qi-2017")!;
            string[] blocks = ["Foreword", .. framework.Domains.SelectMany(d => framework.Views.Select(v => $"{d.Title}: {v.Title}"))];
            var lead = await WriteAndCheckAsync(site, steps, publishing, id, blocks, []);
            Assert.Empty(await publishing.ChecksToResolveAsync(lead, id));

            await PublishAsync(site, steps, publishing, lead, id, "Cumbria", blocks[1], "CU-2017.pdf");
            // The published report is the area report of the Quality & Impact layout, not a rated one.
            await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/report/html");
            await Assertions.Expect(lead.Locator("body")).ToContainTextAsync("The effectiveness of probation work in Cumbria");
            await Assertions.Expect(lead.Locator("body")).ToContainTextAsync("1. Overall judgements and recommendations");
            await Assertions.Expect(lead.Locator("body")).Not.ToContainTextAsync("Executive summary");
            await Assertions.Expect(lead.Locator("body")).ToContainTextAsync(Written(blocks[1]));
        });
    }

    /// <summary>The lead finds the ratified inspection at drafting and writes each block (a neutral sentence unless <paramref name="words"/> gives one); returns the lead's page.</summary>
    private static async Task<IPage> WriteAndCheckAsync(LiveSite site, InspectionSteps steps, ShortJourneySteps publishing, long id, IEnumerable<string> blocks,
        Dictionary<string, string> words)
    {
        var lead = await steps.SignInAsync("demo.lead", DemoData.Password);
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}");
        await Assertions.Expect(lead.GetByTestId("stage")).ToHaveTextAsync(new Regex("^Drafting")); // ratifying moved it on
        await LiveSite.AssertAccessibleAsync(lead);
        Assert.NotEmpty(await publishing.ChecksToResolveAsync(lead, id)); // nothing written yet: the report's blocks are empty
        foreach (var block in blocks) await publishing.WriteBlockAsync(lead, id, block, words.GetValueOrDefault(block) ?? Written(block));
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/writing");
        await LiveSite.AssertAccessibleAsync(lead);
        return lead;
    }

    // A sentence with no rating word, quantifier or placeholder in it, different for each block.
    private static string Written(string block) => $"Staff told us about the work described here as {block}.";

    /// <summary>
    /// From drafting to the action plan: a recommendation from <paramref name="finding"/>, the draft to the provider's new
    /// contact, whose comment on the foreword the lead accepts, publication today, the contact's download of the published
    /// PDF (<paramref name="pdf"/>) and response to the recommendation.
    /// </summary>
    private static async Task PublishAsync(LiveSite site, InspectionSteps steps, ShortJourneySteps publishing, IPage lead, long id, string provider, string finding, string pdf)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await publishing.AddRecommendationAsync(lead, id, $"The provider: {provider}", "make sure managers check the quality of each case they oversee", finding);

        var admin = await steps.SignInAsync("demo.admin", DemoData.Password);
        var contactName = $"{provider} Contact";
        await admin.GotoAsync($"{site.BaseUrl}/admin/users");
        await LiveSite.AssertAccessibleAsync(admin);
        await InspectionSteps.AddUserAsync(admin, "area.contact", contactName, "Provider contact", ContactPassword, provider);
        await admin.Context.CloseAsync();

        await publishing.SendForFactualAccuracyAsync(lead, id, today.AddDays(14));
        var contact = await steps.FirstSignInAsync("area.contact", ContactPassword, "the contact's own words");
        await publishing.CommentAsync(contact, id, "Foreword", "The unit has three offices, not two.");
        await publishing.AcceptCommentAsync(lead, id, "Foreword");
        await publishing.PublishAsync(lead, id, today, contactName);

        var (name, bytes) = await publishing.DownloadPublishedPdfAsync(contact, id);
        Assert.Equal(pdf, name);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
        await publishing.RespondToRecommendationAsync(contact, id, 1);
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
