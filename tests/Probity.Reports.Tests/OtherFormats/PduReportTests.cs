using Probity.Reports.Html;
using Probity.Reports.Model;
using Probity.Reports.Pdf;

namespace Probity.Reports.Tests.OtherFormats;

/// <summary>
/// Issue 8: a PDU inspection of the unified service (hmip-pdu-2021) is reported in its own words — Redcar, Cleveland and
/// Middlesbrough, court work not inspected, 8/24 Requires improvement as the North East letter prints it.
/// </summary>
public class PduReportTests
{
    private static readonly Lazy<(InspectionReport Report, HtmlPage Page)> Rendered = new(() =>
    {
        var (dataset, rating) = Examples.Rcm;
        var report = ReportBuilder.Build(dataset, rating);
        return (report, HtmlPage.Parse(ReportHtml.RenderOnceAsync(report).GetAwaiter().GetResult()));
    });

    private static HtmlPage Page => Rendered.Value.Page;

    [Fact]
    public void The_report_has_no_gaps() => GapCheck.AssertNoGaps(Page);

    [Fact]
    public void The_ratings_page_prints_court_work_not_inspected_and_the_shrunken_maximum()
    {
        Assert.Equal("8/24", Page.Document.QuerySelector(".ratings-score")!.TextContent);
        Assert.Equal("Requires improvement", Page.Document.QuerySelector(".ratings-overall")!.TextContent);
        string Rating(string id) => Page.Document.QuerySelector($"#ratings tr[data-item='{id}'] td")!.TextContent;
        Assert.Equal("Not inspected", Rating("2.1"));
        Assert.Equal(["Requires improvement", "Good", "Requires improvement", "Good", "Not inspected", "Inadequate", "Requires improvement", "Inadequate", "Requires improvement"],
            new[] { "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5" }.Select(Rating));
        Assert.Contains("Standard 2.1 Court work was not inspected: the score is out of 24.", Page.BodyText);
        // The bands at a maximum of 24, in points (frameworks/README.md): 8 is Requires improvement.
        Assert.Contains("Out of 24, the bands are: 0–4 Inadequate, 5–12 Requires improvement, 13–20 Good, 21–24 Outstanding.", Page.BodyText);
    }

    [Fact]
    public void It_speaks_of_people_on_probation_and_probation_practitioners_and_never_of_a_CRC()
    {
        var text = Page.BodyText;
        Assert.Contains("engaging the person on probation", text);
        Assert.Contains("interviewing probation practitioners and people on probation", text);
        Assert.Contains("the head of the PDU delivered a presentation", text);
        Assert.Contains("This PDU in current inspection", text);
        foreach (var crcWord in new[] { "CRC", "service user", "responsible officer", "Chief Executive" })
            Assert.DoesNotContain(crcWord, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Court_work_is_said_not_to_have_been_inspected_and_case_supervision_names_what_it_examined()
    {
        var summary = HtmlPage.Text(Page.Document.QuerySelector("#executive-summary")!);
        Assert.Contains("We did not inspect court work in this inspection.", summary);
        Assert.Contains("We inspected 30 community sentence cases and 15 post-release supervision cases. We examined the quality of assessment; planning; "
            + "implementation and delivery; and reviewing.", summary);
        Assert.Contains("In the 38 cases where there were factors related to harm", summary);
        Assert.Null(Page.Document.QuerySelector("table[data-table='key-questions-2.1']"));
        Assert.Equal("42%", HtmlPage.Text(Page.Cells("key-questions-2.2", "2.2.3")["Current inspection"]));
    }

    [Fact]
    public void Without_a_publication_date_the_cover_says_so_rather_than_inventing_a_year()
    {
        var text = Page.BodyText;
        Assert.Contains("HMI Probation, publication date not recorded", text);
        Assert.Contains("© Crown copyright You may", text);
    }

    [Fact]
    public async Task The_PDF_prints_the_ratings_page_as_the_letter_does()
    {
        byte[] pdf;
        await using (var printer = await ReportPdf.StartAsync()) pdf = await printer.PrintAsync(Rendered.Value.Report);
        var path = Path.Combine(Path.GetTempPath(), $"probity-pdu-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            var text = PdfText.Of(path);
            var ratings = text.Pages.Single(p => PdfText.NonEmptyLines(p).FirstOrDefault() == "Ratings");
            var lines = PdfText.NonEmptyLines(ratings).Select(PdfText.Collapse).ToList();
            Assert.Contains("8/24", lines);
            Assert.Contains("2.1 Court work Not inspected", lines);
            Assert.Contains("2.4 Implementation and delivery Inadequate", lines);
            Assert.DoesNotContain("NaN", string.Join(" ", text.Pages));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
