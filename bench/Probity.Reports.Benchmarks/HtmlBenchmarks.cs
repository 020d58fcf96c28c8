using BenchmarkDotNet.Attributes;
using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Reports.Html;
using Probity.Reports.Model;

namespace Probity.Reports.Benchmarks;

/// <summary>The Northumbria report from dataset and rating to HTML (target: under 200 ms).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)] // a short job: the build machine is shared, and the margin to 200 ms is wide
public class HtmlBenchmarks
{
    private InspectionDataset _dataset = null!;
    private InspectionRating _rating = null!;
    private ReportHtml _html = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_dataset, _rating) = NorthumbriaExample.Load();
        _html = new ReportHtml();
    }

    [GlobalCleanup]
    public void Cleanup() => _html.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "build the report model")]
    public InspectionReport Model() => ReportBuilder.Build(_dataset, _rating);

    [Benchmark(Description = "model + render HTML")]
    public Task<string> Html() => _html.RenderAsync(ReportBuilder.Build(_dataset, _rating));

    [Benchmark(Description = "rate + model + render HTML")]
    public Task<string> RateAndHtml() =>
        _html.RenderAsync(ReportBuilder.Build(_dataset, InspectionRater.Rate(_dataset.Framework, RatingInputs.From(_dataset))));
}
