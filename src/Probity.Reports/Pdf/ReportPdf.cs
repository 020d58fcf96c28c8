using Microsoft.Playwright;
using Probity.Reports.Html;
using Probity.Reports.Model;

namespace Probity.Reports.Pdf;

/// <summary>
/// Prints reports to PDF with headless Chromium (Debian's package, driven by Playwright): A4, page numbers in the
/// footer, and a contents page whose numbers are read back from a first print. Start it once and print many reports.
/// </summary>
public sealed class ReportPdf : IAsyncDisposable
{
    // Chromium's footer template is its own little document: its styles must be inline.
    private const string Footer =
        "<div style=\"width:100%;font-family:Arial,sans-serif;font-size:9px;text-align:center;color:#0b0c0c\"><span class=\"pageNumber\"></span></div>";

    private const string DraftHeader =
        "<div style=\"width:100%;font-family:Arial,sans-serif;font-size:9px;text-align:center;font-weight:bold\">Draft: not for publication</div>";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly ReportHtml _html = new();

    private ReportPdf(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <exception cref="ChromiumNotFoundException">Chromium is not installed (the message says how to install it).</exception>
    public static async Task<ReportPdf> StartAsync()
    {
        var executable = ChromiumLocator.Find();
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
            });
            return new ReportPdf(playwright, browser);
        }
        catch (PlaywrightException e)
        {
            playwright.Dispose();
            throw new ChromiumNotFoundException($"Chromium at {executable} would not start: {e.Message.Split('\n')[0]}");
        }
    }

    /// <summary>Prints the report. The contents page is printed twice at most more, until its page numbers are where the sections are.</summary>
    public async Task<byte[]> PrintAsync(InspectionReport report)
    {
        var page = await _browser.NewPageAsync();
        try
        {
            var anchors = report.Contents.Select(c => c.Anchor).ToList();
            // Placeholders of the final width keep the first print's layout the same as the last one's.
            IReadOnlyDictionary<string, int> pages = anchors.ToDictionary(a => a, _ => 88);
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var pdf = await PrintHtmlAsync(page, await _html.RenderAsync(report, pages), report.Cover.Draft);
                var found = PdfDestinations.Pages(pdf);
                var missing = anchors.Where(a => !found.ContainsKey(a)).ToList();
                if (missing.Count > 0)
                    throw new InvalidOperationException($"the printed PDF has no destination for {string.Join(", ", missing)}");
                var actual = anchors.ToDictionary(a => a, a => found[a]);
                if (attempt > 0 && anchors.All(a => actual[a] == pages[a])) return pdf;
                pages = actual;
            }
            throw new InvalidOperationException("the contents page numbers did not settle after three prints");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static async Task<byte[]> PrintHtmlAsync(IPage page, string html, bool draft)
    {
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            PreferCSSPageSize = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = draft ? DraftHeader : "<span></span>",
            FooterTemplate = Footer,
            Outline = true,
            Tagged = true,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _html.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
