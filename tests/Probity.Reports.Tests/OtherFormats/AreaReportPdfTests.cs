using System.Text.RegularExpressions;
using Probity.Reports.Area;
using Probity.Reports.Pdf;

namespace Probity.Reports.Tests.OtherFormats;

/// <summary>The Cumbria report printed to PDF: a contents page whose numbers are right, Tables 4 and 6, no "NaN".</summary>
public class AreaReportPdfTests
{
    [Fact]
    public async Task The_PDF_has_a_right_contents_page_and_the_needs_tables()
    {
        var (dataset, rating) = Examples.Cumbria;
        var report = AreaReportBuilder.Build(dataset, rating);
        byte[] pdf;
        await using (var printer = await ReportPdf.StartAsync()) pdf = await printer.PrintAsync(report);
        var path = Path.Combine(Path.GetTempPath(), $"probity-area-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            var text = PdfText.Of(path);
            var all = PdfText.Collapse(string.Join(" ", text.Pages));
            Assert.DoesNotContain("NaN", all);
            Assert.Contains("Table 4: Sufficiency scores relating to the most prevalent assessed needs of cases in the CRC inspection sample.", all);
            Assert.Contains("Table 6: Sufficiency scores relating to the most prevalent assessed needs of cases in the NPS inspection sample.", all);
            var contents = PdfText.NonEmptyLines(text.Pages.Single(p => PdfText.NonEmptyLines(p).FirstOrDefault() == "Contents"));
            foreach (var entry in report.Contents)
            {
                var line = contents.Single(l => l.StartsWith(entry.Title, StringComparison.Ordinal));
                var page = int.Parse(Regex.Match(line, @"(\d+)$").Groups[1].Value);
                Assert.StartsWith(entry.Title, PdfText.NonEmptyLines(text.Pages[page - 1])[0]);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
