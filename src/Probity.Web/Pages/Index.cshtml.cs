using Probity.Core.Datasets;
using Probity.Data.Cases;
using Probity.Data.Inspections;
using Probity.Data.Teams;
using Probity.Data.Users;

namespace Probity.Web.Pages;

/// <summary>
/// Each role's way in: the inspections the user is on the team of, apart from the published archive; an inspector's own
/// cases; a provider's published reports; the analyst's pages. Only what the user may see is listed (a draft: its team
/// and admins).
/// </summary>
public sealed class IndexModel(InspectionStore inspections, InspectionTeamStore teams, CaseAssessmentStore cases) : ProbityPage
{
    public override string Title => "Home";

    /// <summary>Published reports the user may read (a provider contact: their own provider's).</summary>
    public IReadOnlyList<InspectionSummary> Inspections { get; private set; } = [];

    /// <summary>The inspections the user is on the team of, at any stage.</summary>
    public IReadOnlyList<InspectionSummary> Mine { get; private set; } = [];

    /// <summary>For admins: the unpublished inspections they are not on the team of.</summary>
    public IReadOnlyList<InspectionSummary> OthersInProgress { get; private set; } = [];

    public IReadOnlyList<(InspectionSummary Inspection, string CaseId, CaseAssessmentStatus Status)> MyCases { get; private set; } = [];

    /// <summary>For a provider contact: their provider's draft reports out for the factual accuracy check.</summary>
    public IReadOnlyList<InspectionSummary> ToCheck { get; private set; } = [];

    public bool MaySetUpInspections => Me.MayManageInspection;

    public async Task OnGetAsync()
    {
        var visible = Me.Is(UserRole.ProviderContact) && !Me.IsInspectionTeam
            ? await inspections.ListAsync(Me.ProviderId ?? -1, Aborted)
            : await teams.ListVisibleAsync(Me.UserName, Aborted);
        Mine = Me.IsInspectionTeam ? await teams.ListForMemberAsync(Me.UserName, Aborted) : [];
        var mine = Mine.Select(i => i.Id).ToHashSet();
        ToCheck = Me.Is(UserRole.ProviderContact) && !Me.IsInspectionTeam ? [.. visible.Where(Me.ChecksFactualAccuracy)] : [];
        Inspections = visible.Where(i => i.Status == InspectionStatus.Published && Me.MaySeeReport(i) && !mine.Contains(i.Id)).ToList();
        if (Me.Is(UserRole.Admin)) OthersInProgress = visible.Where(i => i.Status != InspectionStatus.Published && !mine.Contains(i.Id)).ToList();
        if (Me.Is(UserRole.Inspector))
        {
            var byId = visible.ToDictionary(i => i.Id);
            MyCases = (await cases.AssignedToAsync(Me.UserName, Aborted))
                .Where(c => byId.ContainsKey(c.InspectionId)).Select(c => (byId[c.InspectionId], c.CaseId, c.Status)).ToList();
        }
    }
}
