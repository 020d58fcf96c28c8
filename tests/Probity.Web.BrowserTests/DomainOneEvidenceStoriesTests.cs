using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Probity.Web.BrowserTests;

/// <summary>
/// A lead inspector keeps domain-one evidence in a real browser: change and remove links, the confirmation before a
/// removal, key data typed against fixed labels, the contextual facts, and moving the inspection back with a reason;
/// axe on every page and error state. Nothing here changes what the other stories rely on (ratings, the stage).
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class DomainOneEvidenceStoriesTests(LiveSite site)
{
    [Fact]
    public async Task A_lead_inspector_changes_key_data_after_an_error_and_sees_the_removal_confirmation()
    {
        var lead = await site.SignInAsync("demo.lead");
        var officer = (await site.Store.DomainOne.GetAsync(site.InspectionId)).Interviews[0].Interview.OfficerId;
        // The demo dataset has no meetings: one to change and to be asked about removing.
        var meeting = await site.Store.DomainOne.AddMeetingAsync(site.InspectionId,
            new Core.Datasets.Meeting(Core.Datasets.MeetingKind.Stakeholders, "Police and council") { Attendees = 4 }, new Data.Actor("browser-test-setup"));
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{site.InspectionId}/domain-one");
        await LiveSite.AssertAccessibleAsync(lead);

        // Remove: a confirmation page first; cancelling leaves the record as it was.
        await lead.GetByRole(AriaRole.Link, new() { Name = $"Remove the interview with {officer}" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Name = $"Remove the interview with {officer}?" })).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex($"/domain-one/interviews/{Regex.Escape(officer)}$"));
        await LiveSite.AssertAccessibleAsync(lead);
        Assert.Contains((await site.Store.DomainOne.GetAsync(site.InspectionId)).Interviews, i => i.Interview.OfficerId == officer);

        // Key data: a cell that is neither a figure nor "No data" / "Not known" is named in the error summary.
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{site.InspectionId}/domain-one");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Change the figures of Unpaid work key data" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        var standDowns = lead.Locator("#cell-0-0");
        await standDowns.FillAsync("about a hundred");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save unpaid work key data" }).ClickAsync();
        var summary = lead.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToContainTextAsync("Number of unpaid work stand-downs in previous 12 months");
        await Assertions.Expect(standDowns).ToHaveValueAsync("about a hundred");
        await LiveSite.AssertAccessibleAsync(lead);

        await standDowns.FillAsync("112");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save unpaid work key data" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".govuk-notification-banner")).ToContainTextAsync("The figures of Unpaid work key data are saved.");
        await Assertions.Expect(lead.GetByTestId("key-data-kd-4.1-unpaid-work")).ToContainTextAsync("112");
        await LiveSite.AssertAccessibleAsync(lead);

        foreach (var path in new[]
        {
            $"domain-one/meetings/{meeting}", $"domain-one/meetings/{meeting}/remove", "domain-one/contextual-facts",
            "domain-one/key-data/kd-1.2-staffing",
        })
        {
            var response = await lead.GotoAsync($"{site.BaseUrl}/inspections/{site.InspectionId}/{path}");
            Assert.Equal(200, response!.Status);
            await LiveSite.AssertAccessibleAsync(lead);
        }
    }

    [Fact]
    public async Task Moving_the_inspection_back_asks_for_a_reason()
    {
        var lead = await site.SignInAsync("demo.lead");
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{site.InspectionId}");
        await lead.Locator("details summary", new() { HasText = "Move the inspection back to" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        var stage = (await site.Store.Inspections.GetAsync(site.InspectionId)).Status;

        await lead.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Move back to") }).ClickAsync();

        await Assertions.Expect(lead.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(lead.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why the inspection is moving back");
        await Assertions.Expect(lead.GetByLabel("Why is it moving back?")).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        Assert.Equal(stage, (await site.Store.Inspections.GetAsync(site.InspectionId)).Status);
    }
}
