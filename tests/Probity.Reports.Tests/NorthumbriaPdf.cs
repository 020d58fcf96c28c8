using Probity.Reports.Pdf;

namespace Probity.Reports.Tests;

/// <summary>The Northumbria report printed once through Chromium, and its text read back with pdftotext.</summary>
public sealed class NorthumbriaPdf : IAsyncLifetime
{
    public byte[] Bytes { get; private set; } = [];
    public PdfText Text { get; private set; } = null!;
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"probity-report-test-{Guid.NewGuid():N}.pdf");

    public async Task InitializeAsync()
    {
        await using var printer = await ReportPdf.StartAsync();
        Bytes = await printer.PrintAsync(Northumbria.Example.Report);
        await File.WriteAllBytesAsync(Path, Bytes);
        Text = PdfText.Of(Path);
    }

    public Task DisposeAsync()
    {
        File.Delete(Path);
        return Task.CompletedTask;
    }
}
