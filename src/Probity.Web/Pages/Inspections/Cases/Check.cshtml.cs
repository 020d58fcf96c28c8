using Microsoft.AspNetCore.Mvc;
using Probity.Core.Rules;
using Probity.Data;
using Probity.Data.Cases;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>
/// Check your answers for one case, then mark it completed (every applicable question answered) or, for a lead
/// inspector, quality-assured. The ratings panel may read it; only the case's holder and lead inspectors change it.
/// </summary>
public sealed class CheckModel(ProbityStore store) : CasePage(store)
{
    public override string Title => $"Check your answers: case {CaseId}";
    public override string? BackLink => $"{BasePath}/cases";

    public bool MayQualityAssure => Me.MayManageInspection && !Inspection.CaseDataLocked && Assessment.Status == CaseAssessmentStatus.Completed;

    protected override bool MayOpen() => base.MayOpen() || Me.MaySeePanel;

    public void OnGet() { }

    public async Task<IActionResult> OnPostCompleteAsync(int version) => await SetStatusAsync(CaseAssessmentStatus.Completed, version, MayEdit);

    public async Task<IActionResult> OnPostQualityAssureAsync(int version) => await SetStatusAsync(CaseAssessmentStatus.QualityAssured, version, MayQualityAssure);

    private async Task<IActionResult> SetStatusAsync(CaseAssessmentStatus status, int version, bool allowed)
    {
        if (!allowed) return Forbid();
        // Completion needs every question that applies to this case answered (yes, no or not applicable).
        foreach (var item in ApplicableItems.Unanswered(Framework, Assessment.Case, Assessment.Answers))
        {
            var section = Sections.First(s => s.Items.Contains(item));
            Errors.Add($"{SectionPath(section)}#{FieldId(item)}", $"Answer {item.Id} ({section.Standard.Id} {section.Standard.Name}) before completing the case");
        }
        if (Errors.Any) return Page();
        try
        {
            Assessment = await Store.Cases.SaveAsync(Assessment with { Status = status, Version = version }, Me.Actor);
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.AddRefusal(e, "Nothing was changed (the answers below now show the other save; check them and try again)");
            Assessment = await Store.Cases.LoadAsync(InspectionId, CaseId);
            return Page();
        }
        return Redirect($"{CasePath}/check?done={status.Token()}");
    }

    [BindProperty(SupportsGet = true, Name = "done")] public string? Done { get; set; }
}
