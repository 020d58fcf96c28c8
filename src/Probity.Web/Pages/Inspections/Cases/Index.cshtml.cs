using Probity.Data.Cases;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>Every case of the inspection with its status and holder; each person's own cases are the ones they can open.</summary>
public sealed class IndexModel(OpenInspection inspection, CaseAssessmentStore cases, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => $"Case assessments: {inspection.Name}";
    public override string? BackLink => links.Inspection(inspection.Id);

    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public async Task OnGetAsync() => Cases = await cases.ListAsync(inspection.Id, Aborted);

    public bool MayOpen(CaseSummary c) => Me.MayEditCase(c.AssignedTo) || Me.MaySeePanel;
}
