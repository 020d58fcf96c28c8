using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Probity.Web.BrowserTests;

/// <summary>What inspectors, the panel and a provider contact do in a real browser, with axe on every page visited.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class InspectorStoriesTests(LiveSite site)
{
    [Fact]
    public async Task An_inspector_opens_a_case_meets_the_error_summary_then_answers_and_saves()
    {
        var page = await site.SignInAsync("demo.inspector");
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = site.UnansweredCase }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex($"/cases/{site.UnansweredCase}/2\\.1$"));
        await LiveSite.AssertAccessibleAsync(page);

        // Answer everything on the page but 2.1.1, and type a note that must survive the error.
        var radios = page.Locator("input.govuk-radios__input[name^='answer['][value='yes']");
        for (var i = 0; i < await radios.CountAsync(); i++)
        {
            var radio = radios.Nth(i);
            if (await radio.GetAttributeAsync("name") != "answer[2.1.1]") await radio.CheckAsync();
        }
        await page.Locator("details:has(textarea[name='note[2.1.2]']) summary").ClickAsync();
        await page.Locator("textarea[name='note[2.1.2]']").FillAsync("Assessment drew on the pre-sentence report");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync("Select yes, no or not applicable for 2.1.1");
        Assert.StartsWith("Error: ", await page.TitleAsync());
        await Assertions.Expect(page.Locator("textarea[name='note[2.1.2]']")).ToHaveValueAsync("Assessment drew on the pre-sentence report");
        await LiveSite.AssertAccessibleAsync(page);

        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("#answer-2\\.1\\.1")).ToBeFocusedAsync();
        await page.Locator("#answer-2\\.1\\.1").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/cases/{site.UnansweredCase}/2\\.2$"));
        await LiveSite.AssertAccessibleAsync(page);

        var saved = await site.Store.Cases.LoadAsync(site.InspectionId, site.UnansweredCase);
        Assert.Equal(Core.Ratings.Judgement.Yes, saved.Answers["2.1.1"]);
        Assert.Equal("Assessment drew on the pre-sentence report", saved.Notes["2.1.2"]);

        await page.GotoAsync($"{site.BaseUrl}/inspections/{site.InspectionId}/cases/{site.UnansweredCase}/check");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your answers" })).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_second_inspector_cannot_open_a_case_not_assigned_to_them()
    {
        var page = await site.SignInAsync("demo.inspector2");
        var response = await page.GotoAsync($"{site.BaseUrl}/inspections/{site.InspectionId}/cases/{site.UnansweredCase}/2.1");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You do not have access to this page" })).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(page);

        await page.GotoAsync($"{site.BaseUrl}/inspections/{site.InspectionId}/cases");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = site.UnansweredCase, Exact = true })).ToHaveCountAsync(0);
        await LiveSite.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_provider_contact_gets_403_on_a_draft()
    {
        var page = await site.SignInAsync("demo.provider");
        await LiveSite.AssertAccessibleAsync(page);
        var response = await page.GotoAsync($"{site.BaseUrl}/inspections/{site.InspectionId}/report");
        Assert.Equal(403, response!.Status);
        await LiveSite.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_panel_records_a_decision_and_the_overall_rating_changes()
    {
        var page = await site.SignInAsync("demo.panel");
        await page.GotoAsync($"{site.BaseUrl}/inspections/{site.InspectionId}");
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ratings panel" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("overall-rating")).ToHaveTextAsync("Requires improvement");
        await Assertions.Expect(page.GetByTestId("score")).ToHaveTextAsync("15/30");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Consider the decision on 2.4" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("what-if")).ToContainTextAsync("2.4.3");
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByLabel("Up one band").CheckAsync();
        await page.GetByLabel("Professional discretion").CheckAsync();
        await page.GetByLabel("Rationale").FillAsync("Less than five points below the boundary, and reviewing improved during fieldwork.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("overall-rating")).ToHaveTextAsync("Good");
        await Assertions.Expect(page.GetByTestId("score")).ToHaveTextAsync("16/30");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("decision on 2.4 is recorded");
        await LiveSite.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Every_other_page_of_the_inspection_passes_axe()
    {
        var lead = await site.SignInAsync("demo.lead");
        var id = site.InspectionId;
        foreach (var path in new[]
        {
            $"/inspections/{id}", $"/inspections/{id}/cases", $"/inspections/{id}/domain-one", $"/inspections/{id}/domain-one/1.1",
            $"/inspections/{id}/domain-one/interviews/new", $"/inspections/{id}/domain-one/meetings/new",
            $"/inspections/{id}/panel/judgements/1.4", $"/inspections/{id}/report", "/no-such-page",
        })
        {
            var response = await lead.GotoAsync(site.BaseUrl + path);
            Assert.True(response!.Status is 200 or 404, $"{path}: {response.Status}");
            await LiveSite.AssertAccessibleAsync(lead);
        }
        // An error state of a form with a date, radios and a textarea.
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/domain-one/meetings/new");
        await lead.GetByLabel("Day").FillAsync("31");
        await lead.GetByLabel("Month").FillAsync("2");
        await lead.GetByLabel("Year").FillAsync("2019");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save meeting" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".govuk-error-summary li")).ToHaveCountAsync(3);
        await LiveSite.AssertAccessibleAsync(lead);

        // The report, rendered by Probity.Reports, read in the browser.
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/report");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Read the draft report" }).ClickAsync();
        await Assertions.Expect(lead.GetByText("Northumbria").First).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(lead);

        // Drawing a sample from an uploaded caseload extract.
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/sampling");
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel("Caseload extract (CSV or Excel workbook)").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "fixtures", "northumbria-2019-caseload.csv"));
        await lead.GetByLabel("Case supervision").CheckAsync();
        await lead.GetByLabel("Eligibility date (optional)").FillAsync("2019-08-19");
        await lead.GetByLabel("Seed (optional)").FillAsync("20190916");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Draw and store the sample" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".govuk-notification-banner")).ToContainTextAsync("The sample is drawn and stored");
        await Assertions.Expect(lead.GetByTestId("drawn-case-supervision")).ToHaveTextAsync("97");
        await LiveSite.AssertAccessibleAsync(lead);

        var admin = await site.SignInAsync("demo.admin");
        await admin.GotoAsync($"{site.BaseUrl}/admin/users");
        await LiveSite.AssertAccessibleAsync(admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Add a user" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await LiveSite.AssertAccessibleAsync(admin);

        var analyst = await site.SignInAsync("demo.analyst");
        await analyst.GotoAsync($"{site.BaseUrl}/analysis");
        await LiveSite.AssertAccessibleAsync(analyst);
    }
}
