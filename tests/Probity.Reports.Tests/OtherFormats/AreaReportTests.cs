using AngleSharp.Dom;
using Probity.Reports.Area;
using Probity.Reports.Export;
using Probity.Reports.Html;

namespace Probity.Reports.Tests.OtherFormats;

/// <summary>
/// Issue 8: the unrated Quality &amp; Impact report (Cumbria, seed 004): judgements in words per domain and provider, case
/// judgements counted for the CRC beside the NPS and for the area, Tables 4 and 6, key facts and the recommendations —
/// and nothing rated, banded or scored.
/// </summary>
public class AreaReportTests
{
    private static readonly Lazy<(AreaReport Report, HtmlPage Page)> Rendered = new(() =>
    {
        var (dataset, rating) = Examples.Cumbria;
        var report = AreaReportBuilder.Build(dataset, rating);
        return (report, HtmlPage.Parse(ReportHtml.RenderOnceAsync(report).GetAwaiter().GetResult()));
    });

    private static AreaReport Report => Rendered.Value.Report;
    private static HtmlPage Page => Rendered.Value.Page;

    private static IReadOnlyList<string> Texts(string selector, IElement? within = null) =>
        (within ?? Page.Document.DocumentElement).QuerySelectorAll(selector).Select(HtmlPage.Text).ToList();

    private static string Row(IElement tr) => string.Join(" ", tr.Children.Select(HtmlPage.Text));

    [Fact]
    public void The_report_has_no_gaps() => GapCheck.AssertNoGaps(Page);

    [Fact]
    public void Nothing_is_rated_banded_or_scored()
    {
        var text = Page.BodyText;
        foreach (var rating in new[] { "Outstanding", "Requires improvement", "Inadequate", "Score", "rating band", "Not yet rated" })
            Assert.DoesNotContain(rating, text);
        // Counts, not percentages: no count table prints a "%".
        foreach (var table in Page.Document.QuerySelectorAll("table.counts"))
            Assert.DoesNotContain("%", HtmlPage.Text(table));
    }

    [Fact]
    public void Each_domain_has_the_inspectors_headline_for_the_CRC_the_NPS_and_the_two_together()
    {
        var (dataset, _) = Examples.Cumbria;
        var chapter = Page.Document.QuerySelector("#judgements")!;
        Assert.Equal(["Protecting the public", "Reducing reoffending", "Abiding by the sentence"], Texts("h3", chapter).Take(3));
        var views = chapter.QuerySelectorAll("div.view-judgement").ToList();
        Assert.Equal(9, views.Count);
        var expected = new[] { "1", "2", "3" }.SelectMany(d => new[] { "crc", "nps", "together" }.Select(v => (d, v))).ToList();
        for (var i = 0; i < views.Count; i++)
        {
            Assert.Equal(expected[i].v, views[i].GetAttribute("data-view"));
            Assert.Equal(new[] { "CRC effectiveness", "NPS effectiveness", "The CRC and NPS working together" }[i % 3], HtmlPage.Text(views[i].QuerySelector("h4")!));
            Assert.Equal(dataset.Manifest.Narrative[$"judgement:{expected[i].d}:{expected[i].v}"], HtmlPage.Text(views[i].QuerySelector("p")!));
        }
        Assert.Equal("Overall, the quality of work was good.", HtmlPage.Text(chapter.QuerySelector("div.view-judgement[data-view='crc'] p")!));
    }

    [Fact]
    public void Recommendations_are_numbered_continuously_the_joint_addressee_first()
    {
        var chapter = Page.Document.QuerySelector("#judgements")!;
        Assert.Equal(["The Community Rehabilitation Company and National Probation Service should:", "The Community Rehabilitation Company should:",
            "The National Probation Service should:", "Her Majesty's Prison and Probation Service should:", "The Ministry of Justice should:"], Texts("p.lead-in", chapter));
        Assert.Equal(Enumerable.Range(1, 11).Select(n => n.ToString()), chapter.QuerySelectorAll("ol.recommendations li").Select(li => li.GetAttribute("value")!));
        Assert.StartsWith("As a result of our inspection findings, we have made eleven recommendations", Texts("#judgements > p:not(.lead-in)").Single());
    }

    [Fact]
    public void Key_facts_print_each_figure_with_its_source()
    {
        var facts = Page.Document.QuerySelector("#key-facts")!;
        Assert.Equal("Key facts", Texts("h2", facts).Single());
        Assert.Equal(["267,146", "6,262", "41%", "76%", "16,695", "628", "6 (of 21)"], Texts(".headline-figure", facts));
        Assert.Contains("Offender Management Caseload Statistics as at 30 December 2016, Ministry of Justice.", Texts("ol.notes li", facts)[0]);
    }

    [Fact]
    public void Tables_4_and_6_give_each_providers_needs_in_order_of_prevalence_with_the_published_percentages()
    {
        var crc = Page.Table("prevalence-2.3.2-crc");
        Assert.Equal("Table 4: Sufficiency scores relating to the most prevalent assessed needs of cases in the CRC inspection sample.",
            Report.Tables.Single(t => t.Id == "prevalence-2.3.2-crc").Title);
        Assert.Equal(["% of cases where interventions delivered sufficiently"], Page.Columns("prevalence-2.3.2-crc"));
        // 004:729–737, in the printed order.
        Assert.Equal(["Emotional well-being 81", "Thinking and behaviour 73", "Relationships 86", "Drug misuse 86", "Alcohol misuse 100", "Accommodation 83",
            "Attitudes to offending 50", "Lifestyle 70", "Education, training and employment 75"], crc.QuerySelectorAll("tbody tr").Select(Row));

        Assert.StartsWith("Table 6: ", Report.Tables.Single(t => t.Id == "prevalence-2.3.2-nps").Title);
        var nps = Page.Table("prevalence-2.3.2-nps").QuerySelectorAll("tbody tr").Select(Row).ToList();
        // 004:866–873: every published figure; no NPS case had an emotional well-being need, so it has no row, as printed.
        Assert.Equal(["Accommodation 86", "Alcohol misuse 38", "Attitudes to offending 29", "Drug misuse 40", "Education, training and employment 67", "Lifestyle 50",
            "Relationships 44", "Thinking and behaviour 67"], nps.Order(StringComparer.Ordinal));
        Assert.Equal(["Thinking and behaviour 67", "Relationships 44", "Alcohol misuse 38"], nps.Take(3));
        var (_, rating) = Examples.Cumbria;
        var answered = Report.Tables.Single(t => t.Id == "prevalence-2.3.2-nps").Rows
            .Select(r => rating.Views.Single(v => v.View.Key == "nps").Items[r.ItemId!].Answered).ToList();
        Assert.Equal(answered.OrderByDescending(n => n), answered);
    }

    [Fact]
    public void Case_judgements_are_counted_for_the_CRC_beside_the_NPS_in_a_chart_and_a_table()
    {
        // 004:821 "9 of the 31 service users"; 004:917 "One-quarter" of the NPS's 16.
        var cells = Page.Cells("counts-2.5", "2.5.1");
        Assert.Equal(["9", "22", "4", "12"], new[] { "CRC: yes", "CRC: no", "NPS: yes", "NPS: no" }.Select(c => HtmlPage.Text(cells[c])));
        var bars = Page.Document.QuerySelectorAll("#figure-counts-2\\.5 g.item[data-item='2.5.1'] g.bar").ToList();
        Assert.Equal([("CRC", "9", "22"), ("NPS", "4", "12")], bars.Select(b => (b.GetAttribute("data-series")!, b.GetAttribute("data-yes")!, b.GetAttribute("data-no")!)));
        // An NPS-only question (MAPPA) is not asked of the CRC's cases: a dash, and "not asked" in the chart.
        var mappa = Page.Cells("counts-1.4", "1.4.1");
        Assert.Equal(["–", "–", "14", "2"], new[] { "CRC: yes", "CRC: no", "NPS: yes", "NPS: no" }.Select(c => HtmlPage.Text(mappa[c])));
        Assert.Equal("not asked", HtmlPage.Text(Page.Document.QuerySelector("#figure-counts-1\\.4 g.item[data-item='1.4.1'] g.not-asked")!));
    }

    [Fact]
    public void The_appendix_charts_the_areas_cases_together_and_they_add_up()
    {
        var (_, rating) = Examples.Cumbria;
        var crc = rating.Views.Single(v => v.View.Key == "crc").Items;
        var nps = rating.Views.Single(v => v.View.Key == "nps").Items;
        var figures = Report.CaseData.Figures;
        Assert.Equal(["Figure 2.1 Protecting the public", "Figure 2.2 Protecting the public", "Figure 2.3 Reducing reoffending", "Figure 2.4 Abiding by the sentence",
            "Figure 2.5 Abiding by the sentence"], figures.Select(f => f.Caption));
        Assert.Equal("Up to this point in the order/licence, has the responsible officer made sufficient progress in influencing the risk of harm posed by this service user?",
            figures[1].Stem);
        foreach (var row in figures.SelectMany(f => f.Rows))
        {
            var all = row.Counts.Single()!.Value;
            Assert.Equal(crc.GetValueOrDefault(row.ItemId) + nps.GetValueOrDefault(row.ItemId), all);
        }
        Assert.Equal(["13", "34"], new[] { "All cases: yes", "All cases: no" }.Select(c => HtmlPage.Text(Page.Cells("case-data-2", "2.5.1")[c])));
    }

    [Fact]
    public void The_tables_export_as_CSV_and_XLSX()
    {
        var csv = ReportCsv.AllTables(Report.Tables);
        Assert.Contains("counts-2.5,2.5 Impact and potential impact: CRC cases and NPS cases,1,2.5.1,\"2.5.1 Had the service user been convicted, cautioned", csv);
        Assert.Contains("sentence or release on licence?\",CRC: yes,9\n", csv.ReplaceLineEndings("\n"));
        Assert.Contains("prevalence-2.3.2-crc", csv);
        using var stream = new MemoryStream();
        ReportWorkbook.Write(Report, stream);
        Assert.True(stream.Length > 1000);
    }
}
