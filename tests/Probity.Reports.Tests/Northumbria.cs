using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Exchange;
using Probity.Reports.Html;
using Probity.Reports.Model;

namespace Probity.Reports.Tests;

/// <summary>The example inspection, read and rated once, and its report built and rendered once for all tests that only read it.</summary>
public sealed class Northumbria
{
    private static readonly Lazy<Northumbria> Instance = new(() => new Northumbria());

    private Northumbria()
    {
        var result = DatasetFolder.Read(Core.Tests.RepositoryPaths.Of("examples", "northumbria-2019"));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Dataset = result.Dataset!;
        Rating = result.Rating!;
        Report = ReportBuilder.Build(Dataset, Rating);
        Html = ReportHtml.RenderOnceAsync(Report).GetAwaiter().GetResult();
        Document = HtmlPage.Parse(Html);
    }

    public static Northumbria Example => Instance.Value;

    public InspectionDataset Dataset { get; }
    public InspectionRating Rating { get; }
    public InspectionReport Report { get; }
    public string Html { get; }
    public HtmlPage Document { get; }

    /// <summary>What the report prints for an item with no comparable previous figure (R22).</summary>
    public const string NoComparableData = "No comparable data available";

    public static string Percent(int? p) => p is { } v ? $"{v}%" : NoComparableData;
}
