using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Reports.Html;
using Probity.Reports.Model;
using Probity.Synthetic;

namespace Probity.Reports.Tests;

/// <summary>Small inspections for the cases the example does not cover, built from Core's synthetic generator.</summary>
public static class Synthetic
{
    public static readonly FrameworkVersion F2019 = FrameworkCatalog.Get("hmip-crc-2019");

    public static InspectionDataset Dataset(Func<InspectionManifest, InspectionManifest>? change = null, int seed = 7, IReadOnlyList<OfficerInterview>? interviews = null)
    {
        var d = SyntheticInspection.Create(F2019, new SyntheticInspection.Options { ProviderName = "Synthetic Community Rehabilitation Company" }, seed);
        var manifest = change is null ? d.Manifest : change(d.Manifest);
        return new InspectionDataset(d.Framework, manifest, d.Cases, d.Answers) { Interviews = interviews ?? [] };
    }

    public static InspectionRating Rate(InspectionDataset d) => InspectionRater.Rate(d.Framework, RatingInputs.From(d));

    public static InspectionReport Report(InspectionDataset d, ReportOptions? options = null) => ReportBuilder.Build(d, Rate(d), options);

    public static HtmlPage Html(InspectionReport report) => HtmlPage.Parse(ReportHtml.RenderOnceAsync(report).GetAwaiter().GetResult());
}
