using Microsoft.Playwright;
using Probity.Reports.Area;
using Probity.Reports.Html;
using Probity.Reports.Letters;
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

    /// <summary>
    /// Prints the report: a first, plain print finds the page each section starts on; the contents page is given those
    /// numbers in place and the report printed again, tagged and with bookmarks. Should a number's width move a page
    /// break, it goes round once more.
    /// </summary>
    public Task<byte[]> PrintAsync(InspectionReport report) =>
        PrintWithContentsAsync(pages => _html.RenderAsync(report, pages), report.Contents, report.Cover.Draft);

    /// <summary>The report of an unrated area inspection, with its contents page numbered as <see cref="PrintAsync(InspectionReport)"/> does.</summary>
    public Task<byte[]> PrintAsync(AreaReport report) =>
        PrintWithContentsAsync(pages => _html.RenderAsync(report, pages), report.Contents, report.Cover.Draft);

    /// <summary>The regional review letter: no contents page, so one print.</summary>
    public async Task<byte[]> PrintAsync(ReviewLetter letter) => await PrintHtmlAsync(await _html.RenderAsync(letter), letter.Draft);

    /// <summary>One page of HTML printed as it is (no contents page).</summary>
    internal async Task<byte[]> PrintHtmlAsync(string html, bool draft)
    {
        var page = await NewPageAsync();
        try
        {
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            return await PrintAsync(page, draft, final: true);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>
    /// A page in its own context with scripts off: a report is static HTML, so nothing in it (or slipped into it) may run.
    /// Probity's own steps (<see cref="IPage.EvaluateAsync"/>) still run, as the browser's driver, not as the page.
    /// </summary>
    private Task<IPage> NewPageAsync() => _browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false });

    private async Task<byte[]> PrintWithContentsAsync(Func<IReadOnlyDictionary<string, int>, Task<string>> render, IReadOnlyList<ContentsEntry> contents, bool draft)
    {
        var page = await NewPageAsync();
        try
        {
            var anchors = contents.Select(c => c.Anchor).ToList();
            // Placeholders as wide as the real numbers keep the first print's layout the same as the last one's.
            var placeholders = anchors.ToDictionary(a => a, _ => 88);
            await page.SetContentAsync(await render(placeholders), new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            var pages = SectionPages(await PrintAsync(page, draft, final: false), anchors);
            for (var attempt = 0; attempt < 3; attempt++)
            {
                await page.EvaluateAsync(
                    "pages => document.querySelectorAll('.contents-page[data-anchor]').forEach(e => e.textContent = String(pages[e.dataset.anchor]))",
                    pages);
                var pdf = await PrintAsync(page, draft, final: true);
                var printed = SectionPages(pdf, anchors);
                if (anchors.All(a => printed[a] == pages[a])) return pdf;
                pages = printed;
            }
            throw new InvalidOperationException("the contents page numbers did not settle after three prints");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static Dictionary<string, int> SectionPages(byte[] pdf, IReadOnlyList<string> anchors)
    {
        var found = PdfDestinations.Pages(pdf);
        var missing = anchors.Where(a => !found.ContainsKey(a)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"the printed PDF has no destination for {string.Join(", ", missing)}");
        return anchors.ToDictionary(a => a, a => found[a]);
    }

    // Tagging (for screen readers) and bookmarks cost time, so only the print that is kept has them.
    private static Task<byte[]> PrintAsync(IPage page, bool draft, bool final) =>
        page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            PreferCSSPageSize = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = draft ? DraftHeader : "<span></span>",
            FooterTemplate = Footer,
            Outline = final,
            Tagged = final,
        });

    public async ValueTask DisposeAsync()
    {
        await _html.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
