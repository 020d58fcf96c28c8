using Probity.Core.Ratings;
using Probity.Core.Text;
using Probity.Reports.Html;
using Probity.Reports.Model;
using Probity.Reports.Writing;

namespace Probity.Reports.Tests.Writing;

/// <summary>The figures beside a block: the items it is about, computed as the drafting notes compute them.</summary>
public class BlockFiguresTests
{
    private static readonly InspectionReport Draft = ReportBuilder.Build(Northumbria.Example.Dataset, Northumbria.Example.Rating, new ReportOptions { Draft = true });

    [Fact]
    public void A_key_questions_block_has_it_and_its_prompts_as_the_drafting_notes_word_them()
    {
        var figures = BlockFigureBuilder.For(Northumbria.Example.Dataset, Northumbria.Example.Rating, NarrativeKeys.KeyQuestion("2.4.3"));
        var kq = Northumbria.Example.Dataset.Framework.FindKeyQuestion("2.4.3")!;

        Assert.Equal(new[] { "2.4.3" }.Concat(kq.Prompts.Select(p => p.Id)).Where(id => Northumbria.Example.Rating.Items.GetValueOrDefault(id).HasValue),
            figures.Items.Select(i => i.Id));
        var item = figures.Items[0];
        Assert.Equal(("41/85 = 48%", "less than half", "just over half"), (item.Current, item.SuggestedWording, item.FramedNegatively));
        Assert.Equal(QuantifierPhrases.Suggest(41, 85).Preferred, item.SuggestedWording);
        Assert.Equal(("38%: counts not held, so never 'significant'", false), (item.Previous.Text, item.Previous.Significant));
        var notes = Draft.Drafting!.Tables[0].Rows.Single(r => r.ItemId == "2.4.3");
        Assert.Equal([item.Current, item.SuggestedWording, $"not: {item.FramedNegatively}", item.Previous.Text, item.National.Text], notes.Cells.Select(c => c.Text));
        var rating = Northumbria.Example.Rating.Standard("2.4")!.Rating!.Value.DisplayName();
        Assert.Equal([("2.4", "Reviewing", rating)], figures.Standards.Select(s => (s.Id, s.Name, s.Rating)));
    }

    [Fact]
    public void A_standards_block_has_its_key_questions_and_the_foreword_every_key_question()
    {
        var dataset = Northumbria.Example.Dataset;
        var standard = BlockFigureBuilder.For(dataset, Northumbria.Example.Rating, NarrativeKeys.Standard("2.1"));
        var foreword = BlockFigureBuilder.For(dataset, Northumbria.Example.Rating, NarrativeKeys.Foreword);

        Assert.All(standard.Items, i => Assert.StartsWith("2.1.", i.Id));
        Assert.Equal(["2.1"], standard.Standards.Select(s => s.Id));
        Assert.Equal(dataset.Framework.KeyQuestions.Where(k => Northumbria.Example.Rating.Items.GetValueOrDefault(k.Id).HasValue).Select(k => k.Id),
            foreword.Items.Select(i => i.Id));
    }

    [Fact]
    public void The_report_prints_only_the_practice_examples_chosen_for_it()
    {
        var d = Northumbria.Example.Dataset;
        var left = d.PracticeExamples.First(p => p.Standard == "2.1");
        var chosen = new Core.Datasets.InspectionDataset(d.Framework, d.Manifest, d.Cases, d.Answers)
        {
            Interviews = d.Interviews, Meetings = d.Meetings,
            PracticeExamples = [.. d.PracticeExamples.Select(p => p == left ? p with { InReport = false } : p)],
        };

        var all = Northumbria.Example.Report.Chapters.SelectMany(c => c.Standards).Single(s => s.Id == "2.1").PracticeExamples;
        var printed = ReportBuilder.Build(chosen, Northumbria.Example.Rating).Chapters.SelectMany(c => c.Standards).Single(s => s.Id == "2.1").PracticeExamples;

        Assert.Equal(d.PracticeExamples.Count(p => p.Standard == "2.1") - 1, printed.Count);
        Assert.Equal(all.Count - 1, printed.Count);
        Assert.DoesNotContain(printed, p => p.Text.PlainText == TextBlock.Parse(left.Text)!.PlainText);
        Assert.Contains(all, p => p.Text.PlainText == TextBlock.Parse(left.Text)!.PlainText);
    }

    [Fact]
    public async Task The_preview_prints_only_the_section_of_the_block()
    {
        await using var html = new ReportHtml();
        var page = HtmlPage.Parse(await html.RenderSectionAsync(Draft, NarrativeKeys.KeyQuestion("2.2.1"), "2.2.1"));

        Assert.NotNull(page.Document.QuerySelector("section#chapter-2"));
        Assert.Null(page.Document.QuerySelector("section#chapter-1"));
        Assert.Null(page.Document.QuerySelector("section#executive-summary"));
        Assert.Equal("Preview: 2.2.1", page.Document.Title);
    }
}
