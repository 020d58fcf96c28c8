using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Probity.Web.BrowserTests;

/// <summary>
/// A lead inspector erases a published case's notes and examples, meeting the warning and the error summary first; axe on each page.
/// A site of its own: the published inspection it adds must not reach the other stories' national figures.
/// </summary>
public sealed class CaseTextErasureStoriesTests
{
    [Fact]
    public async Task A_lead_erases_the_notes_and_examples_of_a_published_case_with_a_reason()
    {
        var site = new LiveSite();
        await site.InitializeAsync();
        try
        {
            await EraseAsync(site);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    private static async Task EraseAsync(LiveSite site)
    {
        var published = await site.Store.Datasets.ImportAsync(Demo.DemoData.Northumbria(), new Data.Actor("demo.admin"));
        const string caseId = "NB19-CS-014";
        var page = await site.SignInAsync("demo.lead");
        await page.GotoAsync($"{site.BaseUrl}/inspections/{published}/cases/{caseId}/check");
        await page.GetByRole(AriaRole.Link, new() { Name = "Erase notes and examples" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/cases/{caseId}/erase$"));
        await Assertions.Expect(page.Locator(".govuk-warning-text")).ToContainTextAsync("cannot be undone");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Erase notes and examples" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync("Enter why the notes and examples are erased");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Why are they erased?").FillAsync("The retention period has passed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase notes and examples" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"case {caseId} are erased");
        await LiveSite.AssertAccessibleAsync(page);
        Assert.Empty((await site.Store.Cases.LoadAsync(published, caseId)).Notes);
    }
}
