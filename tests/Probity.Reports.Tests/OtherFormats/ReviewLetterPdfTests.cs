using Probity.Reports.Letters;
using Probity.Reports.Pdf;

namespace Probity.Reports.Tests.OtherFormats;

/// <summary>The North East letter printed by Chromium, read back with pdftotext: Annexe two as the seed prints it (002:262–280).</summary>
public sealed class ReviewLetterPdf : IAsyncLifetime
{
    public PdfText Text { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var folder = Examples.NorthEast;
        byte[] pdf;
        await using (var printer = await ReportPdf.StartAsync()) pdf = await printer.PrintAsync(ReviewLetterBuilder.Build(folder.Review!, folder.Linked));
        var path = Path.Combine(Path.GetTempPath(), $"probity-letter-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            Text = PdfText.Of(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public class ReviewLetterPdfTests(ReviewLetterPdf pdf) : IClassFixture<ReviewLetterPdf>
{
    private IReadOnlyList<string> Lines => pdf.Text.Lines.Select(l => PdfText.Collapse(l.Line)).Where(l => l.Length > 0).ToList();

    [Fact]
    public void Annexe_two_prints_the_score_the_overall_rating_and_every_standard_as_the_letter_does()
    {
        var lines = Lines;
        var start = lines.ToList().IndexOf("Annexe two - PDU ratings");
        Assert.True(start > 0, "no Annexe two heading in the PDF");
        var annexe = lines.Skip(start).ToList();
        Assert.Contains("Redcar, Cleveland and Middlesbrough Score 8/24", annexe);
        Assert.Contains("Overall rating Requires improvement", annexe);
        string[] standards =
        [
            "1.1 Leadership Requires improvement", "1.2 Staff Good", "1.3 Services Requires improvement", "1.4 Information and facilities Good",
            "2.1 Court work Not inspected", "2.2 Assessment Inadequate", "2.3 Planning Requires improvement", "2.4 Implementation and delivery Inadequate",
            "2.5 Reviewing Requires improvement",
        ];
        Assert.Equal(standards, annexe.Where(l => standards.Contains(l)));
        Assert.Contains("Gateshead and South Tyneside Score not held", annexe);
    }

    [Fact]
    public void The_letter_prints_in_order_and_every_page_is_numbered()
    {
        var lines = Lines.ToList();
        int At(string line) => lines.FindIndex(l => l.StartsWith(line, StringComparison.Ordinal));
        Assert.True(At("HM Inspectorate of Probation") < At("22 December 2022"));
        Assert.True(At("22 December 2022") < At("Regional observations:"));
        Assert.True(At("Regional observations:") < At("Yours sincerely,"));
        Assert.True(At("Yours sincerely,") < At("Annexe one – Recommendations"));
        Assert.True(At("Annexe one – Recommendations") < At("Annexe two - PDU ratings"));
        for (var i = 0; i < pdf.Text.Pages.Count; i++)
            Assert.Equal((i + 1).ToString(), PdfText.NonEmptyLines(pdf.Text.Pages[i])[^1]);
        Assert.DoesNotContain("NaN", string.Join(" ", pdf.Text.Pages));
    }
}
