using System.Diagnostics;
using Microsoft.Playwright;

namespace Probity.Web.BrowserTests;

/// <summary>
/// The guides' pictures (docs/images/NAME.png), taken of the page as a story leaves it: a fixed width (1024 px, or 375 px for
/// the narrow pictures), the page from its top, no animation or caret, after axe has checked it. <c>scripts/screenshots</c> sets
/// <c>PROBITY_GUIDE_PICTURES</c> to docs/images; any other run takes them into a folder of its own, so a normal test run
/// still photographs every page without changing the checkout. Pictures of the report are of its PDF, as the reader downloads
/// it, one page rendered by poppler's <c>pdftoppm</c> (scripts/apt-packages.txt installs it).
/// </summary>
public static class GuidePictures
{
    private static readonly string Folder = Environment.GetEnvironmentVariable("PROBITY_GUIDE_PICTURES") is { Length: > 0 } chosen
        ? chosen
        : Directory.CreateTempSubdirectory("probity-guide-pictures-").FullName;

    public static async Task TakeAsync(IPage page, string name, int width = 1024)
    {
        await page.SetViewportSizeAsync(width, 768);
        await LiveSite.AssertAccessibleAsync(page);
        // What the guides show speaks to inspectors: no section of the specification on the page. (The analyses' notes on
        // method cite rule numbers, "R2–R19", for the analysts who check them; they are the same notes as the CLI's files.)
        Assert.DoesNotContain("§", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var path = Path.Combine(Folder, $"{name}.png");
        // The whole page down to 1,800 px: long lists (133 cases, every answer) show their start, and the pictures stay small.
        var height = Math.Min(await page.EvaluateAsync<int>("document.documentElement.scrollHeight"), 1800);
        var picture = await page.ScreenshotAsync(new()
        {
            Path = path, FullPage = true, Clip = new() { X = 0, Y = 0, Width = width, Height = height },
            Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide,
        });
        // A PNG's width is bytes 16–19 of its header: the picture is of the page at the width the guide promises.
        Assert.Equal(width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(picture.AsSpan(16, 4)));
        await page.SetViewportSizeAsync(1280, 720);
    }

    /// <summary>
    /// Page <paramref name="pageNumber"/> of the report's PDF at <paramref name="pdfUrl"/>, downloaded as the signed-in reader of
    /// <paramref name="page"/> downloads it, rendered 1024 px wide. The page must say <paramref name="showing"/>: the picture is
    /// of the page the guide describes, and a report that moves its pages on fails here rather than showing another page.
    /// </summary>
    public static async Task TakeOfReportPdfAsync(IPage page, string name, string pdfUrl, int pageNumber, string showing)
    {
        var response = await page.Context.APIRequest.GetAsync(pdfUrl);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/pdf", response.Headers["content-type"], StringComparison.Ordinal);
        var pdf = await response.BodyAsync();
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var work = Directory.CreateTempSubdirectory("probity-report-pdf-");
        try
        {
            var file = Path.Combine(work.FullName, "report.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            var pageText = await RunAsync("pdftotext", ["-layout", "-enc", "UTF-8", "-f", $"{pageNumber}", "-l", $"{pageNumber}", file, "-"]);
            Assert.Contains(showing, pageText, StringComparison.Ordinal);
            // -singlefile: NAME.png itself, not NAME-01.png; the width fixed and the height the page's own proportion.
            await RunAsync("pdftoppm", ["-png", "-f", $"{pageNumber}", "-l", $"{pageNumber}", "-singlefile", "-scale-to-x", "1024", "-scale-to-y", "-1",
                file, Path.Combine(Folder, name)]);
            var picture = await File.ReadAllBytesAsync(Path.Combine(Folder, $"{name}.png"));
            Assert.Equal(1024, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(picture.AsSpan(16, 4)));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>One of poppler's tools, its standard output returned; a failure says what it wrote to standard error.</summary>
    private static async Task<string> RunAsync(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: install poppler-utils (scripts/prerequisites does)");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await errors}");
        return await output;
    }
}
