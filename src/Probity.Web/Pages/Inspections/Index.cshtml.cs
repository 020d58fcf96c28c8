using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Cases;
using Probity.Data.DomainOne;
using Probity.Data.Inspections;

namespace Probity.Web.Pages.Inspections;

/// <summary>The inspection overview: a GOV.UK task list of sampling, case assessments, domain one, the panel and the report.</summary>
public sealed class IndexModel(ProbityStore store) : InspectionPage(store)
{
    public override string Title => InspectionName;
    public override string? BackLink => "/";

    public IReadOnlyDictionary<CaseAssessmentStatus, int> CaseCounts { get; private set; } = new Dictionary<CaseAssessmentStatus, int>();
    public DomainOneEvidence DomainOne { get; private set; } = null!;
    public int JudgementStandards { get; private set; }
    public int SamplesDrawn { get; private set; }

    /// <summary>The next stage a lead inspector may move the inspection to from here (ratification is the panel's).</summary>
    public InspectionStatus? NextStage => Me.MayManageInspection && Inspection.Status is < InspectionStatus.RatingsPanel or InspectionStatus.Drafting
        ? Inspection.Status + 1 : null;

    /// <summary>
    /// The stage a lead inspector may move the inspection back to, with a reason (not from planned, and never from
    /// published, which is final). Back from drafting to the ratings panel reopens the case data.
    /// </summary>
    public InspectionStatus? PreviousStage => Me.MayManageInspection && Inspection.Status is > InspectionStatus.Planned and < InspectionStatus.Published
        ? Inspection.Status - 1 : null;

    /// <summary>The reason typed for moving back, kept when the move is refused.</summary>
    public string? BackReason { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAdvanceAsync(int version)
    {
        if (NextStage is not { } next) return Forbid();
        try
        {
            await Store.Inspections.ChangeStatusAsync(InspectionId, next, version, Me.Actor);
            return Redirect(BasePath);
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e);
            await LoadAsync();
            return Page();
        }
    }

    public async Task<IActionResult> OnPostBackAsync(int version, string? reason)
    {
        if (PreviousStage is not { } back) return Forbid();
        BackReason = reason;
        if (string.IsNullOrWhiteSpace(reason))
            Errors.Add("reason", $"Enter why the inspection is moving back to {back.DisplayName().ToLowerInvariant()}: the audit log keeps the reason");
        else
        {
            try
            {
                await Store.Inspections.ChangeStatusAsync(InspectionId, back, version, Me.Actor, reason.Trim());
                return Redirect(BasePath);
            }
            catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
            {
                Errors.AddRefusal(e, "Not moved back (your reason is still below)", "reason");
            }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var cases = await Store.Cases.ListAsync(InspectionId);
        CaseCounts = Enum.GetValues<CaseAssessmentStatus>().ToDictionary(s => s, s => cases.Count(c => c.Status == s));
        DomainOne = await Store.DomainOne.GetAsync(InspectionId);
        SamplesDrawn = (await Store.Samples.ListAsync(InspectionId)).Count;
        JudgementStandards = Framework.Standards.Count(s => s.RatedBy == Core.Frameworks.RatingBasis.Judgement);
    }

    public string CaseTaskStatus =>
        Inspection.CaseCount == 0 ? "Not started"
        : CaseCounts[CaseAssessmentStatus.Completed] + CaseCounts[CaseAssessmentStatus.QualityAssured] == Inspection.CaseCount ? "Completed"
        : CaseCounts[CaseAssessmentStatus.NotStarted] == Inspection.CaseCount ? "Not started"
        : "In progress";

    public string DomainOneTaskStatus =>
        JudgementStandards == 0 ? "Not needed"
        : DomainOne.Judgements.Count(j => j.Proposed is not null) == JudgementStandards ? "Completed"
        : DomainOne.Judgements.Count == 0 && DomainOne.Interviews.Count == 0 && DomainOne.Meetings.Count == 0 ? "Not started"
        : "In progress";

    public string PanelTaskStatus => Inspection.Status switch
    {
        < InspectionStatus.RatingsPanel => "Cannot start yet",
        InspectionStatus.RatingsPanel => "In progress",
        _ => "Ratified",
    };
}
