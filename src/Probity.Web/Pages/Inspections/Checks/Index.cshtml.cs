using Probity.Reports.Checks;
using Probity.Reports.Writing;
using Probity.Web.Reports;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Checks;

/// <summary>
/// The checks before publication: each finding with its block and the words at fault, the findings a lead overrode and
/// why, and the blocks written before a rating they mention changed. A lead inspector overrides a finding from here.
/// </summary>
public sealed class IndexModel(OpenInspection inspection, InspectionChecks checks, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Checks before publication";
    public override string? BackLink => links.Inspection(inspection.Id);

    public InspectionCheckResults Results { get; private set; } = null!;

    /// <summary>Set after an override is saved or withdrawn, for the banner.</summary>
    public string? Done { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        Done = done is "overridden" or "withdrawn" ? done : null;
        Results = await checks.LoadAsync(inspection.Id, Aborted);
    }

    public string OverrideLink(string findingKey) => links.CheckOverride(inspection.Id, findingKey);

    /// <summary>Where a finding's words are mended: its block's editor, or the recommendations for a previous recommendation's evidence; null otherwise.</summary>
    public string? MendLink(CheckFinding finding) =>
        NarrativeLayout.Find(inspection.Framework, finding.Section) is not null ? links.WriteBlock(inspection.Id, finding.Section)
        : finding.Section.StartsWith("recommendations.previous[", StringComparison.Ordinal) ? links.Recommendations(inspection.Id)
        : null;
}
