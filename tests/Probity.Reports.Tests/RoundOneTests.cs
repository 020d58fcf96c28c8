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
        // The 2018 version's prompts were never published (spec §4.5): Annex 4 lists the key questions with their values.
        var annex = page.Table("inspection-data").QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-item")).ToList();
        Assert.Contains("4.1.3", annex);
        Assert.DoesNotContain(annex, id => id!.Count(c => c == '.') == 3);
        Assert.Equal($"{report.Rating.Items["2.1.1"].Percent}%", HtmlPage.Text(page.Cells("inspection-data", "2.1.1")["Current inspection"]));
    }
}
