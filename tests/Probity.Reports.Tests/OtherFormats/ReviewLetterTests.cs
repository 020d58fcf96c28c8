using AngleSharp.Dom;
using Probity.Core.Reviews;
using Probity.Reports.Html;
using Probity.Reports.Letters;
using Probity.Reports.Model;

namespace Probity.Reports.Tests.OtherFormats;

/// <summary>
/// Issue 8: "Probity records the review, links the PDU inspections, and writes the letter". The North East letter (seed
/// 002) in its own structure, its findings verbatim, and Annexe two for Redcar, Cleveland and Middlesbrough rated from the
/// PDU's dataset: 8/24, Requires improvement.
/// </summary>
public class ReviewLetterTests
{
    private static readonly Lazy<(ReviewLetter Letter, HtmlPage Page)> Rendered = new(() =>
    {
        var folder = Examples.NorthEast;
        var letter = ReviewLetterBuilder.Build(folder.Review!, folder.Linked);
        return (letter, HtmlPage.Parse(ReportHtml.RenderOnceAsync(letter).GetAwaiter().GetResult()));
    });

    private static ReviewLetter Letter => Rendered.Value.Letter;
    private static HtmlPage Page => Rendered.Value.Page;
    private static RegionalReview Review => Examples.NorthEast.Review!;

    private static IReadOnlyList<string> Texts(string selector, IElement? within = null) =>
        (within ?? Page.Document.DocumentElement).QuerySelectorAll(selector).Select(HtmlPage.Text).ToList();

    [Fact]
    public void The_letter_has_no_gaps() => GapCheck.AssertNoGaps(Page);

    [Fact]
    public void It_opens_with_the_letterhead_the_date_the_addressee_and_everyone_copied_in()
    {
        Assert.Equal("HM Inspectorate of Probation", Texts(".letterhead .inspectorate-name").Single());
        Assert.StartsWith("1st Floor, Manchester Civil Justice Centre, 1 Bridge Street West, Manchester M3 3FX", Texts(".letterhead .address").Single());
        Assert.Equal("22 December 2022", Texts(".letter-date").Single());
        Assert.Equal("Bronwen Elphick, Regional Probation Director", Texts(".addressee").Single());
        var copied = Page.Document.QuerySelectorAll("ul.copied li").ToList();
        Assert.Equal(9, copied.Count);
        Assert.Equal("Alexa Watson, Inspection Single Point of Contact", HtmlPage.Text(copied[0]));
        Assert.Equal("Alexa Watson", copied[0].QuerySelector("strong")!.TextContent);
        Assert.Equal("Operational & System Assurance Group, AssuranceIntelligenceTeam@justice.gov.uk", HtmlPage.Text(copied[3]));
        Assert.Equal("Ian Blakeman, Executive Director of Strategy, Planning and Performance, HM Prison and Probation Service, npsassuranceteam@justice.gov.uk",
            HtmlPage.Text(copied[4]));
    }

    [Fact]
    public void The_body_runs_opening_observations_areas_summary_and_signature_in_the_letters_order()
    {
        var letter = Page.Document.QuerySelector("#letter")!;
        var headings = Texts("h2, h3", letter);
        Assert.Equal(["Regional observations:", "Leadership", "Staff", "Services and interventions", "Accredited programmes", "Unpaid work",
            "Information and facilities", "Statutory victim work", "Learning from Serious Further Offence investigations", "Summary"], headings);
        var paragraphs = Texts("#letter > p");
        Assert.Equal("Dear Bronwen,", paragraphs.First(p => p.StartsWith("Dear", StringComparison.Ordinal)));
        Assert.Contains("At a regional level we have identified the following key strengths and areas for improvement:", paragraphs);
        var end = paragraphs.TakeLast(4).ToList();
        Assert.StartsWith("Our recommendations from the inspected PDUs are set out in annexe one.", end[0]);
        Assert.Equal(["Yours sincerely,", "Justin Russell", "Chief Inspector of Probation"], end.Skip(1));
        Assert.NotNull(letter.QuerySelector(".signatory strong"));
    }

    [Fact]
    public void Every_finding_is_printed_verbatim_under_its_area_strengths_first()
    {
        foreach (var area in Review.Areas)
        {
            var section = Page.Document.QuerySelector($"#area-{area.Key}")!;
            Assert.Equal(area.Narrative, section.Children.Where(c => c.LocalName == "p" && !c.ClassList.Contains("lead-in")).Select(HtmlPage.Text));
            Assert.Equal(area.Strengths.Select(f => f.Text), Texts("ul.strengths li", section));
            Assert.Equal(area.AreasForImprovement.Select(f => f.Text), Texts("ul.improvements li", section));
            var leads = Texts("p.lead-in", section);
            if (area.HeadingsPrinted) Assert.Equal(["Key strengths:", "Key areas for improvement:"], leads);
            else Assert.Empty(leads);
        }
        // Where the letter prints no headings, the improvements follow a break in the list.
        Assert.NotNull(Page.Document.QuerySelector("#area-leadership ul.improvements.after-break"));
        Assert.Null(Page.Document.QuerySelector("#area-learning-from-sfos ul"));
    }

    [Fact]
    public void Annexe_one_groups_each_PDUs_recommendations_by_addressee_numbered_as_recorded()
    {
        var annexe = Page.Document.QuerySelector("#annexe-one")!;
        Assert.Equal("Annexe one – Recommendations", Texts("h2", annexe).Single());
        Assert.Equal("Set out below are the recommendations arising from the inspection of PDUs in this region.", Texts("p", annexe)[0]);
        (string, string[], string[])[] Groups(string pdu) => annexe.QuerySelectorAll($"[data-pdu='{pdu}'] h3").Select(h => (HtmlPage.Text(h),
            h.NextElementSibling!.QuerySelectorAll("li").Select(li => li.GetAttribute("value")!).ToArray(),
            h.NextElementSibling!.QuerySelectorAll("li").Select(HtmlPage.Text).ToArray())).ToArray();
        var rcm = Groups("rcm");
        Assert.Equal(["Redcar, Cleveland and Middlesbrough PDU should:", "North East region should:", "His Majesty's Prison and Probation Service should:"], rcm.Select(g => g.Item1));
        Assert.Equal(["1", "2", "3", "4"], rcm[0].Item2);
        Assert.Equal(["5"], rcm[1].Item2);
        Assert.Equal(["ensure all probation offices have reliable Wi-Fi access", "review the value added by the community rehabilitative services contracts."], rcm[2].Item3);
        var gst = Groups("gst");
        Assert.Equal(["South Tyneside and Gateshead PDU should:", "North East region should:", "HM Prison and Probation Service should:"], gst.Select(g => g.Item1));
        Assert.Equal(["8", "9", "10", "11"], gst[2].Item2);
    }

    [Fact]
    public void Annexe_two_reproduces_the_letters_table_for_Redcar_Cleveland_and_Middlesbrough()
    {
        var annexe = Page.Document.QuerySelector("#annexe-two")!;
        Assert.Equal("Annexe two - PDU ratings", Texts("h2", annexe).Single());
        Assert.Equal("HMI Probation - Home (justiceinspectorates.gov.uk)", Texts("p", annexe)[1]);
        var table = annexe.QuerySelector("table[data-pdu='rcm']")!;
        Assert.Equal(["Redcar, Cleveland and Middlesbrough", "Score 8/24"], Texts("thead th", table));
        var rows = table.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(HtmlPage.Text))).ToList();
        Assert.Equal(
        [
            "Overall rating | Requires improvement",
            "1. | Organisational delivery",
            "1.1 | Leadership | Requires improvement",
            "1.2 | Staff | Good",
            "1.3 | Services | Requires improvement",
            "1.4 | Information and facilities | Good",
            "2. | Court work and case supervision",
            "2.1 | Court work | Not inspected",
            "2.2 | Assessment | Inadequate",
            "2.3 | Planning | Requires improvement",
            "2.4 | Implementation and delivery | Inadequate",
            "2.5 | Reviewing | Requires improvement",
        ], rows);
        // Rated from the linked dataset through Core, not copied from what the letter records.
        var rcm = Letter.AnnexeTwo.Single(t => t.Pdu.Key == "rcm");
        Assert.True(rcm.FromDataset);
    }

    [Fact]
    public void A_PDU_whose_ratings_table_the_review_does_not_hold_says_so()
    {
        var annexe = Page.Document.QuerySelector("#annexe-two")!;
        var gst = annexe.QuerySelector("table[data-pdu='gst']")!;
        Assert.Equal(["Gateshead and South Tyneside", "Score not held"], Texts("thead th", gst));
        Assert.Equal(["Overall rating | Good"], gst.QuerySelectorAll("tbody tr").Select(r => string.Join(" | ", r.Children.Select(HtmlPage.Text))));
        Assert.Equal("The ratings table of Gateshead and South Tyneside is not held: the review records only its overall rating, from the letter's Summary.",
            Texts("p.notice[data-pdu='gst']", annexe).Single());
    }

    [Fact]
    public void Each_finding_is_numbered_and_its_evidence_listed_with_the_letters_figures()
    {
        var first = Page.Document.QuerySelector("#area-leadership ul.strengths li")!;
        var link = first.QuerySelector("sup.fn a")!;
        Assert.Equal("#evidence-1", link.GetAttribute("href"));
        var evidence = Page.Document.QuerySelector("#evidence-1")!;
        Assert.StartsWith("1 Leadership, key strength: “The NE probation service's vision and strategy are set out in", HtmlPage.Text(evidence.QuerySelector("p")!));
        Assert.Contains("Regional staff survey: respondents who stated that the region prioritised quality, and adherence to evidence, always or most of the time – 68 out of 84 (81%)",
            Texts("li", evidence));
        Assert.Equal(Review.Areas.Sum(a => a.Findings.Count), Page.Document.QuerySelectorAll("#evidence ol.evidence-list > li").Length);
        Assert.Contains(Texts("#evidence li li"), c => c.EndsWith("– 38 per cent", StringComparison.Ordinal));
        Assert.Contains(Texts("#evidence li li"), c => c.EndsWith("– 14.1 days per year", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_is_marked_as_one()
    {
        var folder = Examples.NorthEast;
        var draft = ReviewLetterBuilder.Build(folder.Review!, folder.Linked, new ReportOptions { Draft = true });
        var page = HtmlPage.Parse(await ReportHtml.RenderOnceAsync(draft));
        Assert.Equal(ReportTexts.DraftNotice, HtmlPage.Text(page.Document.QuerySelector(".draft-banner")!));
        Assert.Null(Page.Document.QuerySelector(".draft-banner"));
    }
}
