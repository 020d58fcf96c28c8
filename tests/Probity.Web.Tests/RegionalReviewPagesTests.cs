using Microsoft.Extensions.DependencyInjection;
using Probity.Core.Tests;
using Probity.Data;
using Probity.Data.Reviews;
using Probity.Exchange;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// Issue 14 item 7: a lead creates a regional review in the browser, links its published PDU inspections, writes its
/// areas' findings with their evidence, and reads the letter whose Annexe two comes from the linked inspections.
/// </summary>
public sealed class RegionalReviewPagesTests(WebFactory web) : IClassFixture<WebFactory>
{
    private ReviewEditor Reviews => web.Services.GetRequiredService<ReviewEditor>();

    [Fact]
    public async Task A_lead_writes_a_review_whose_letter_rates_its_linked_PDU_inspection()
    {
        var lead = await web.SignInAsync("demo.lead");
        var pdu = await ImportRedcarAsync(published: true);

        var created = await lead.PostFormAsync("/reviews/new", new()
        {
            ["region"] = " North East ", ["title"] = "North East regional review", ["reference"] = "NE-WEB-1",
            ["letter-day"] = "1", ["letter-month"] = "9", ["letter-year"] = "2022", ["lead"] = "Demo Lead",
        });
        Assert.Equal(302, created.Status);
        var page = created.Location!;

        var linkPage = await lead.GetAsync($"{page}/pdus/link");
        Assert.NotNull(linkPage.Document.QuerySelector($"input[name=inspection][value='{pdu}']"));
        var linked = await lead.PostFormAsync($"{page}/pdus/link", new() { ["stamp"] = Stamp(linkPage), ["inspection"] = $"{pdu}" });
        Assert.Equal(302, linked.Status);

        var overview = await lead.GetAsync(page);
        Assert.Contains("Redcar", overview.Document.QuerySelector("[data-testid=review-pdus]")!.TextContent, StringComparison.Ordinal);
        var area = await lead.PostFormAsync($"{page}?handler=AddArea", new() { ["stamp"] = Stamp(overview), ["area-title"] = "Leadership" }, page);
        Assert.Equal(302, area.Status);

        var findingPage = await lead.GetAsync($"{page}/areas/0/findings/new");
        var finding = await lead.PostFormAsync($"{page}/areas/0/findings/new", new()
        {
            ["stamp"] = Stamp(findingPage), ["polarity"] = "Strength", ["text"] = "Leaders are visible and know their staff.",
            ["source"] = "StaffSurvey", ["evidence"] = "68 out of 84 respondents said their manager supports them",
        });
        Assert.Equal(302, finding.Status);

        var letter = await lead.GetAsync($"{page}?handler=html");
        Assert.Equal(200, letter.Status);
        foreach (var text in new[] { "Annexe two - PDU ratings", "Redcar", "Leaders are visible and know their staff.", "68 out of 84 respondents" })
            Assert.Contains(text, letter.Html, StringComparison.Ordinal);
        var id = long.Parse(page.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var stored = await web.Services.GetRequiredService<ReviewStore>().LoadAsync(id);
        Assert.Equal(("North East", "NE-WEB-1", new DateOnly(2022, 9, 1)), (stored.Review.Region, stored.Review.Reference, stored.Review.LetterDate!.Value));
        var annexe = Core.Reviews.AnnexeTwo.Build(stored.Linked).Single();
        Assert.Equal(("8/24", true), (annexe.ScoreText, annexe.FromDataset));
    }

    [Fact]
    public async Task A_change_made_from_a_stale_page_is_refused_and_the_page_shows_the_other_change()
    {
        var lead = await web.SignInAsync("demo.lead");
        var id = await Reviews.CreateAsync(new Core.Reviews.RegionalReview { Region = "North West" }, new Actor("test"));
        var page = $"/reviews/{id}";
        var before = await lead.GetAsync(page);
        var first = await lead.PostFormAsync($"{page}?handler=AddArea", new() { ["stamp"] = Stamp(before), ["area-title"] = "Staff" }, page);
        Assert.Equal(302, first.Status);

        var stale = await lead.PostFormAsync($"{page}?handler=AddArea", new() { ["stamp"] = Stamp(before), ["area-title"] = "Services" }, page);

        Assert.Equal(200, stale.Status);
        Assert.Contains(stale.ErrorSummary, e => e.Contains("someone else changed this review", StringComparison.Ordinal));
        Assert.Contains("Staff", stale.Html, StringComparison.Ordinal);
        Assert.Equal(["Staff"], (await Reviews.GetAsync(id)).Review.Areas.Select(a => a.Title));
    }

    [Fact]
    public async Task Bad_input_is_named_field_by_field_and_nothing_is_stored()
    {
        var lead = await web.SignInAsync("demo.lead");
        var count = (await web.Services.GetRequiredService<ReviewStore>().ListAsync()).Count;

        var empty = await lead.PostFormAsync("/reviews/new", new() { ["region"] = " ", ["letter-day"] = "31", ["letter-month"] = "2", ["letter-year"] = "2022" });

        Assert.Equal(["Enter the region the review looks at, for example North East", "The letter date must be a real date, like 1 9 2022"], empty.ErrorSummary);
        Assert.Equal(count, (await web.Services.GetRequiredService<ReviewStore>().ListAsync()).Count);

        var id = await Reviews.CreateAsync(new Core.Reviews.RegionalReview { Region = "Wales" }, new Actor("test"));
        var overview = await lead.GetAsync($"/reviews/{id}");
        await lead.PostFormAsync($"/reviews/{id}?handler=AddArea", new() { ["stamp"] = Stamp(overview), ["area-title"] = "Leadership" }, $"/reviews/{id}");
        var findingPage = await lead.GetAsync($"/reviews/{id}/areas/0/findings/new");
        var finding = await lead.PostFormAsync($"/reviews/{id}/areas/0/findings/new", new() { ["stamp"] = Stamp(findingPage), ["polarity"] = "Maybe", ["source"] = "Gossip" });
        Assert.Equal([
            "Select whether this is a key strength or a key area for improvement", "Enter the finding as the letter will print it",
            "Select where the evidence comes from", "Enter the evidence, for example 68 out of 84 respondents agreed"], finding.ErrorSummary);
        Assert.Empty((await Reviews.GetAsync(id)).Review.Areas[0].Findings);
        Assert.Equal(404, (await lead.GetAsync($"/reviews/{id}/areas/5/findings/new")).Status);
        Assert.Equal(404, (await lead.GetAsync("/reviews/999999")).Status);
    }

    [Fact]
    public async Task Only_published_PDU_inspections_may_be_linked_so_no_drafts_ratings_reach_a_letter()
    {
        var lead = await web.SignInAsync("demo.lead");
        var draft = await ImportRedcarAsync(published: false);
        var id = await Reviews.CreateAsync(new Core.Reviews.RegionalReview { Region = "North East" }, new Actor("test"));
        var linkPage = await lead.GetAsync($"/reviews/{id}/pdus/link");

        Assert.Null(linkPage.Document.QuerySelector($"input[name=inspection][value='{draft}']"));
        var crafted = await lead.PostFormAsync($"/reviews/{id}/pdus/link", new() { ["stamp"] = Stamp(await lead.GetAsync($"/reviews/{id}")), ["inspection"] = $"{draft}" },
            $"/reviews/{id}");
        Assert.Equal(["Select the PDU inspection to link"], crafted.ErrorSummary);
        Assert.Empty((await Reviews.GetAsync(id)).Review.PduInspections);
    }

    [Fact]
    public async Task Inspectors_panel_members_analysts_and_providers_may_not_open_a_review_or_its_letter()
    {
        var id = await Reviews.CreateAsync(new Core.Reviews.RegionalReview { Region = "London" }, new Actor("test"));
        foreach (var user in new[] { "demo.inspector", "demo.panel", "demo.analyst", "demo.provider" })
        {
            var session = await web.SignInAsync(user);
            Assert.Equal(403, (await session.GetAsync($"/reviews/{id}")).Status);
            Assert.Equal(403, (await session.GetAsync($"/reviews/{id}?handler=html")).Status);
        }
        Assert.Equal(200, (await (await web.SignInAsync("demo.admin")).GetAsync($"/reviews/{id}")).Status);
    }

    [Fact]
    public async Task A_lead_writes_the_letters_sections_and_an_areas_narrative_in_paragraphs_and_changes_the_details()
    {
        var lead = await web.SignInAsync("demo.lead");
        var id = await Reviews.CreateAsync(new Core.Reviews.RegionalReview { Region = "Midlands" }, new Actor("test"));
        var created = await Reviews.GetAsync(id);
        await Reviews.SaveAsync(id, created.Review with { Areas = [new Core.Reviews.ReviewArea("staff", "Staff")] }, [], created.Stamp, "added an area", new Actor("test"));
        var page = $"/reviews/{id}";

        var opening = await lead.GetAsync($"{page}/text/opening");
        Assert.Equal(302, (await lead.PostFormAsync($"{page}/text/opening", new() { ["stamp"] = Stamp(opening), ["text"] = "Dear Director,\r\n\r\nMany thanks for your\r\nhelp." })).Status);
        var area = await lead.GetAsync($"{page}/text/area-0");
        Assert.Equal(302, (await lead.PostFormAsync($"{page}/text/area-0", new() { ["stamp"] = Stamp(area), ["text"] = "Staff are well supported." })).Status);
        var details = await lead.GetAsync($"{page}/details");
        Assert.Equal("Midlands", details.Document.QuerySelector("#region")!.GetAttribute("value"));
        Assert.Equal(302, (await lead.PostFormAsync($"{page}/details", new()
        {
            ["stamp"] = Stamp(details), ["region"] = "West Midlands", ["title"] = "West Midlands regional review", ["letter-day"] = "2", ["letter-month"] = "3", ["letter-year"] = "2023",
        })).Status);

        var review = (await Reviews.GetAsync(id)).Review;
        Assert.Equal(["Dear Director,", "Many thanks for your help."], review.Narrative["opening"]);
        Assert.Equal(["Staff are well supported."], review.Areas[0].Narrative);
        Assert.Equal(("West Midlands", "West Midlands regional review", new DateOnly(2023, 3, 2)), (review.Region, review.Title, review.LetterDate!.Value));
        var overview = await lead.GetAsync(page);
        Assert.Contains("2 paragraphs", overview.Document.QuerySelector("[data-testid=letter-text]")!.TextContent, StringComparison.Ordinal);
        var letter = await lead.GetAsync($"{page}?handler=html");
        Assert.Contains("Many thanks for your help.", letter.Html, StringComparison.Ordinal);
        Assert.Contains("Staff are well supported.", letter.Html, StringComparison.Ordinal);

        var emptied = await lead.PostFormAsync($"{page}/text/opening", new() { ["stamp"] = Stamp(await lead.GetAsync($"{page}/text/opening")), ["text"] = "  " });
        Assert.Equal(302, emptied.Status);
        Assert.False((await Reviews.GetAsync(id)).Review.Narrative.ContainsKey("opening"));
        Assert.Equal(404, (await lead.GetAsync($"{page}/text/area-3")).Status);
        Assert.Equal(404, (await lead.GetAsync($"{page}/text/foreword")).Status);
    }

    private static string Stamp(WebSession.Response page) =>
        page.Document.QuerySelector("input[name=stamp]")?.GetAttribute("value") ?? throw new InvalidOperationException("the page has no stamp");

    private async Task<long> ImportRedcarAsync(bool published)
    {
        var parsed = DatasetFolder.Read(RepositoryPaths.Of("examples", "redcar-cleveland-middlesbrough-2022"));
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Problems));
        var d = parsed.Dataset!;
        var dataset = published ? d : new Core.Datasets.InspectionDataset(d.Framework, d.Manifest with { Status = Core.Datasets.InspectionStatus.Fieldwork, Reference = "RCM-DRAFT" }, d.Cases, d.Answers);
        return await web.Store.Datasets.ImportAsync(dataset, new Actor("test"));
    }
}
