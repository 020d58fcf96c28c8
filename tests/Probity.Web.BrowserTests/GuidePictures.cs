using Microsoft.Playwright;

namespace Probity.Web.BrowserTests;

/// <summary>
/// The guides' pictures (docs/images/NAME.png), taken of the page as a story leaves it: a fixed width (1024 px, or 375 px for
/// the narrow pictures), the page from its top, no animation or caret, after axe has checked it. <c>scripts/screenshots</c> sets
/// <c>PROBITY_GUIDE_PICTURES</c> to docs/images; any other run takes them into a folder of its own, so a normal test run
/// still photographs every page without changing the checkout.
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
}
