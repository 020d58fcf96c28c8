using Probity.Data.Cases;
using Probity.Data.Inspections;
using Probity.Data.Users;

namespace Probity.Web.Pages;

/// <summary>Each role's way in: the team's inspections and an inspector's own cases, a provider's published reports, the analyst's pages.</summary>
public sealed class IndexModel(InspectionStore inspections, CaseAssessmentStore cases) : ProbityPage
{
    public override string Title => "Home";

    public IReadOnlyList<InspectionSummary> Inspections { get; private set; } = [];
    public IReadOnlyList<(InspectionSummary Inspection, string CaseId, CaseAssessmentStatus Status)> MyCases { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var all = Me.Is(UserRole.ProviderContact) && !Me.IsInspectionTeam
            ? await inspections.ListAsync(Me.ProviderId ?? -1, Aborted)
            : await inspections.ListAsync(ct: Aborted);
        Inspections = all.Where(Me.MaySeeReport).ToList();
        if (Me.Is(UserRole.Inspector))
        {
            var byId = all.ToDictionary(i => i.Id);
            MyCases = (await cases.AssignedToAsync(Me.UserName, Aborted))
                .Where(c => byId.ContainsKey(c.InspectionId)).Select(c => (byId[c.InspectionId], c.CaseId, c.Status)).ToList();
        }
    }
}
