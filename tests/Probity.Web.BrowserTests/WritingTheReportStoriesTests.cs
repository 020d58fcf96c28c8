using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Probity.Core.Datasets;

namespace Probity.Web.BrowserTests;

/// <summary>
/// A lead inspector writes the report of an inspection at drafting in a real browser: the list of blocks, a block beside
/// its figures with an error and a save, the preview of its section, and the recommendations with progress on the
/// previous inspection's; axe on every page and error state. A site of its own: its copy of the demo inspection (at
/// drafting, under the same name) must not stand beside the other stories' one.
/// </summary>
public sealed class WritingTheReportStoriesTests
{
    [Fact]
    public async Task A_lead_inspector_writes_a_block_previews_it_and_records_recommendations()
    {
        var site = new LiveSite();
        await site.InitializeAsync();
        try
        {
            await WriteAsync(site);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    private static async Task WriteAsync(LiveSite site)
    {
        var id = await DraftingCopyAsync(site);
        var lead = await site.SignInAsync("demo.lead");
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Write the report" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex($"/inspections/{id}/writing$"));
        await LiveSite.AssertAccessibleAsync(lead);

        await lead.GetByRole(AriaRole.Link, new() { Name = "1.1 Leadership: summary after the key questions" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Name = "1.1 Leadership: summary after the key questions" })).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var summary = lead.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Enter the text of 1.1 Leadership");
        await LiveSite.AssertAccessibleAsync(lead);

        await lead.GetByLabel("Text").FillAsync("Leadership was strong, with a clear vision shared by staff.");
        var preview = await lead.RunAndWaitForPopupAsync(() => lead.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Preview the section") }).ClickAsync());
        await Assertions.Expect(preview.Locator("section#chapter-1")).ToContainTextAsync("Leadership was strong, with a clear vision shared by staff.");
        await LiveSite.AssertAccessibleAsync(preview);
        await preview.CloseAsync();

        await lead.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await lead.WaitForURLAsync(new Regex($"/inspections/{id}/writing\\?saved="));
        await Assertions.Expect(lead.GetByTestId("saved")).ToContainTextAsync("1.1 Leadership: summary after the key questions");
        await LiveSite.AssertAccessibleAsync(lead);

        // A key question's block, beside its figures and suggested wording.
        await lead.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^2\\.1\\.1 ") }).First.ClickAsync();
        await Assertions.Expect(lead.GetByTestId("figures")).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(lead);

        // Recommendations: one added after an error, progress judged on a previous one.
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/recommendations");
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add a recommendation" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save recommendation" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await PublishingSteps.FillRecommendationAsync(lead, "HM Prison and Probation Service", "review the workload of probation officers",
            "2.2 Planning: summary after the key questions");
        await Assertions.Expect(lead.GetByTestId("new")).ToContainTextAsync("HM Prison and Probation Service should: review the workload of probation officers");

        await PublishingSteps.JudgeProgressAsync(lead, 1, "Sufficient progress", "Assessment tools are now integrated.");
        await Assertions.Expect(lead.GetByTestId("progress-sentence")).ToContainTextAsync("We found that");
        await LiveSite.AssertAccessibleAsync(lead);
    }

    private static async Task<long> DraftingCopyAsync(LiveSite site)
    {
        var d = Demo.DemoData.Northumbria();
        var copy = new InspectionDataset(d.Framework, d.Manifest with { Status = InspectionStatus.Drafting, Published = null }, d.Cases, d.Answers)
        {
            Interviews = d.Interviews, Meetings = d.Meetings, PracticeExamples = d.PracticeExamples,
        };
        var actor = new Data.Actor("browser-test-setup");
        var id = await site.Store.Datasets.ImportAsync(copy, actor);
        await site.Store.Teams.SetAsync(id, Demo.DemoData.Team, actor);
        return id;
    }
}
