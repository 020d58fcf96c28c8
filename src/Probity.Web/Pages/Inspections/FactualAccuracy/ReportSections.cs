using Probity.Data.Datasets;
using Probity.Reports.Area;
using Probity.Reports.Model;

namespace Probity.Web.Pages.Inspections.FactualAccuracy;

/// <summary>The sections of the draft report a provider's comment may be about: the report's contents as printed, without the team's drafting notes.</summary>
public static class ReportSections
{
    public static async Task<IReadOnlyList<ContentsEntry>> ListAsync(DatasetStore datasets, long inspectionId, CancellationToken ct)
    {
        var rated = await RatedInspection.LoadAsync(datasets, inspectionId, ct);
        var draft = new ReportOptions { Draft = true };
        // An unrated inspection (Quality & Impact) prints the area report, with its own sections.
        if (!rated.Dataset.Framework.IsRated) return AreaReportBuilder.Build(rated.Dataset, rated.Rating, draft).Contents;
        var report = ReportBuilder.Build(rated.Dataset, rated.Rating, draft);
        return [.. report.Contents.Where(c => c.Anchor != "drafting-notes")];
    }
}
