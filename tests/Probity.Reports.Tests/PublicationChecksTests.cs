using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Reports.Checks;
using Probity.Reports.Model;

namespace Probity.Reports.Tests;

/// <summary>
/// The checks before publication: each fires on a crafted text, and the Northumbria report's published text raises only
/// its two known "significant" warnings (the example holds no counts for its comparisons, so R21 cannot be met).
/// </summary>
public class PublicationChecksTests
{
    private static readonly Northumbria Example = Northumbria.Example;

    private static IReadOnlyList<CheckFinding> Checks(Action<Dictionary<string, string>> change)
    {
        var narrative = new Dictionary<string, string>(Example.Dataset.Manifest.Narrative);
        change(narrative);
        var d = Example.Dataset;
        var dataset = new InspectionDataset(d.Framework, d.Manifest with { Narrative = narrative }, d.Cases, d.Answers)
        {
            Interviews = d.Interviews, Meetings = d.Meetings, PracticeExamples = d.PracticeExamples,
        };
        return PublicationChecks.Run(dataset, InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset)));
    }

    // The findings a change adds to the two the published text always raises.
    private static List<CheckFinding> Added(Action<Dictionary<string, string>> change) =>
        Checks(change).Where(f => f.Kind != CheckKind.Significant).ToList();

    [Fact]
    public void The_published_northumbria_text_raises_only_its_two_significant_warnings()
    {
        var findings = PublicationChecks.Run(Example.Dataset, Example.Rating);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(CheckKind.Significant, f.Kind));
        Assert.Equal(["executive-summary:2:strengths", "executive-summary:4.1"], findings.Select(f => f.Section).Order().ToList());
        Assert.Equal("Executive summary: Case supervision strengths", findings.Single(f => f.Section == "executive-summary:2:strengths").Block);
        Assert.Equal("Executive summary: Unpaid work", findings.Single(f => f.Section == "executive-summary:4.1").Block);
    }

    [Fact] // its text is complete in its own layout's blocks, which are the ones required, not the CRC layout's
    public void The_quality_and_impact_example_raises_no_empty_block_finding()
    {
        var dataset = Exchange.DatasetFolder.Read(Core.Tests.RepositoryPaths.Of("examples", "cumbria-2017")).Dataset!;

        var findings = PublicationChecks.Run(dataset, InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset)));

        Assert.DoesNotContain(findings, f => f.Kind == CheckKind.EmptyBlock);
    }

    [Fact]
    public void A_quality_and_impact_report_without_a_judgement_is_named_in_the_area_layouts_words()
    {
        var d = Exchange.DatasetFolder.Read(Core.Tests.RepositoryPaths.Of("examples", "cumbria-2017")).Dataset!;
        var narrative = d.Manifest.Narrative.Where(n => n.Key != "judgement:2:nps").ToDictionary();
        var dataset = new InspectionDataset(d.Framework, d.Manifest with { Narrative = narrative }, d.Cases, d.Answers);

        var found = Assert.Single(PublicationChecks.Run(dataset, InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset))),
            f => f.Kind == CheckKind.EmptyBlock);

        Assert.Equal("judgement:2:nps", found.Section);
        Assert.Equal($"{d.Framework.Domains.Single(x => x.Key == "2").Title}: NPS effectiveness", found.Block);
    }

    [Fact]
    public void A_rating_word_that_disagrees_with_the_standards_rating_is_found_in_its_block()
    {
        Assert.Equal(Rating.RequiresImprovement, Example.Rating.Standard("2.2")!.Rating);
        var found = Assert.Single(Added(n => n["standard:2.2"] = "Northumbria CRC has achieved an overall score of 'Good' for its planning work."));
        Assert.Equal(CheckKind.RatingWord, found.Kind);
        Assert.Equal("Standard 2.2 summary", found.Block);
        Assert.Equal("'Good'", found.Words);
        Assert.Contains("'Requires improvement'", found.Problem);
    }

    [Fact]
    public void A_rating_word_in_a_domain_block_is_read_against_the_standard_the_sentence_names()
    {
        var found = Assert.Single(Added(n => n["chapter:2"] += "\n\nThe CRC's planning work is 'Inadequate'."));
        Assert.Equal("Chapter 2 summary", found.Block);
        Assert.Contains("2.2 Planning", found.Problem);
    }

    [Fact]
    public void A_rating_named_as_a_threshold_or_in_the_past_is_not_a_claim_about_the_current_rating()
    {
        Assert.Empty(Added(n => n["standard:2.2"] = "Planning was rated 'Good' in 2018. It fell short of the 'Good' threshold this time."));
    }

    [Fact]
    public void A_count_of_standards_at_a_rating_must_match_the_ratings()
    {
        var good = Example.Rating.Standards.Count(s => s.Rating == Rating.Good);
        Assert.Empty(Added(n => n[NarrativeKeys.Foreword] = $"We found {Core.Text.NumberWords.Of(good)} out of the ten standards we inspect against now rated as 'Good'."));
        var found = Assert.Single(Added(n => n[NarrativeKeys.Foreword] = $"We found {Core.Text.NumberWords.Of(good + 1)} out of the ten standards we inspect against now rated as 'Good'."));
        Assert.Equal(CheckKind.RatingCount, found.Kind);
        Assert.Equal("Foreword", found.Block);
        Assert.StartsWith(Core.Text.NumberWords.Of(good + 1) + " out of the ten standards", found.Words);
        Assert.Contains($"{Core.Text.NumberWords.Of(good)} standards are now rated 'Good'", found.Problem);
    }

    [Fact]
    public void A_quantifier_given_with_its_figure_must_fit_the_figure()
    {
        Assert.Empty(Added(n => n[NarrativeKeys.Foreword] = "Less than one-half (48 per cent) of people had a personalised assessment."));
        var found = Assert.Single(Added(n => n[NarrativeKeys.Foreword] = "Less than one-half (72 per cent) of people had a personalised assessment."));
        Assert.Equal(CheckKind.Quantifier, found.Kind);
        Assert.Equal("Less than one-half (72 per cent)", found.Words);
    }

    [Fact]
    public void A_quantifier_in_a_key_question_block_must_fit_one_of_its_figures_or_their_complement()
    {
        // 2.4.3 and its prompts are all between a third and two-thirds: "almost all" fits none of them either way round.
        var kq = Example.Dataset.Framework.FindKeyQuestion("2.4.3")!;
        var figures = new[] { kq.Id }.Concat(kq.Prompts.Select(p => p.Id)).Select(id => Example.Rating.Items[id].Percent!.Value).ToList();
        Assert.All(figures, p => Assert.InRange(p, 11, 89));
        var found = Assert.Single(Added(n => n["key-question:2.4.3"] = "Risk of harm was reviewed well in almost all cases."));
        Assert.Equal("Key question 2.4.3", found.Block);
        Assert.Equal("almost all", found.Words);
        Assert.Empty(Added(n => n["key-question:2.4.3"] = "Risk of harm was reviewed well in less than half of the cases."));
    }

    [Fact]
    public void Significant_without_a_passing_test_is_found_in_any_block()
    {
        var found = Checks(n => n["key-question:2.2.1"] = "Planning has improved significantly.").Where(f => f.Section == "key-question:2.2.1").ToList();
        Assert.Equal(CheckKind.Significant, Assert.Single(found).Kind);
        Assert.Equal("significantly", found[0].Words);
    }

    [Fact]
    public void An_empty_required_block_is_found()
    {
        var found = Assert.Single(Added(n => n.Remove("standard:2.3")));
        Assert.Equal(CheckKind.EmptyBlock, found.Kind);
        Assert.Equal("Standard 2.3 summary", found.Block);
        Assert.Contains(Added(n => n[NarrativeKeys.Foreword] = "  "), f => f.Kind == CheckKind.EmptyBlock && f.Block == "Foreword");
    }

    [Theory]
    [InlineData("[TBC]")]
    [InlineData("XX")]
    [InlineData("TODO")]
    [InlineData("{provider}")]
    public void A_placeholder_left_in_is_found(string placeholder)
    {
        var found = Assert.Single(Added(n => n[NarrativeKeys.Background] = $"The CRC supervises {placeholder} people across the area."));
        Assert.Equal(CheckKind.Placeholder, found.Kind);
        Assert.Equal("Background", found.Block);
        Assert.Equal(placeholder, found.Words);
    }

    [Fact]
    public void An_override_takes_its_finding_out_of_the_unresolved_and_lists_it_with_its_reason_in_the_draft()
    {
        var findings = PublicationChecks.Run(Example.Dataset, Example.Rating);
        var overridden = findings[0];
        var at = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var overrides = new[] { new CheckOverride(overridden.Key, "The words quote the CRC's own survey, not our figures.", "lisa.parker", at) };
        var (unresolved, done) = PublicationChecks.Apply(findings, overrides);
        Assert.DoesNotContain(overridden, unresolved);
        Assert.Equal(overridden, Assert.Single(done).Finding);

        var draft = ReportBuilder.Build(Example.Dataset, Example.Rating, new ReportOptions { Draft = true, Overrides = overrides });
        Assert.Equal(unresolved, draft.Checks);
        var page = Synthetic.Html(draft);
        var listed = Assert.Single(page.Document.QuerySelectorAll("ul.overridden li")).TextContent;
        Assert.Contains(overridden.Block, listed);
        Assert.Contains("lisa.parker: The words quote the CRC's own survey", listed);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("ul.checks li"), li => li.TextContent == overridden.ToString());
    }

    [Fact]
    public void A_block_written_before_a_rating_it_mentions_changed_is_to_review_until_saved_again()
    {
        var framework = Example.Dataset.Framework;
        var narrative = Example.Dataset.Manifest.Narrative;
        var t0 = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var written = new[] { new BlockWritten("standard:2.2", t0), new BlockWritten("chapter:2", t0), new BlockWritten("standard:4.1", t0) };
        var changed = new[] { new RatingChanged("2.2", t0.AddHours(1)) };
        var review = BlocksToReview.Find(framework, narrative, written, changed);
        Assert.Equal(["chapter:2", "standard:2.2"], review.Select(r => r.Section).Order().ToList());
        Assert.Equal("Standard 2.2 summary", review.Single(r => r.Section == "standard:2.2").Block);

        var savedAgain = new[] { new BlockWritten("standard:2.2", t0.AddHours(2)), new BlockWritten("chapter:2", t0) };
        Assert.Equal(["chapter:2"], BlocksToReview.Find(framework, narrative, savedAgain, changed).Select(r => r.Section).ToList());
    }
}
