using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Exchange;
using Probity.Reports.Area;
using Probity.Reports.Html;
using Probity.Reports.Letters;
using Probity.Reports.Pdf;

namespace Probity.Reports.Benchmarks;

/// <summary>
/// The other formats' documents: the North East letter (seed 002) and the Cumbria Quality &amp; Impact report (seed 004),
/// from model to HTML, and printed to PDF with a running browser (the same targets as the report: 200 ms and 3 s).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class OtherFormatsBenchmarks
{
    private ReviewFolderResult _review = null!;
    private InspectionDataset _area = null!;
    private InspectionRating _areaRating = null!;
    private ReportHtml _html = null!;
    private ReportPdf _pdf = null!;

    [GlobalSetup]
    public void Setup()
    {
        _review = ReviewFolder.Read(NorthumbriaExample.Folder("north-east-region-2022"));
        if (!_review.Succeeded) throw new InvalidOperationException(string.Join("\n", _review.Problems));
        (_area, _areaRating) = NorthumbriaExample.Load("cumbria-2017");
        _html = new ReportHtml();
        _pdf = ReportPdf.StartAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _html.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _pdf.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "letter: model + render HTML")]
    public Task<string> LetterHtml() => _html.RenderAsync(ReviewLetterBuilder.Build(_review.Review!, _review.Linked));

    [Benchmark(Description = "letter: print PDF, browser running")]
    public Task<byte[]> LetterPdf() => _pdf.PrintAsync(ReviewLetterBuilder.Build(_review.Review!, _review.Linked));

    [Benchmark(Description = "Q&I report: model + render HTML")]
    public Task<string> AreaHtml() => _html.RenderAsync(AreaReportBuilder.Build(_area, _areaRating));

    [Benchmark(Description = "Q&I report: print PDF, browser running")]
    public Task<byte[]> AreaPdf() => _pdf.PrintAsync(AreaReportBuilder.Build(_area, _areaRating));
}
