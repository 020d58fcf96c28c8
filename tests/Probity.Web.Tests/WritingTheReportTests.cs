using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Core.Text;
using Probity.Data;
using Probity.Data.Narrative;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// "Write the report": the list of every block of the layout with its state, a block's page beside its figures, saving
/// with the version read (a stale save shows both texts and keeps theirs), the preview, and who may write at which stage.
/// </summary>
public sealed class WritingTheReportTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task The_list_names_every_block_grouped_as_the_report_prints_them_with_its_state()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var page = await (await web.SignInAsync("demo.inspector")).GetAsync($"/inspections/{id}/writing");

        Assert.Equal(200, page.Status);
        var headings = page.Document.QuerySelectorAll("h2.govuk-heading-m").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal("Foreword", headings[0]);
        Assert.Equal("Executive summary", headings[1]);
        Assert.Contains("Annexes", headings);
        Assert.True(headings.IndexOf("Executive summary") < headings.IndexOf("Background"));
        Assert.Equal("Written", StateOf(page, "Foreword"));
        Assert.Equal("Written", StateOf(page, "4.1 Unpaid work: overview")); // the CRC-specific work is written standard by standard
        Assert.Equal("Not written", StateOf(page, "1.1 Leadership: summary after the key questions"));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("a.govuk-task-list__link"), a => a.TextContent.Contains("2.1 Assessment: overview", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_overview_offers_writing_from_drafting_on_only()
    {
        var lead = await web.SignInAsync("demo.lead");
        var atPanel = await lead.GetAsync($"/inspections/{await web.DemoInspectionAsync()}");
        var drafting = await lead.GetAsync($"/inspections/{await DraftingInspections.ImportAsync(web)}");

        Assert.DoesNotContain("Write the report", atPanel.Html);
        Assert.Contains("Write the report", drafting.Html);
        Assert.Contains("Recommendations", drafting.Document.QuerySelector(".govuk-task-list")!.TextContent);
    }

    [Fact]
    public async Task A_block_shows_the_figures_and_suggested_wording_it_talks_about()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var page = await (await web.SignInAsync("demo.inspector")).GetAsync($"/inspections/{id}/writing/standard/2.1");

        Assert.Equal(200, page.Status);
        var rating = await Rated(id);
        var tally = rating.Items["2.1.1"];
        var row = page.Document.QuerySelector("[data-testid=figures] tr[data-item='2.1.1']")!;
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal($"{tally.Yes}/{tally.Answered} = {tally.Percent}%", cells[0]);
        Assert.Equal(QuantifierPhrases.Suggest(tally.Yes, tally.Answered).Preferred, cells[1]);
        Assert.Equal("81%: counts not held, so never 'significant'", cells[3]); // the 2018 report printed percentages only
        var prompt = (await web.Store.Datasets.LoadAsync(id)).Framework.FindKeyQuestion("2.1.1")!.Prompts[0].Id;
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=figures] tr[data-item='{prompt}']")); // and its prompts
        Assert.Null(page.Document.QuerySelector("[data-testid=figures] tr[data-item='2.2.1']"));
        Assert.Contains(rating.Standard("2.1")!.Rating!.Value.DisplayName(), page.Document.QuerySelector("[data-testid=ratings]")!.TextContent);
        Assert.Equal(2, page.Document.QuerySelectorAll("input[name=printed][checked]").Length); // the example's two for 2.1, printed until chosen
    }

    [Fact]
    public async Task A_save_keeps_the_text_and_a_stale_save_shows_both_and_keeps_theirs()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var store = web.Get<NarrativeStore>();
        var path = $"/inspections/{id}/writing/standard/2.1";
        var inspector = await web.SignInAsync("demo.inspector");
        var before = (await store.ListAsync(id)).Single(b => b.Section == "standard:2.1");

        var saved = await inspector.PostFormAsync(path, new() { ["text"] = "Assessment was thorough in most cases.", ["version"] = $"{before.Version}" });
        Assert.Equal(302, saved.Status);
        Assert.Equal($"/inspections/{id}/writing?saved=standard%3A2.1", saved.Location);
        var after = (await store.ListAsync(id)).Single(b => b.Section == "standard:2.1");
        Assert.Equal(("Assessment was thorough in most cases.", before.Version + 1), (after.Text, after.Version));

        // Someone else saves after this inspector read the block at after.Version.
        await store.SaveAsync(id, "standard:2.1", "Their text.", after.Version, new Actor("demo.inspector2"));
        var stale = await inspector.PostFormAsync(path, new() { ["text"] = "My text.", ["version"] = $"{after.Version}" });

        Assert.Equal(200, stale.Status);
        Assert.StartsWith("Your text has not been saved: demo.inspector2 (at ", Assert.Single(stale.ErrorSummary));
        Assert.Contains("saved this block after you opened it", stale.ErrorSummary[0]);
        Assert.DoesNotContain("standard:2.1", stale.ErrorSummary[0]);
        Assert.Contains("Their text.", stale.Document.QuerySelector("[data-testid=their-text]")!.TextContent);
        Assert.Equal("My text.", stale.Document.QuerySelector("textarea#text")!.TextContent);
        Assert.Equal($"{after.Version + 1}", stale.Document.QuerySelector("input[name=version]")!.GetAttribute("value"));
        Assert.Equal("Their text.", (await store.ListAsync(id)).Single(b => b.Section == "standard:2.1").Text);
    }

    [Fact]
    public async Task The_writers_choose_which_practice_examples_the_report_prints()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var path = $"/inspections/{id}/writing/standard/2.1?handler=Examples";
        var lead = await web.SignInAsync("demo.lead");
        var examples = await web.Get<NarrativeStore>().PracticeExamplesAsync(id, "2.1");
        var kept = examples[1];

        var refused = await lead.PostFormAsync(path, new() { ["printed"] = "999999" }, formPage: $"/inspections/{id}/writing/standard/2.1");
        var chosen = await lead.PostFormAsync(path, new() { ["printed"] = $"{kept.Id}" }, formPage: $"/inspections/{id}/writing/standard/2.1");

        Assert.Equal(["Tick only the practice examples listed"], refused.ErrorSummary);
        Assert.Equal(302, chosen.Status);
        Assert.Equal([false, true], (await web.Get<NarrativeStore>().PracticeExamplesAsync(id, "2.1")).Select(e => e.Example.InReport));
        var report = (await lead.GetAsync($"/inspections/{id}/report/html")).Document.QuerySelector("[id='standard-2.1']")!.TextContent;
        Assert.DoesNotContain(Opening(examples[0].Example.Text), report);
        Assert.Contains(Opening(kept.Example.Text), report);
    }

    [Fact]
    public async Task Empty_or_overlong_text_is_refused_and_nothing_changes()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var path = $"/inspections/{id}/writing/standard/1.1";
        var lead = await web.SignInAsync("demo.lead");

        var empty = await lead.PostFormAsync(path, new() { ["text"] = "  " });
        var overlong = await lead.PostFormAsync(path, new() { ["text"] = new string('a', 20_001) });

        Assert.Equal(["Enter the text of 1.1 Leadership: summary after the key questions"], empty.ErrorSummary);
        Assert.Equal(["The text must be 20,000 characters or fewer"], overlong.ErrorSummary);
        Assert.DoesNotContain(await web.Get<NarrativeStore>().ListAsync(id), b => b.Section == "standard:1.1");
    }

    [Fact]
    public async Task The_preview_prints_the_section_with_the_typed_text_and_saves_nothing()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var lead = await web.SignInAsync("demo.lead");
        var before = await web.Get<NarrativeStore>().ListAsync(id);

        var preview = await lead.PostFormAsync($"/inspections/{id}/writing/key-question/2.2.1?handler=preview",
            new() { ["text"] = "A preview of planning's first key question." }, formPage: $"/inspections/{id}/writing/key-question/2.2.1");

        Assert.Equal(200, preview.Status);
        var section = preview.Document.QuerySelector("section#chapter-2")!;
        Assert.Contains("A preview of planning's first key question.", section.TextContent);
        Assert.Null(preview.Document.QuerySelector("section#executive-summary"));
        Assert.Equal(before, await web.Get<NarrativeStore>().ListAsync(id));
    }

    [Fact]
    public async Task Who_may_write_depends_on_the_stage()
    {
        var atPanel = await web.DemoInspectionAsync();
        var accuracy = await DraftingInspections.ImportAsync(web, InspectionStatus.FactualAccuracy);
        var inspector = await web.SignInAsync("demo.inspector");
        var lead = await web.SignInAsync("demo.lead");
        var fields = new Dictionary<string, string> { ["text"] = "Written too early or by the wrong person." };

        var early = await lead.PostFormAsync($"/inspections/{atPanel}/writing/background", fields);
        var notTheLead = await inspector.PostFormAsync($"/inspections/{accuracy}/writing/standard/1.1", fields);
        var theLead = await lead.PostFormAsync($"/inspections/{accuracy}/writing/standard/1.1", fields);

        Assert.Equal(403, early.Status);
        Assert.Contains("once the ratings panel has ratified the ratings", early.Html);
        Assert.Equal(403, notTheLead.Status);
        Assert.Contains("only the lead inspector or an admin", notTheLead.Html);
        Assert.Equal(302, theLead.Status);
        Assert.NotNull((await inspector.GetAsync($"/inspections/{accuracy}/writing/standard/1.1")).Document.QuerySelector("[data-testid=read-only]"));
    }

    [Fact]
    public async Task A_block_the_layout_does_not_print_is_not_found()
    {
        var id = await DraftingInspections.ImportAsync(web);
        var lead = await web.SignInAsync("demo.lead");
        Assert.Equal(404, (await lead.GetAsync($"/inspections/{id}/writing/standard/9.9")).Status);
        Assert.Equal(404, (await lead.GetAsync($"/inspections/{id}/writing/standard/2.1/overview")).Status);
    }

    [Theory]
    [InlineData("redcar-cleveland-middlesbrough-2022", "Executive summary", "2.2 Assessment")]
    [InlineData("cumbria-2017", "1. Overall judgements and recommendations", "findings")]
    public async Task Other_layouts_list_their_own_blocks_and_each_opens(string example, string group, string block)
    {
        var id = await DraftingInspections.ImportAsync(web, example: example);
        var lead = await web.SignInAsync("demo.lead");
        var list = await lead.GetAsync($"/inspections/{id}/writing");

        Assert.Contains(group, list.Document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        var links = list.Document.QuerySelectorAll("a.govuk-task-list__link").ToList();
        var link = links.First(a => a.TextContent.Contains(block, StringComparison.Ordinal));
        Assert.Equal(200, (await lead.GetAsync(link.GetAttribute("href")!)).Status);
    }

    [Fact]
    public async Task A_block_written_before_the_panel_changed_a_rating_it_mentions_shows_to_review_in_the_list()
    {
        var id = await DraftingInspections.ImportAsync(web, InspectionStatus.RatingsPanel);
        var lead = await web.SignInAsync("demo.lead");
        var before = await lead.GetAsync($"/inspections/{id}/writing");
        Assert.Equal("Written", StateOf(before, "2.4 Reviewing: summary after the key questions"));

        // The example's blocks came with the import; the panel then withdraws its decision on 2.4, so 2.4's rating changes after them.
        var decision = (await web.Store.Panel.ListAsync(id)).Single(d => d.Decision.Standard == "2.4");
        await web.Store.Panel.WithdrawAsync(id, "2.4", decision.Version, new Actor("demo.panel"));
        var after = await lead.GetAsync($"/inspections/{id}/writing");

        Assert.Equal("To review", StateOf(after, "2.4 Reviewing: summary after the key questions"));
        Assert.Equal("Written", StateOf(after, "Background")); // it says nothing of 2.4
        Assert.Equal("Not written", StateOf(after, "1.1 Leadership: summary after the key questions"));
    }

    // The first words of an example, as the report prints them (its lines joined).
    private static string Opening(string text) => text.Split('\n')[0][..Math.Min(40, text.Split('\n')[0].Length)];

    private async Task<InspectionRating> Rated(long id)
    {
        var dataset = await web.Store.Datasets.LoadAsync(id);
        return InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset));
    }

    private static string StateOf(WebSession.Response page, string block)
    {
        var link = page.Document.QuerySelectorAll("a.govuk-task-list__link").First(a => a.TextContent.Trim() == block);
        return link.Closest("li")!.QuerySelector("[data-testid=state]")!.TextContent.Trim();
    }
}
