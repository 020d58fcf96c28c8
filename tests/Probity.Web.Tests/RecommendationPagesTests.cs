using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Recommendations;
using Probity.Reports.Model;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// The recommendations pages: new ones by addressee with the finding they come from, in an order the lead can change,
/// removed with the rest moving up; progress on the previous inspection's, from which the report's sentence is made.
/// </summary>
public sealed class RecommendationPagesTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task A_lead_adds_a_recommendation_for_hmpps_with_its_finding()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var lead = await web.SignInAsync("demo.lead");

        var saved = await lead.PostFormAsync($"/inspections/{id}/recommendations/new", new()
        {
            ["addressee"] = "HM Prison and Probation Service", ["text"] = "review the caseloads of probation officers", ["finding"] = "standard:2.2",
        });

        Assert.Equal(302, saved.Status);
        var added = (await web.Get<RecommendationStore>().GetAsync(id)).New[^1];
        Assert.Equal(9, added.Recommendation.Number); // after the example's eight
        Assert.Equal(("HM Prison and Probation Service", "review the caseloads of probation officers", "standard:2.2"),
            (added.Recommendation.Addressee, added.Recommendation.Text, added.Recommendation.Finding));
        var list = await lead.GetAsync($"/inspections/{id}/recommendations");
        Assert.Contains("2.2 Planning: summary after the key questions", list.Document.QuerySelector("[data-testid=new-9]")!.TextContent);
        var html = (await lead.GetAsync($"/inspections/{id}/report/html")).Html;
        Assert.Contains("HM Prison and Probation Service should:", html);
    }

    [Fact]
    public async Task A_recommendation_without_addressee_text_or_finding_is_refused()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var lead = await web.SignInAsync("demo.lead");

        var refused = await lead.PostFormAsync($"/inspections/{id}/recommendations/new", new() { ["addressee"] = "The Home Office", ["finding"] = "foreword" });

        Assert.Equal(["Select who the recommendation is for", "Enter what they should do", "Select the finding the recommendation comes from"], refused.ErrorSummary);
        Assert.Equal(8, (await web.Get<RecommendationStore>().GetAsync(id)).New.Count);
    }

    [Fact]
    public async Task Moving_and_removing_keep_the_numbers_in_order()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var store = web.Get<RecommendationStore>();
        var lead = await web.SignInAsync("demo.lead");
        var before = (await store.GetAsync(id)).New;

        var moved = await lead.PostFormAsync($"/inspections/{id}/recommendations?handler=Move",
            new() { ["number"] = "2", ["by"] = "-1", ["version"] = $"{before[1].Version}" }, formPage: $"/inspections/{id}/recommendations");
        Assert.Equal(302, moved.Status);
        var afterMove = (await store.GetAsync(id)).New;
        Assert.Equal([before[1].Recommendation.Text, before[0].Recommendation.Text], afterMove.Take(2).Select(r => r.Recommendation.Text));

        var removed = await lead.PostFormAsync($"/inspections/{id}/recommendations/1?handler=Remove",
            new() { ["version"] = $"{afterMove[0].Version}" }, formPage: $"/inspections/{id}/recommendations/1");
        Assert.Equal(302, removed.Status);
        var afterRemove = (await store.GetAsync(id)).New;
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], afterRemove.Select(r => r.Recommendation.Number));
        Assert.Equal(before[0].Recommendation.Text, afterRemove[0].Recommendation.Text);
        Assert.Equal(before[7].Recommendation.Text, afterRemove[6].Recommendation.Text);
    }

    [Fact]
    public async Task A_stale_change_is_refused_and_theirs_is_kept()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var store = web.Get<RecommendationStore>();
        var lead = await web.SignInAsync("demo.lead");
        var first = (await store.GetAsync(id)).New[0];
        await store.SaveNewAsync(id, first.Recommendation with { Text = "their wording" }, first.Version, new Actor("demo.admin"));

        var stale = await lead.PostFormAsync($"/inspections/{id}/recommendations/1", new()
        {
            ["addressee"] = "provider", ["text"] = "my wording", ["finding"] = "standard:2.1", ["version"] = $"{first.Version}",
        });

        Assert.Equal(200, stale.Status);
        Assert.Contains("demo.admin", Assert.Single(stale.ErrorSummary));
        Assert.Equal("my wording", stale.Document.QuerySelector("textarea#text")!.TextContent);
        Assert.Equal("their wording", (await store.GetAsync(id)).New[0].Recommendation.Text);
    }

    [Fact]
    public async Task Progress_on_the_previous_recommendations_makes_the_reports_sentence()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var store = web.Get<RecommendationStore>();
        var lead = await web.SignInAsync("demo.lead");
        var count = (await store.GetAsync(id)).Previous.Count;

        for (var n = 1; n <= count; n++)
        {
            var page = $"/inspections/{id}/recommendations/previous/{n}";
            var version = (await lead.GetAsync(page)).Document.QuerySelector("input[name=version]")!.GetAttribute("value")!;
            var saved = await lead.PostFormAsync(page, new() { ["progress"] = "sufficient-progress", ["evidence"] = $"Evidence for {n}.", ["version"] = version });
            Assert.Equal(302, saved.Status);
        }

        var previous = (await store.GetAsync(id)).Previous.Select(p => p.Recommendation).ToList();
        Assert.All(previous, p => Assert.Equal(RecommendationProgress.SufficientProgress, p.Progress));
        var sentence = RecommendationSentences.Findings(previous)!;
        Assert.StartsWith("We found that sufficient progress has been made on all", sentence);
        Assert.Contains(sentence, (await lead.GetAsync($"/inspections/{id}/recommendations")).Document.QuerySelector("[data-testid=progress-sentence]")!.TextContent);
        Assert.Contains(sentence, (await lead.GetAsync($"/inspections/{id}/report/html")).Html);
    }

    [Fact]
    public async Task Progress_needs_a_judgement_and_evidence()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var before = (await web.Get<RecommendationStore>().GetAsync(id)).Previous[0];
        var refused = await (await web.SignInAsync("demo.lead")).PostFormAsync($"/inspections/{id}/recommendations/previous/1",
            new() { ["progress"] = "lots", ["version"] = $"{before.Version}" });

        Assert.Equal(["Select the progress made on the recommendation", "Enter the evidence for the progress you judged"], refused.ErrorSummary);
        Assert.Equal(before, (await web.Get<RecommendationStore>().GetAsync(id)).Previous[0]);
    }

    [Fact]
    public async Task Only_the_lead_changes_recommendations_and_only_while_writing()
    {
        var drafting = await DraftingInspections.ImportAsync(web);
        var inspector = await web.SignInAsync("demo.inspector");
        var lead = await web.SignInAsync("demo.lead");
        var fields = new Dictionary<string, string> { ["addressee"] = "provider", ["text"] = "do better", ["finding"] = "standard:2.1" };

        var byInspector = await inspector.PostFormAsync($"/inspections/{drafting}/recommendations/new", fields, formPage: $"/inspections/{drafting}/writing");
        var atPanel = await web.DemoInspectionAsync();
        var early = await lead.PostFormAsync($"/inspections/{atPanel}/recommendations/new", fields, formPage: $"/inspections/{atPanel}/recommendations");

        Assert.Equal(403, byInspector.Status);
        Assert.Equal(403, early.Status);
        Assert.Contains("once the ratings panel has ratified the ratings", early.Html);
        Assert.Equal(8, (await web.Get<RecommendationStore>().GetAsync(drafting)).New.Count);
        Assert.Equal(8, (await web.Get<RecommendationStore>().GetAsync(atPanel)).New.Count);
    }

    [Fact]
    public async Task A_re_inspection_judges_the_previous_inspections_own_recommendations()
    {
        var earlier = await DraftingInspections.ImportAsync(web);
        // A re-inspection set up in Probity: nothing recorded about the previous recommendations yet.
        var later = await DraftingInspections.ImportAsync(web, change: m => m with { Recommendations = new RecommendationSet() });
        var inspection = await web.Store.Inspections.GetAsync(later);
        await web.Store.Inspections.SetPreviousInspectionAsync(later, earlier, inspection.Version, new Actor("test"));
        var store = web.Get<RecommendationStore>();
        var earlierNew = (await store.GetAsync(earlier)).New;
        var lead = await web.SignInAsync("demo.lead");

        var list = await lead.GetAsync($"/inspections/{later}/recommendations");
        Assert.Equal(earlierNew.Count, list.Document.QuerySelectorAll("[data-testid=previous] .govuk-summary-list__row").Length);
        Assert.Equal("Not judged yet", list.Document.QuerySelector("[data-testid=progress-8]")!.TextContent.Trim());

        var page = $"/inspections/{later}/recommendations/previous/8";
        Assert.Contains(earlierNew[7].Recommendation.Text, (await lead.GetAsync(page)).Document.QuerySelector("[data-testid=recommendation]")!.TextContent);
        var saved = await lead.PostFormAsync(page, new() { ["progress"] = "no-progress", ["evidence"] = "Nothing has changed." });
        Assert.Equal(302, saved.Status);
        var recorded = Assert.Single((await store.GetAsync(later)).Previous).Recommendation;
        Assert.Equal((8, earlierNew[7].Recommendation.Text, RecommendationProgress.NoProgress), (recorded.Number, recorded.Text, recorded.Progress));
    }
}
