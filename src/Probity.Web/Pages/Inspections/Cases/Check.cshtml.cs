using Microsoft.AspNetCore.Mvc;
using Probity.Core.Rules;
using Probity.Data;
using Probity.Data.Cases;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>
/// Check your answers for one case, then mark it completed (every applicable question answered) or, for a lead
/// inspector, quality-assured. The ratings panel may read it; only the case's holder and lead inspectors change it.
/// </summary>
[CaseOpenedBy(CaseAudience.HolderOrPanel)]
public sealed class CheckModel(OpenInspection inspection, OpenCase openCase, CaseAssessmentStore cases, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public OpenCase Case => openCase;
    public override string Title => $"Check your answers: case {openCase.CaseId}";
    public override string? BackLink => links.Cases(inspection.Id);

    public bool MayEdit => Me.MayEditCase(openCase.Assessment.AssignedTo) && !inspection.Summary.CaseDataLocked;
    public bool MayQualityAssure => Me.MayManageInspection && !inspection.Summary.CaseDataLocked && openCase.Assessment.Status == CaseAssessmentStatus.Completed;

    [BindProperty(SupportsGet = true, Name = "done")] public string? Done { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostCompleteAsync(int version) => await SetStatusAsync(CaseAssessmentStatus.Completed, version, MayEdit);

    public async Task<IActionResult> OnPostQualityAssureAsync(int version) => await SetStatusAsync(CaseAssessmentStatus.QualityAssured, version, MayQualityAssure);

    private async Task<IActionResult> SetStatusAsync(CaseAssessmentStatus status, int version, bool allowed)
    {
        if (!allowed) return Forbid();
        // Completion needs every question that applies to this case answered (yes, no or not applicable).
        foreach (var item in ApplicableItems.Unanswered(inspection.Framework, openCase.Assessment.Case, openCase.Assessment.Answers))
        {
            var section = openCase.Sections.First(s => s.Items.Contains(item));
            Errors.Add(links.CaseSection(inspection.Id, openCase.CaseId, section.Standard.Id, field: OpenCase.FieldId(item)),
                $"Answer {item.Id} ({section.Standard.Id} {section.Standard.Name}) before completing the case");
        }
        if (Errors.Any) return Page();
        try
        {
            openCase.Assessment = await cases.SaveAsync(openCase.Assessment with { Status = status, Version = version }, Me.Actor, Aborted);
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.AddRefusal(e, "Nothing was changed (the answers below now show the other save; check them and try again)");
            openCase.Assessment = await cases.LoadAsync(inspection.Id, openCase.CaseId, Aborted);
            return Page();
        }
        return Redirect(links.CaseCheck(inspection.Id, openCase.CaseId, done: status.Token()));
    }
}
