using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Probity.Web.BrowserTests;

/// <summary>
/// A lead filters the case list and assigns cases in bulk; an inspector checks their answers section by section; on a
/// phone-sized screen every table scrolls inside its own region. axe on every page visited.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class CaseListStoriesTests(LiveSite site)
{
    [Fact]
    public async Task A_lead_filters_the_case_list_and_gives_two_unassigned_cases_to_an_inspector_at_once()
    {
        var page = await site.SignInAsync("demo.lead");
        await page.GotoAsync($"{site.BaseUrl}/inspections/{site.InspectionId}/cases");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Inspector", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Demo Inspector Two" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show cases" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("inspector=demo\\.inspector2"));
        var holders = await page.Locator("[data-testid=cases] [data-testid=holder]").AllTextContentsAsync();
        Assert.NotEmpty(holders);
        Assert.All(holders, h => Assert.Equal("Demo Inspector Two", h.Trim()));
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Inspector", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Not assigned" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show cases" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("inspector=none"));
        var picked = (await page.Locator("[data-testid=cases] input[name=case]").EvaluateAllAsync<string[]>("boxes => boxes.slice(0, 2).map(b => b.value)")).ToList();
        Assert.Equal(2, picked.Count);
        foreach (var caseId in picked) await page.GetByLabel($"Select case {caseId}", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Give the selected cases to").SelectOptionAsync("demo.inspector2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign selected cases" }).ClickAsync();

        await Assertions.Expect(page.GetByText("2 cases were assigned.")).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(page);
        foreach (var caseId in picked) Assert.Equal("demo.inspector2", (await site.Store.Cases.LoadAsync(site.InspectionId, caseId)).AssignedTo);
    }

    [Fact]
    public async Task An_inspector_checks_their_answers_and_goes_back_to_a_section_from_its_change_link()
    {
        var page = await site.SignInAsync("demo.inspector");
        await page.GotoAsync($"{site.BaseUrl}/inspections/{site.InspectionId}/cases/{site.UnansweredCase}/check");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sections of this case" })).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change the answers to 2\\.2 ") }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/cases/{site.UnansweredCase}/2\\.2$"));
        await Assertions.Expect(page.GetByTestId("section-nav")).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task At_375_pixels_wide_no_page_scrolls_sideways_the_tables_scroll_in_their_own_region()
    {
        var page = await site.SignInAsync("demo.lead");
        await page.SetViewportSizeAsync(375, 800);
        var id = site.InspectionId;
        foreach (var path in new[] { "/", $"/inspections/{id}/cases", $"/inspections/{id}/panel", $"/inspections/{id}/panel/standards/2.4",
            $"/inspections/{id}/cases/{site.UnansweredCase}/check", $"/inspections/{id}/report" })
        {
            await page.GotoAsync(site.BaseUrl + path);
            var width = await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
            // When it fails, say what sticks out: the first few elements whose right edge is past the viewport.
            var wide = width <= 375 ? "" : await page.EvaluateAsync<string>(
                "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 376).slice(0, 6).map(e => e.tagName + '.' + e.className).join(', ')"
                + " + ' | ' + [...document.querySelectorAll('.probity-table-scroll')].map(e => getComputedStyle(e).overflowX + ' ' + e.getBoundingClientRect().width + ' in ' + e.parentElement.tagName + ' ' + e.parentElement.getBoundingClientRect().width).join('; ')");
            Assert.True(width <= 375, $"{path} is {width} px wide at a 375 px viewport: {wide}");
        }
        await LiveSite.AssertAccessibleAsync(page);
    }
}
