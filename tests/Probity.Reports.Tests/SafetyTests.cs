using Probity.Core.Datasets;
using Probity.Reports.Pdf;

namespace Probity.Reports.Tests;

/// <summary>Inspector-written text is always encoded; a missing Chromium is explained, not a stack trace.</summary>
public class SafetyTests
{
    [Fact]
    public void Inspector_text_is_encoded_never_run_as_markup()
    {
        const string hostile = "<script>alert('x')</script> Tom & Jerry <b>bold</b>";
        var report = Synthetic.Report(Synthetic.Dataset(m => m with
        {
            Narrative = new Dictionary<string, string> { ["foreword"] = hostile, ["key-question:2.1.1"] = "- <img src=x onerror=alert(1)>" },
        }));
        var page = Synthetic.Html(report);
        Assert.Empty(page.Document.QuerySelectorAll("body script, body img, #foreword b"));
        Assert.Equal(hostile, page.Document.QuerySelector("#foreword p")!.TextContent);
        Assert.Equal("<img src=x onerror=alert(1)>", page.Document.QuerySelector("#standard-2\\.1 ul.bullets li")!.TextContent);
    }

    [Fact]
    public void A_missing_chromium_says_how_to_install_it()
    {
        var e = Assert.Throws<ChromiumNotFoundException>(() => ChromiumLocator.Find(null, ""));
        Assert.Contains("apt-get install chromium", e.Message);
        Assert.Contains("--out report.html", e.Message);
        var configured = Assert.Throws<ChromiumNotFoundException>(() => ChromiumLocator.Find("/nowhere/chromium", ""));
        Assert.Contains("PROBITY_CHROMIUM", configured.Message);
    }

    [Fact]
    public void Chromium_is_found_on_the_path()
    {
        var folder = Directory.CreateTempSubdirectory("probity-path-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "chromium"), "");
            Assert.Equal(Path.Combine(folder, "chromium"), ChromiumLocator.Find(null, "/nowhere" + Path.PathSeparator + folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Chromium_prints_with_scripts_off()
    {
        await using var printer = await ReportPdf.StartAsync();
        var pdf = await printer.PrintHtmlAsync(
            "<!doctype html><html><body><p id=\"p\">printed as written</p><script>document.getElementById('p').textContent = 'a script ran'</script></body></html>",
            draft: false);
        var path = Path.Combine(Path.GetTempPath(), $"probity-script-test-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            var text = string.Join("\n", PdfText.Of(path).Pages);
            Assert.Contains("printed as written", text);
            Assert.DoesNotContain("a script ran", text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
