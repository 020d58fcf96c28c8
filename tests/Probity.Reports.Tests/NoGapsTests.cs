using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Reports.Pdf;

namespace Probity.Reports.Tests;

/// <summary>Reports for inspections unlike the example render without gaps or "NaN": no previous inspection, a standard not inspected, no discretion.</summary>
public class NoGapsTests
{
    [Fact]
    public void The_example_report_has_no_gaps() => GapCheck.AssertNoGaps(Northumbria.Example.Document);

    [Fact]
    public void The_check_finds_a_heading_with_nothing_under_it()
    {
        var page = HtmlPage.Parse("<html><body><section><h2>Chapter</h2><h3>Empty</h3><h3>Full</h3><p>Text.</p></section></body></html>");
        Assert.ThrowsAny<Exception>(() => GapCheck.AssertNoGaps(page));
        Assert.ThrowsAny<Exception>(() => GapCheck.AssertNoGaps(HtmlPage.Parse("<body><table><tbody><tr><th>Row</th><td></td></tr></tbody></table></body>")));
        Assert.ThrowsAny<Exception>(() => GapCheck.AssertNoGaps(HtmlPage.Parse("<body><p>The rate was NaN%.</p></body>")));
    }

    [Fact]
    public void A_first_inspection_has_no_previous_columns_and_no_gaps()
    {
        var report = Synthetic.Report(Synthetic.Dataset());
        var page = Synthetic.Html(report);
        GapCheck.AssertNoGaps(page);
        Assert.DoesNotContain("Previous inspection", page.BodyText);
        Assert.DoesNotContain("No comparable data available", page.BodyText);
        Assert.Equal(["Current inspection"], page.Columns("key-questions-2.1"));
        Assert.Equal(["Current inspection"], page.Columns("inspection-data"));
        Assert.Null(report.Recommendations);
    }

    [Fact]
    public void A_standard_not_inspected_is_named_and_left_out_of_the_score()
    {
        var dataset = Synthetic.Dataset(m => m with { NotInspected = ["2.3"], PreviousInspection = Previous() });
        var report = Synthetic.Report(dataset);
        var page = Synthetic.Html(report);
        GapCheck.AssertNoGaps(page);
        Assert.Equal("Not inspected", page.Document.QuerySelector("#ratings tr[data-item='2.3'] td")!.TextContent);
        Assert.EndsWith("/27", page.Document.QuerySelector(".ratings-score")!.TextContent);
        Assert.Contains("Standard 2.3 Implementation and delivery was not inspected: the score is out of 27.", page.BodyText);
        Assert.Null(page.Document.QuerySelector("table[data-table='key-questions-2.3']"));
        Assert.Null(page.Document.QuerySelector("table[data-table='inspection-data'] tr[data-item='2.3.1.a']"));
        Assert.Contains("were not inspected", string.Join(" ", report.Methodology.Blocks.OfType<Model.ParagraphBlock>().Select(p => p.Text.PlainText)).Replace("was not", "were not"));
    }

    [Fact]
    public void A_report_with_no_panel_decisions_and_a_key_question_without_a_value_has_no_gaps()
    {
        var d = Synthetic.Dataset(m => m with { PreviousInspection = Previous(), NationalComparator = National() });
        // Every unpaid-work case answers 4.1.2 "not applicable": the key question has no value (R3, R8) and prints a dash.
        var item = d.Framework.Questions["4.1.2"].Index;
        for (var c = 0; c < d.Cases.Count; c++)
            if (d.Cases[c].Sample == "unpaid-work") d.Answers[c, item] = Judgement.NotApplicable;
        var report = Synthetic.Report(d);
        Assert.All(report.Rating.Standards, s => Assert.Null(s.AppliedDecision));
        var page = Synthetic.Html(report);
        GapCheck.AssertNoGaps(page);
        var cell = page.Cells("key-questions-4.1", "4.1.2")["Current inspection"];
        Assert.Equal("–", HtmlPage.Text(cell));
        Assert.Contains("has no percentage", page.Note(HtmlPage.Notes(cell).Single()));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("td"), td => HtmlPage.Notes(td).Select(page.Note).Any(n => n.Contains("professional")));
    }

    [Fact]
    public async Task A_report_with_a_standard_not_inspected_prints_with_a_right_contents_page()
    {
        var report = Synthetic.Report(Synthetic.Dataset(m => m with { NotInspected = ["4.2"] }));
        byte[] pdf;
        await using (var printer = await ReportPdf.StartAsync()) pdf = await printer.PrintAsync(report);
        var path = Path.Combine(Path.GetTempPath(), $"probity-gaps-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            var text = PdfText.Of(path);
            Assert.DoesNotContain("NaN", string.Join(" ", text.Pages));
            var pages = PdfDestinations.Pages(pdf);
            foreach (var entry in report.Contents)
                Assert.StartsWith(entry.Title, PdfText.NonEmptyLines(text.Pages[pages[entry.Anchor] - 1])[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static PreviousInspection Previous() => new()
    {
        Framework = "hmip-crc-2018",
        Year = 2018,
        Ratings = new Dictionary<string, Rating> { ["1.1"] = Rating.Good, ["2.1"] = Rating.RequiresImprovement },
        Results = new Dictionary<string, ComparisonFigure> { ["2.1.1"] = new() { Percent = 70 }, ["2.2.1.a"] = new() { Percent = 60 } },
    };

    private static ComparatorResults National() => new()
    {
        Label = "All CRCs",
        Results = new Dictionary<string, ComparisonFigure> { ["2.1.1"] = new() { Percent = 68 }, ["4.1.2"] = new() { Percent = 75 } },
    };
}
