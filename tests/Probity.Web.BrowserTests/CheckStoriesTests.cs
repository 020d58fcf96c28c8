using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Probity.Core.Datasets;

namespace Probity.Web.BrowserTests;

/// <summary>
/// A lead inspector meets the checks before publication in a real browser: the overview's summary and link, the checks
/// page with each finding's block and words, an override refused without a reason and then made with one, and the draft
/// report's drafting notes listing it; axe on every page and error state. The inspection is its own (a draft at
/// drafting, so it reaches no analysis), and nothing here changes what the other stories rely on.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class CheckStoriesTests(LiveSite site)
{
    [Fact]
    public async Task A_lead_overrides_a_check_with_a_reason_and_the_drafting_notes_list_it()
    {
        var published = Demo.DemoData.Northumbria();
        var drafting = new InspectionDataset(published.Framework, published.Manifest with { Status = InspectionStatus.Drafting, Published = null },
            published.Cases, published.Answers)
        {
            Interviews = published.Interviews, Meetings = published.Meetings, PracticeExamples = published.PracticeExamples,
        };
        var id = await site.Store.Datasets.ImportAsync(drafting, new Data.Actor("browser-test-setup"));
        await site.Store.Teams.SetAsync(id, (await site.Store.Teams.GetAsync(site.InspectionId)), new Data.Actor("browser-test-setup"));
        var before = await site.Store.Checks.LoadAsync(id, default);

        var lead = await site.SignInAsync("demo.lead");
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}");
        await Assertions.Expect(lead.Locator("#checks-hint")).ToContainTextAsync($"{before.Unresolved.Count} to resolve, 0 overridden");
        await LiveSite.AssertAccessibleAsync(lead);

        await lead.GetByRole(AriaRole.Link, new() { Name = "Checks before publication" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex($"/inspections/{id}/checks$"));
        await Assertions.Expect(lead.GetByTestId("unresolved-count")).ToHaveTextAsync($"{before.Unresolved.Count} checks to resolve");
        await Assertions.Expect(lead.GetByTestId("unresolved")).ToContainTextAsync("Executive summary: Unpaid work");
        await LiveSite.AssertAccessibleAsync(lead);

        await lead.GetByRole(AriaRole.Link, new() { Name = "Override the check on Executive summary: Unpaid work" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("finding")).ToContainTextAsync("\u201csignificant\u201d");
        await LiveSite.AssertAccessibleAsync(lead);

        await lead.GetByRole(AriaRole.Button, new() { Name = "Override the check" }).ClickAsync();
        var summary = lead.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync("Enter why the words are right as written: the drafting notes and the audit log keep the reason");
        await LiveSite.AssertAccessibleAsync(lead);

        await lead.GetByLabel("Why are the words right as written?").FillAsync("The decline is the CRC's own figure, quoted as it reported it.");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Override the check" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex($"/inspections/{id}/checks\\?done=overridden$"));
        await Assertions.Expect(lead.Locator(".govuk-notification-banner")).ToContainTextAsync("The check is overridden");
        await Assertions.Expect(lead.GetByTestId("overridden")).ToContainTextAsync("The decline is the CRC's own figure");
        await Assertions.Expect(lead.GetByTestId("unresolved-count")).ToHaveTextAsync(
            before.Unresolved.Count == 2 ? "1 check to resolve" : $"{before.Unresolved.Count - 1} checks to resolve");
        await LiveSite.AssertAccessibleAsync(lead);

        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/report/html");
        await Assertions.Expect(lead.Locator("ul.overridden li")).ToContainTextAsync("overridden by demo.lead: The decline is the CRC's own figure");
        Assert.Equal(before.Unresolved.Count - 1, await site.Store.Checks.UnresolvedCountAsync(id, default));
    }
}
