using System.Diagnostics;

namespace Probity.Reports.Tests;

/// <summary>A PDF's text as poppler's <c>pdftotext -layout</c> gives it, one entry per page (pages are separated by form feeds).</summary>
public sealed class PdfText
{
    private PdfText(IReadOnlyList<string> pages) => Pages = pages;

    public IReadOnlyList<string> Pages { get; }

    /// <summary>Every line of the document with its 1-based page number, in reading order.</summary>
    public IReadOnlyList<(int Page, string Line)> Lines => Pages.SelectMany((p, i) => p.Split('\n').Select(l => (i + 1, l))).ToList();

    public static PdfText Of(string pdfPath)
    {
        var start = new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", pdfPath, "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start (apt-get install poppler-utils)");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pdftotext failed: {process.StandardError.ReadToEnd()}");
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && string.IsNullOrWhiteSpace(pages[^1])) pages.RemoveAt(pages.Count - 1);
        return new PdfText(pages);
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<string> NonEmptyLines(string page) => page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
