using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Core.Tests;
using Probity.Exchange;

namespace Probity.Web.BrowserTests;

/// <summary>
/// A lead inspector creates a regional review in the browser, links a published PDU inspection, writes a finding with its
/// evidence and reads the letter whose Annexe two comes from the linked inspection; axe on each page. A site of its own:
/// the published PDU inspection it adds must not reach the other stories' national figures.
/// </summary>
public sealed class RegionalReviewStoriesTests
{
    [Fact]
    public async Task A_lead_creates_a_review_links_a_PDU_inspection_writes_a_finding_and_reads_the_letter()
    {
        var site = new LiveSite();
        await site.InitializeAsync();
        try
        {
            await WriteReviewAsync(site);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    /// <summary>
    /// A lead starts a review of the North East, links the published PDU inspection <paramref name="inspection"/> and reads
    /// the letter: Annexe two gives that inspection's overall rating, score and every standard's rating as it was
    /// published (rated again here from the stored inspection), and "Not inspected" where a standard was not.
    /// </summary>
    internal static async Task ReadTheLetterOfAReviewLinkingAsync(LiveSite site, IPage lead, long inspection, string pdu)
    {
        await lead.GotoAsync($"{site.BaseUrl}/reviews/new");
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel("Region", new() { Exact = true }).FillAsync("North East");
        await lead.GetByLabel("Day").FillAsync("1");
        await lead.GetByLabel("Month").FillAsync("9");
        await lead.GetByLabel("Year").FillAsync("2022");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Start the review" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex(@"/reviews/\d+$"));
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Link, new() { Name = "Link a PDU inspection" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel(new Regex(Regex.Escape(pdu))).CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Link the inspection" }).ClickAsync();
        await Assertions.Expect(lead.Locator("[data-testid=review-pdus]")).ToContainTextAsync(pdu);
        await LiveSite.AssertAccessibleAsync(lead);

        var stored = await site.Store.Datasets.LoadAsync(inspection);
        var published = InspectionRater.Rate(stored.Framework, RatingInputs.From(stored));
        await lead.GetByRole(AriaRole.Link, new() { Name = "Read the letter" }).ClickAsync();
        var annexe = lead.Locator("table.annexe-two").Filter(new() { HasText = pdu });
        await Assertions.Expect(annexe).ToHaveCountAsync(1);
        await Assertions.Expect(annexe.Locator("th.score")).ToHaveTextAsync(published.Score is { } score ? $"Score {score}/{published.MaxScore}" : "Score not held");
        await Assertions.Expect(annexe.Locator("tr[data-item=overall] td")).ToHaveTextAsync(published.OverallRating?.DisplayName() ?? "Not held");
        foreach (var standard in published.Standards)
        {
            var shown = standard.Status == StandardStatus.NotInspected ? "Not inspected" : standard.Rating!.Value.DisplayName();
            await Assertions.Expect(annexe.Locator($"tr[data-item='{standard.Standard.Id}'] td").Last).ToHaveTextAsync(shown);
        }
        // The values themselves, as the journey made them: domain one ratified "Good", court work not inspected.
        await Assertions.Expect(annexe.Locator("tr[data-item='1.1'] td").Last).ToHaveTextAsync("Good");
        await Assertions.Expect(annexe.Locator("tr[data-item='2.1'] td").Last).ToHaveTextAsync("Not inspected");
    }

    private static async Task WriteReviewAsync(LiveSite site)
    {
        var parsed = DatasetFolder.Read(RepositoryPaths.Of("examples", "redcar-cleveland-middlesbrough-2022"));
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Problems));
        await site.Store.Datasets.ImportAsync(parsed.Dataset!, new Data.Actor("demo.admin"));

        var page = await site.SignInAsync("demo.lead");
        await page.GetByRole(AriaRole.Link, new() { Name = "Regional reviews", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/reviews$"));
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a regional review" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start the review" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync("Enter the region the review looks at, for example North East");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Region", new() { Exact = true }).FillAsync("North East");
        await page.GetByLabel("Title (optional)").FillAsync("North East regional review");
        await page.GetByLabel("Day").FillAsync("1");
        await page.GetByLabel("Month").FillAsync("9");
        await page.GetByLabel("Year").FillAsync("2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the review" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/reviews/\d+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("North East regional review");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Link a PDU inspection" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByLabel(new Regex("Redcar")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Link the inspection" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=review-pdus]")).ToContainTextAsync("Redcar");

        await page.GetByLabel("Add an area").FillAsync("Leadership");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the area" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a finding to Leadership" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the finding" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByLabel("Key strength", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("The finding", new() { Exact = true }).FillAsync("Leaders are visible and know their staff.");
        await page.GetByLabel("Where the evidence comes from").SelectOptionAsync(new SelectOptionValue { Label = "the staff survey" });
        await page.GetByLabel("The evidence", new() { Exact = true }).FillAsync("68 out of 84 respondents said their manager supports them");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the finding" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=findings-leadership]")).ToContainTextAsync("Leaders are visible and know their staff.");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Write Opening" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByLabel("The text").FillAsync("Dear Director,\n\nMany thanks for the cooperation we received from you and your staff.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the text" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=letter-text]")).ToContainTextAsync("2 paragraphs");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the review's details" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByLabel("Reference (optional)").FillAsync("NE-REGION-WEB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the details" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=review-details]")).ToContainTextAsync("NE-REGION-WEB");

        await page.GetByRole(AriaRole.Link, new() { Name = "Read the letter" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Annexe two - PDU ratings");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Leaders are visible and know their staff.");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Many thanks for the cooperation we received from you and your staff.");
    }
}
