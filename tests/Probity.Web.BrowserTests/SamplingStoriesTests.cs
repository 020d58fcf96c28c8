using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Probity.Data;
using Probity.Data.Inspections;
using Probity.Data.Teams;

namespace Probity.Web.BrowserTests;

/// <summary>A lead inspector draws a sample, swaps a case for a reserve, withdraws another and moves the inspection on, with axe on every page.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class SamplingStoriesTests(LiveSite site)
{
    private static readonly string Caseload = Path.Combine(AppContext.BaseDirectory, "fixtures", "northumbria-2019-caseload.csv");

    [Fact]
    public async Task A_lead_draws_the_sample_swaps_one_case_withdraws_another_and_moves_to_fieldwork()
    {
        var provider = (await site.Store.Inspections.GetAsync(site.InspectionId)).ProviderId;
        var id = (await site.Store.Inspections.CreateAsync(new NewInspection("hmip-crc-2019", provider)
        {
            Reference = "STORY-19", ProgrammeYear = "2019/20",
            Team = [new("demo.lead", TeamRole.Lead), new("demo.inspector", TeamRole.Inspector)],
        }, new Actor("demo.admin"))).Id;
        var page = await site.SignInAsync("demo.lead");

        await page.GotoAsync($"{site.BaseUrl}/inspections/{id}/sampling");
        await LiveSite.AssertAccessibleAsync(page);
        await page.Locator("#population").SetInputFilesAsync(Caseload);
        await page.GetByLabel("Case supervision", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Eligibility date (optional)").FillAsync("2019-08-19");
        await page.GetByLabel("Seed (optional)").FillAsync("20190916");
        await page.GetByRole(AriaRole.Button, new() { Name = "Draw and store the sample" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("The sample is drawn");
        await Assertions.Expect(page.GetByTestId("drawn-case-supervision")).ToHaveTextAsync("97");
        await LiveSite.AssertAccessibleAsync(page);

        var cases = await site.Store.Cases.ListAsync(id);
        var swapped = cases[0].CaseId;
        var withdrawn = cases[1].CaseId;
        await page.GetByRole(AriaRole.Link, new() { Name = $"Swap case {swapped} for a reserve" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/cases/{swapped}/swap$"));
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Swap the case" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select why the case is swapped");
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByLabel("Not available (for example moved away, in custody or died)").CheckAsync();
        await page.GetByLabel("Detail (optional)").FillAsync("moved to Scotland");
        await page.GetByRole(AriaRole.Button, new() { Name = "Swap the case" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("swapped for a reserve");
        await Assertions.Expect(page.GetByTestId("withdrawn")).ToContainTextAsync("Not available: moved to Scotland");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Withdraw case {withdrawn}" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/cases/{withdrawn}/withdraw$"));
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByLabel("Why is the case withdrawn?").FillAsync("Transferred out of the area");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the case" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("withdrawn")).ToContainTextAsync("Transferred out of the area");
        await LiveSite.AssertAccessibleAsync(page);
        Assert.Equal(96, (await site.Store.Cases.ListAsync(id)).Count);

        await page.GotoAsync($"{site.BaseUrl}/inspections/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move to fieldwork" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("blocks")).ToContainTextAsync("No case has been given to an inspector yet");
        await LiveSite.AssertAccessibleAsync(page);
        await site.Store.Cases.AssignAsync(id, (await site.Store.Cases.ListAsync(id))[0].CaseId, "demo.inspector", new Actor("demo.lead"));
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("ready")).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Move to fieldwork" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Fieldwork");
        await LiveSite.AssertAccessibleAsync(page);
    }
}
