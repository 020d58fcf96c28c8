using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Cases;
using Probity.Data.DomainOne;
using Probity.Data.Inspections;
using Probity.Data.Samples;
using Probity.Web.Reports;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections;

/// <summary>The inspection overview: a GOV.UK task list of sampling, case assessments, domain one, the panel and the report.</summary>
public sealed class IndexModel(OpenInspection inspection, InspectionStore inspections, CaseAssessmentStore cases, DomainOneStore domainOne,
    DrawnSampleStore samples, InspectionChecks checks, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => inspection.Name;
    public override string? BackLink => links.Home();

    public IReadOnlyDictionary<CaseAssessmentStatus, int> CaseCounts { get; private set; } = new Dictionary<CaseAssessmentStatus, int>();
    public DomainOneEvidence DomainOne { get; private set; } = null!;
    public int JudgementStandards { get; private set; }
    public int SamplesDrawn { get; private set; }

    /// <summary>The previous inspection of the provider chosen at set-up (it switches on the report's "Previous inspection" columns), or null.</summary>
    public InspectionSummary? Previous { get; private set; }

    /// <summary>The next stage a lead inspector may move the inspection to from here (ratification is the panel's).</summary>
    public InspectionStatus? NextStage => Me.MayManageInspection && inspection.Summary.Status is < InspectionStatus.RatingsPanel or InspectionStatus.Drafting or InspectionStatus.FactualAccuracy
        ? inspection.Summary.Status + 1 : null;

    /// <summary>
    /// The stage a lead inspector may move the inspection back to, with a reason (not from planned, and never from
    /// published, which is final). Back from drafting to the ratings panel reopens the case data.
    /// </summary>
    public InspectionStatus? PreviousStage => Me.MayManageInspection && inspection.Summary.Status is > InspectionStatus.Planned and < InspectionStatus.Published
        ? inspection.Summary.Status - 1 : null;

    /// <summary>The reason typed for moving back, kept when the move is refused.</summary>
    public string? BackReason { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

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
                await inspections.ChangeStatusAsync(inspection.Id, back, version, Me.Actor, reason.Trim(), Aborted);
                return Redirect(links.Inspection(inspection.Id));
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
        var list = await cases.ListAsync(inspection.Id, Aborted);
        CaseCounts = Enum.GetValues<CaseAssessmentStatus>().ToDictionary(s => s, s => list.Count(c => c.Status == s));
        DomainOne = await domainOne.GetAsync(inspection.Id, Aborted);
        SamplesDrawn = (await samples.ListAsync(inspection.Id, Aborted)).Count;
        JudgementStandards = inspection.Framework.Standards.Count(s => s.RatedBy == Core.Frameworks.RatingBasis.Judgement);
        Previous = inspection.Summary.PreviousInspectionId is { } previous ? await inspections.GetAsync(previous, Aborted) : null;
        // The text is written once the ratings are ratified: before that the checks would only report empty blocks.
        Checks = inspection.Summary.Status >= InspectionStatus.Drafting ? await checks.LoadAsync(inspection.Id, Aborted) : null;
    }

    /// <summary>The checks before publication, from drafting on.</summary>
    public InspectionCheckResults? Checks { get; private set; }

    public string ChecksHint => Checks is not { } c
        ? "The report's text read against the ratings and figures, once the ratings are ratified"
        : $"{c.Unresolved.Count} to resolve, {c.Overridden.Count} overridden, {c.ToReview.Count} block{(c.ToReview.Count == 1 ? "" : "s")} to review";

    public string ChecksTaskStatus => Checks switch
    {
        null => "Cannot start yet",
        { Unresolved.Count: 0, ToReview.Count: 0 } => "Completed",
        _ => "In progress",
    };

    public string CaseTaskStatus =>
        inspection.Summary.CaseCount == 0 ? "Not started"
        : CaseCounts[CaseAssessmentStatus.Completed] + CaseCounts[CaseAssessmentStatus.QualityAssured] == inspection.Summary.CaseCount ? "Completed"
        : CaseCounts[CaseAssessmentStatus.NotStarted] == inspection.Summary.CaseCount ? "Not started"
        : "In progress";

    public string DomainOneTaskStatus =>
        JudgementStandards == 0 ? "Not needed"
        : DomainOne.Judgements.Count(j => j.Proposed is not null) == JudgementStandards ? "Completed"
        : DomainOne.Judgements.Count == 0 && DomainOne.Interviews.Count == 0 && DomainOne.Meetings.Count == 0 ? "Not started"
        : "In progress";

    /// <summary>The report's text and recommendations: written in drafting, settled once the draft goes to the provider.</summary>
    public string WritingTaskStatus => inspection.Summary.Status == InspectionStatus.Drafting ? "In progress" : "Completed";

    public string FactualAccuracyTaskStatus => inspection.Summary.Status switch
    {
        < InspectionStatus.FactualAccuracy => "Cannot start yet",
        InspectionStatus.FactualAccuracy => "In progress",
        _ => "Completed",
    };

    public string PanelTaskStatus => inspection.Summary.Status switch
    {
        < InspectionStatus.RatingsPanel => "Cannot start yet",
        InspectionStatus.RatingsPanel => "In progress",
        _ => "Ratified",
    };
}
