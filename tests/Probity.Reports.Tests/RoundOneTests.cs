using Probity.Core.Frameworks;
using Probity.Synthetic;

namespace Probity.Reports.Tests;

/// <summary>A round-one (2018) inspection: no published prompts, no score printed (R19), and still no gaps.</summary>
public class RoundOneTests
{
    [Fact]
    public void A_2018_inspection_prints_its_key_questions_in_the_annex_and_no_score()
    {
        var framework = FrameworkCatalog.Get("hmip-crc-2018");
        var dataset = SyntheticInspection.Create(framework, new SyntheticInspection.Options(), 11);
        var report = Synthetic.Report(dataset);
        var page = Synthetic.Html(report);
        GapCheck.AssertNoGaps(page);
        Assert.Null(page.Document.QuerySelector(".ratings-score"));
        Assert.Equal(report.Rating.OverallRating!.Value.ToString() switch
        {
            "RequiresImprovement" => "Requires improvement",
            var other => other,
        }, page.Document.QuerySelector(".ratings-overall")!.TextContent);
        // The 2018 version's prompts were never published (spec §4.5): the results annex lists the key questions with their values.
        var annex = page.Table("inspection-data").QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-item")).OfType<string>().ToList();
        Assert.Contains("4.1.3", annex);
        Assert.DoesNotContain(annex, id => id.Count(c => c == '.') == 3);
        Assert.Equal($"{report.Rating.Items["2.1.1"].Percent}%", HtmlPage.Text(page.Cells("inspection-data", "2.1.1")["Rating/% yes"]));
    }

    [Fact] // spec §8.7
    public void A_2018_inspection_prints_the_round_one_layout_with_every_key_questions_percentage()
    {
        var framework = FrameworkCatalog.Get("hmip-crc-2018");
        var dataset = SyntheticInspection.Create(framework, new SyntheticInspection.Options(), 11);
        var report = Synthetic.Report(dataset);
        var page = Synthetic.Html(report);
        var headings = page.Document.QuerySelectorAll("h2").Select(HtmlPage.Text).ToList();
        Assert.Contains("Overall findings", headings);
        Assert.Contains("Summary of ratings", headings);
        Assert.Contains("Annex 2: Inspection results: domains two and three", headings);
        Assert.DoesNotContain("Executive summary", headings);
        Assert.True(headings.IndexOf("Overall findings") < headings.IndexOf("Summary of ratings"));
        Assert.Null(page.Document.QuerySelector(".ratings-score"));
        Assert.DoesNotContain(page.Document.QuerySelector("#ratings")!.TextContent, "Score", StringComparison.Ordinal);
        Assert.StartsWith($"Overall, {dataset.Manifest.Provider.Name} is rated as: ", page.Document.QuerySelector("#executive-summary p")!.TextContent.Trim());
        Assert.Equal(["Annex 1: Methodology", "Annex 2: Inspection results: domains two and three"],
            report.Contents.Select(c => c.Title).Where(t => t.StartsWith("Annex 1", StringComparison.Ordinal) || t.StartsWith("Annex 2", StringComparison.Ordinal)));

        // Round one printed no 2019 lead sentences in "Overall findings" and no key-question tables or charts in the
        // chapters (the 2019 layout's, shown here by the same dataset under 2019 to prove the assertions can fail).
        var findings = page.Document.QuerySelector("#executive-summary")!.TextContent;
        Assert.DoesNotContain("We inspected", findings, StringComparison.Ordinal);
        Assert.DoesNotContain(Model.ReportTexts.CrcSpecificLead, findings, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("[id^='chapter-'] table[id^='key-questions-'], [id^='chapter-'] figure.chart"));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("[id^='chapter-'] p").Select(HtmlPage.Text), t => t.StartsWith("We inspected", StringComparison.Ordinal));
        var as2019 = Synthetic.Html(Synthetic.Report(SyntheticInspection.Create(FrameworkCatalog.Get("hmip-crc-2019"), new SyntheticInspection.Options(), 11)));
        Assert.Contains("We inspected", as2019.Document.QuerySelector("#executive-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(as2019.Document.QuerySelectorAll("[id^='chapter-'] table[id^='key-questions-'], [id^='chapter-'] figure.chart"));

        Assert.Equal(["Rating/% yes"], page.Columns("inspection-data"));
        var rated = report.Rating.Standards.Where(s => s.Standard.RatedBy == RatingBasis.CaseData).ToList();
        Assert.NotEmpty(rated);
        foreach (var standard in rated)
        {
            Assert.Equal(Model.Formatting.RatingName(standard.Rating), HtmlPage.Text(page.Cells("inspection-data", standard.Standard.Id)["Rating/% yes"]));
            foreach (var kq in standard.Standard.KeyQuestions.Where(k => k.IsAnsweredPerCase))
                Assert.Equal($"{report.Rating.Items[kq.Id].Percent}%", HtmlPage.Text(page.Cells("inspection-data", kq.Id)["Rating/% yes"]));
        }
    }
}
