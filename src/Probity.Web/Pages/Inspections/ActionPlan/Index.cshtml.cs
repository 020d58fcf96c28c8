using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.ActionPlans;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.ActionPlan;

/// <summary>
/// The provider's action plan for a published report: each recommendation with the provider's answer, actions, owner and
/// target date. The provider's contacts record it; the team reads it. For an inspection that follows an earlier one, the
/// earlier plan, from which the lead starts the progress judgements on the previous recommendations.
/// </summary>
[SeenBy(InspectionAudience.TeamAndProvider)]
public sealed class IndexModel(OpenInspection inspection, ActionPlanStore plans, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Action plan";
    public override string? BackLink => Me.IsInspectionTeam ? links.Inspection(inspection.Id) : links.Report(inspection.Id);

    [BindProperty(SupportsGet = true, Name = "done")] public string? Done { get; set; }

    public string? DoneMessage => Done switch
    {
        "saved" => "Your response is saved.",
        "started" => "The previous recommendations start from the action plan.",
        "none-added" => "Every previous recommendation was already recorded.",
        _ => null,
    };

    public IReadOnlyList<PlannedRecommendation> Plan { get; private set; } = [];
    public IReadOnlyList<PlannedRecommendation> PreviousPlan { get; private set; } = [];

    public bool IsPublished => inspection.Summary.Status == InspectionStatus.Published;
    public bool MayRecord => IsPublished && Me.IsContactOf(inspection.Summary);

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The lead starts this inspection's previous recommendations from the earlier inspection's plan.</summary>
    public async Task<IActionResult> OnPostStartAsync()
    {
        if (!Me.MayManageInspection) return Refuse(Security.Refusal.OnlyManagers);
        try
        {
            var added = await plans.StartProgressFromPlanAsync(inspection.Id, Me.Actor, Aborted);
            return Redirect(links.ActionPlan(inspection.Id, added == 0 ? "none-added" : "started"));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e);
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        Plan = await plans.GetAsync(inspection.Id, Aborted);
        if (Me.IsInspectionTeam) PreviousPlan = await plans.PreviousPlanAsync(inspection.Id, Aborted);
    }
}
