using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Probity.Reports.Model;
using Probity.Reports.Pdf;

namespace Probity.Reports.Benchmarks;

/// <summary>
/// The Northumbria report printed to PDF by Chromium (target: under 3 s). "Cold" includes starting Chromium, as one
/// <c>./probity report … --out report.pdf</c> does; "warm" reuses a running browser, as the web app will.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PdfBenchmarks
{
    private InspectionReport _report = null!;
    private ReportPdf _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (dataset, rating) = NorthumbriaExample.Load();
        _report = ReportBuilder.Build(dataset, rating);
        _warm = ReportPdf.StartAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _warm.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "print PDF, browser running")]
    public Task<byte[]> Warm() => _warm.PrintAsync(_report);

    [Benchmark(Description = "start Chromium + print PDF")]
    public async Task<byte[]> Cold()
    {
        await using var printer = await ReportPdf.StartAsync();
        return await printer.PrintAsync(_report);
    }
}
