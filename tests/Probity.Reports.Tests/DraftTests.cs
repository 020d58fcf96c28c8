using Probity.Reports.Model;

namespace Probity.Reports.Tests;

/// <summary>A draft carries the drafting notes: suggested wording (§9.3), what each comparison allows (R20–R21), the checks.</summary>
public class DraftTests
{
    private static readonly InspectionReport Draft = ReportBuilder.Build(Northumbria.Example.Dataset, Northumbria.Example.Rating, new ReportOptions { Draft = true });
    private static readonly HtmlPage Page = Synthetic.Html(Draft);

    [Fact]
    public void A_draft_says_so_and_lists_its_drafting_notes_in_the_contents()
    {
        Assert.Contains("Draft: not for publication", Page.Document.QuerySelector(".cover")!.TextContent);
        Assert.Equal("drafting-notes", Draft.Contents[^1].Anchor);
        Assert.Null(Northumbria.Example.Report.Drafting);
    }

    [Fact]
    public void Every_figure_has_suggested_wording_and_its_comparisons_in_words()
    {
        var cells = Page.Cells("drafting-wording", "2.4.3");
        Assert.Equal("41/85 = 48%", HtmlPage.Text(cells["Current"]));
        Assert.Equal("less than half", HtmlPage.Text(cells["Suggested wording"]));
        Assert.Equal("not: just over half", HtmlPage.Text(cells["Framed negatively"]));
        Assert.Equal("38%: counts not held, so never 'significant'", HtmlPage.Text(cells["Against the previous inspection"]));
        Assert.Equal("not comparable (framework changed)", HtmlPage.Text(Page.Cells("drafting-wording", "2.4.1")["Against the previous inspection"]));
        Assert.Equal(Northumbria.Example.Dataset.Framework.Questions.Count, Page.Table("drafting-wording").QuerySelectorAll("tbody tr").Length); // 18 key questions, 76 prompts
    }

    [Fact]
    public void The_staff_interview_figures_are_listed_with_their_comparisons()
    {
        var cells = Page.Cells("drafting-evidence-measures", "ro.inServiceTrainingAccess");
        Assert.Equal("50/62 = 81%", HtmlPage.Text(cells["Current"]));
        Assert.Equal("76%", HtmlPage.Text(cells["Previous"]));
        Assert.Equal("63%", HtmlPage.Text(cells["National"]));
    }

    [Fact]
    public void The_checks_before_publication_include_every_warning()
    {
        var checks = Page.Document.QuerySelectorAll("ul.checks li").Select(li => li.TextContent).ToList();
        // The narrative's findings in inspectors' words, then every other warning (the R21 ones are findings already).
        Assert.Equal(Draft.Checks.Select(c => c.ToString()).Concat(Draft.Warnings.Where(w => !w.Contains("(R21)", StringComparison.Ordinal))), checks);
        Assert.Contains(checks, c => c.StartsWith("Executive summary: Unpaid work: \u201csignificant", StringComparison.Ordinal));
    }
}
