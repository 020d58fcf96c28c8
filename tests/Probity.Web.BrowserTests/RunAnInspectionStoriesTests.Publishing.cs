using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Probity.Core.Datasets;
using Probity.Web.Demo;

namespace Probity.Web.BrowserTests;

/// <summary>
/// Issue 14's half of the journey, from ratification: the lead writes the report, meets the checks, overrides one,
/// recommends; the provider's contact checks the draft; the lead publishes, the provider downloads the report and answers
/// its recommendations; the analyst sees the inspection only once it is published; a correction makes version 2.
/// </summary>
public sealed partial class RunAnInspectionStoriesTests
{
    // Words that pass every check: no rating, count, quantifier or "significant" to read against the figures.
    private const string Plain = "Inspectors read the case records and spoke with staff and managers about this work.";

    // 2.2 is 'Good' after the panel's decision: this contradicts it.
    private const string WrongRating = "Planning work is 'Outstanding'.";

    // Right as written (it is about the previous inspection), though the check reads it as a claim about today's 1.1.
    private const string EarlierRating = "When inspectors came before, leadership was rated 'Outstanding'.";

    private const string OverrideReason = "The sentence gives the rating of the previous inspection, not this one's.";

    private static async Task WriteCheckPublishAndCorrectAsync(LiveSite site, InspectionSteps steps, long id)
    {
        var publishing = new PublishingSteps(site);
        var lead = await steps.SignInAsync("demo.lead", DemoData.Password);
        await WriteTheNarrativeAsync(lead, site, publishing, id);
        await MendTheRatingWordAndOverrideTheOtherAsync(lead, site, publishing, id);
        await RecommendAsync(lead, site, id);

        await publishing.SendToTheProviderAsync(lead, id, Today.AddDays(14), photograph: true);
        var analyst = await steps.SignInAsync("demo.analyst", DemoData.Password);
        await AnalystSeesAsync(analyst, site, published: false);
        var provider = await steps.SignInAsync("demo.provider", DemoData.Password);
        await ProviderChecksTheDraftAsync(provider, site, id);
        await LeadAcceptsTheCommentAsync(lead, site, id);

        await publishing.PublishAsync(lead, id, Today, "Demo Provider Contact", photograph: true);
        await ProviderDownloadsThePdfAsync(provider, site, id);
        Assert.Equal(2, await publishing.RecordTheActionPlanAsync(provider, id));
        await AnalystSeesAsync(analyst, site, published: true);

        await publishing.CorrectAsync(lead, id, "Foreword", "The number of offices was wrong.", text => text.Replace("seven offices", "eight offices", StringComparison.Ordinal), photograph: true);
        await GuidePictures.TakeAsync(lead, "published-versions");
        await TheFirstVersionIsKeptAsSupersededAsync(lead, id);

        // The journey's inspection, exported, imported into a new database and exported again, is the same byte for byte,
        // and carries what the journey did: the swap and the withdrawal, the override, the comment, both versions, the plan.
        var exported = (await ExportRoundTrips.AssertAsync(site, id)).Manifest;
        Assert.Equal(2, exported.SampleChanges.Withdrawn.Count);
        Assert.Single(exported.SampleChanges.Withdrawn, w => w.ReplacedBy is not null);
        Assert.NotEmpty(exported.CheckOverrides);
        Assert.Equal(AccuracyOutcome.Accepted, Assert.Single(exported.FactualAccuracy!.Comments).Outcome);
        Assert.Equal([null, "The number of offices was wrong."], exported.Publication.Select(v => v.Reason));
        Assert.All(exported.Recommendations.New, r => Assert.NotNull(r.ActionPlan));
    }

    /// <summary>One block from the writing list, then every block the checks list as empty, each from its link there.</summary>
    private static async Task WriteTheNarrativeAsync(IPage lead, LiveSite site, PublishingSteps publishing, long id)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}");
        await Assertions.Expect(lead.GetByTestId("stage")).ToContainTextAsync("Drafting");
        await GuidePictures.TakeAsync(lead, "task-list-drafting");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Write the report" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex($"/inspections/{id}/writing$"));
        await LiveSite.AssertAccessibleAsync(lead);
        await PublishingSteps.WriteBlockAsync(lead, lead.GetByRole(AriaRole.Link, new() { Name = "1.1 Leadership: summary after the key questions" }), EarlierRating);
        await GuidePictures.TakeAsync(lead, "writing-list");

        var written = new List<string>();
        await publishing.OpenChecksAsync(lead, id);
        var empty = lead.GetByTestId("unresolved").Locator("tbody tr").Filter(new() { HasText = "(no text)" });
        while (await empty.CountAsync() > 0)
        {
            Assert.True(written.Count < 40, "the checks keep listing empty blocks: " + string.Join(", ", written));
            var link = empty.First.GetByTestId("block").GetByRole(AriaRole.Link);
            var block = (await link.TextContentAsync())!.Trim();
            await PublishingSteps.WriteBlockAsync(lead, link, block == "Standard 2.2 summary" ? WrongRating : Plain);
            written.Add(block);
            await publishing.OpenChecksAsync(lead, id);
        }
        Assert.Contains("Foreword", written);
        Assert.Contains("Standard 2.2 summary", written);
    }

    private static async Task MendTheRatingWordAndOverrideTheOtherAsync(IPage lead, LiveSite site, PublishingSteps publishing, long id)
    {
        var blocks = await publishing.PublicationBlocksAsync(lead, id);
        Assert.Contains(blocks, b => b.StartsWith("A check is not resolved: Standard 2.2 summary: \u201c'Outstanding'\u201d", StringComparison.Ordinal)
            && b.Contains("now rated 'Good'", StringComparison.Ordinal));
        Assert.Contains(blocks, b => b.StartsWith("A check is not resolved: Standard 1.1 summary: \u201c'Outstanding'\u201d", StringComparison.Ordinal));

        await publishing.OpenChecksAsync(lead, id);
        await Assertions.Expect(lead.GetByTestId("unresolved-count")).ToHaveTextAsync("2 checks to resolve");
        await GuidePictures.TakeAsync(lead, "checks");
        await PublishingSteps.WriteBlockAsync(lead, lead.GetByTestId("block").GetByRole(AriaRole.Link, new() { Name = "Standard 2.2 summary" }),
            "Planning work is 'Good'. " + Plain, photograph: true);
        await publishing.OpenChecksAsync(lead, id);
        await Assertions.Expect(lead.GetByTestId("unresolved-count")).ToHaveTextAsync("1 check to resolve");
        await Assertions.Expect(lead.GetByTestId("unresolved")).Not.ToContainTextAsync("Standard 2.2 summary");

        await PublishingSteps.OverrideAsync(lead, "Standard 1.1 summary", OverrideReason, photograph: true);
        await Assertions.Expect(lead.GetByTestId("unresolved-count")).ToHaveTextAsync("No checks to resolve");
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/report/html");
        await Assertions.Expect(lead.Locator("ul.overridden li")).ToContainTextAsync($"overridden by demo.lead: {OverrideReason}");
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>Two new recommendations, each from a finding, and a judgement on every recommendation of NB-2019.</summary>
    private static async Task RecommendAsync(IPage lead, LiveSite site, long id)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/writing");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Recommendations", Exact = true }).ClickAsync();
        await lead.WaitForURLAsync(new Regex($"/inspections/{id}/recommendations$"));
        await LiveSite.AssertAccessibleAsync(lead);
        await PublishingSteps.AddRecommendationAsync(lead, "The provider: Northumbria Community Rehabilitation Company",
            "share every sentence plan with the person on probation", "2.2 Planning: summary after the key questions");
        await PublishingSteps.AddRecommendationAsync(lead, "HM Prison and Probation Service",
            "review the workload of probation officers", "1.1 Leadership: summary after the key questions");
        await Assertions.Expect(lead.GetByTestId("new-1")).ToContainTextAsync("From: 2.2 Planning");

        var previous = await lead.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Judge progress on previous recommendation \\d+$") }).CountAsync();
        Assert.True(previous > 0, "NB-2019 made recommendations: each is judged here");
        string[] levels = ["Sufficient progress", "Some progress", "No progress"];
        for (var n = 1; n <= previous; n++)
            await PublishingSteps.JudgeProgressAsync(lead, n, levels[(n - 1) % levels.Length], "The provider's records and its staff showed the change.", photograph: n == 1);
        await Assertions.Expect(lead.GetByTestId("progress-sentence")).ToContainTextAsync("We found that");
        await GuidePictures.TakeAsync(lead, "recommendations");
    }

    /// <summary>The analysis of the journey's fieldwork fortnight: no published inspection before publication, this one after.</summary>
    private static async Task AnalystSeesAsync(IPage analyst, LiveSite site, bool published)
    {
        await analyst.GotoAsync($"{site.BaseUrl}/analysis?from=2020-01-13&to=2020-01-24");
        await Assertions.Expect(analyst.GetByTestId("scope-count")).ToContainTextAsync(published ? "1 published inspection is in the scope" : "0 published inspections are in the scope");
        await LiveSite.AssertAccessibleAsync(analyst);
        await analyst.GetByRole(AriaRole.Link, new() { Name = "Ratings", Exact = true }).ClickAsync();
        await analyst.WaitForURLAsync(new Regex("/analysis/ratings\\?"));
        if (published) await Assertions.Expect(analyst.Locator("main")).ToContainTextAsync("NB-2020");
        else await Assertions.Expect(analyst.Locator("main")).Not.ToContainTextAsync("NB-2020");
        await LiveSite.AssertAccessibleAsync(analyst);
    }

    /// <summary>The provider's contact comments on the foreword, then reads the draft: marked as a draft, without the team's notes.</summary>
    private static async Task ProviderChecksTheDraftAsync(IPage provider, LiveSite site, long id)
    {
        await PublishingSteps.CommentAsync(provider, id, "Foreword", "We have seven offices, not six.");
        await provider.GotoAsync($"{site.BaseUrl}/inspections/{id}/report");
        await Assertions.Expect(provider.Locator(".govuk-warning-text")).ToContainTextAsync("factual accuracy check");
        await LiveSite.AssertAccessibleAsync(provider);
        await provider.GetByRole(AriaRole.Link, new() { Name = "Read the draft report" }).ClickAsync();
        await provider.WaitForURLAsync(new Regex("/report/html$"));
        await Assertions.Expect(provider.Locator("body.draft .draft-banner")).ToContainTextAsync("Draft: not for publication");
        await Assertions.Expect(provider.Locator("#drafting-notes")).ToHaveCountAsync(0);
        await LiveSite.AssertAccessibleAsync(provider);
    }

    /// <summary>The lead goes from the comment to the foreword's editor, changes it, and accepts the comment.</summary>
    private static async Task LeadAcceptsTheCommentAsync(IPage lead, LiveSite site, long id)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/factual-accuracy");
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Link, new() { Name = "Decide the outcome of the comment on Foreword" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("comment-text")).ToHaveTextAsync("We have seven offices, not six.");
        await LiveSite.AssertAccessibleAsync(lead);
        await PublishingSteps.WriteBlockAsync(lead, lead.GetByRole(AriaRole.Link, new() { Name = "Change the text of Foreword" }),
            "Northumbria has seven offices. " + Plain);

        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/factual-accuracy");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Decide the outcome of the comment on Foreword" }).ClickAsync();
        await lead.GetByLabel("Accept: the report is changed").CheckAsync();
        await lead.GetByLabel("Reason or what was changed").FillAsync("The foreword now says seven offices.");
        await GuidePictures.TakeAsync(lead, "factual-accuracy-decide");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("outcome")).ToHaveTextAsync("Accepted");
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>The published report's PDF, from the link on the provider's report page, as the browser fetches it.</summary>
    private static async Task ProviderDownloadsThePdfAsync(IPage provider, LiveSite site, long id)
    {
        await provider.GotoAsync($"{site.BaseUrl}/inspections/{id}/report");
        await Assertions.Expect(provider.Locator(".govuk-warning-text")).ToHaveCountAsync(0);
        await LiveSite.AssertAccessibleAsync(provider);
        var href = await provider.GetByRole(AriaRole.Link, new() { Name = "Download the report as a PDF" }).GetAttributeAsync("href");
        var response = await provider.APIRequest.GetAsync(site.BaseUrl + href);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/pdf", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await response.BodyAsync())[..4]));
    }

    /// <summary>Version 1, read from the versions list, says it is superseded and by what; version 2 carries the correction.</summary>
    private static async Task TheFirstVersionIsKeptAsSupersededAsync(IPage lead, long id)
    {
        await lead.GetByRole(AriaRole.Link, new() { Name = "Read version 1" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex($"/inspections/{id}/report/html\\?version=1$"));
        var on = Today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        await Assertions.Expect(lead.Locator("[data-superseded]")).ToHaveTextAsync(
            $"Superseded: this is version 1 of the report. Version 2, published {on}, replaces it: The number of offices was wrong.");
        await Assertions.Expect(lead.Locator("#foreword")).ToContainTextAsync("seven offices");
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GoBackAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "Read the report" }).ClickAsync();
        await Assertions.Expect(lead.Locator("#foreword")).ToContainTextAsync("eight offices");
        await Assertions.Expect(lead.Locator("[data-superseded]")).ToHaveCountAsync(0);
        await LiveSite.AssertAccessibleAsync(lead);
    }
}
