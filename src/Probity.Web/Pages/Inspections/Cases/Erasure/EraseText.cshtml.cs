using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.PersonalData;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Cases.Erasure;

/// <summary>
/// A lead inspector or admin erases a published case's evidence notes and practice examples (personal data the report
/// no longer needs); its answers, and so the ratings, stay. Before publication the page says when it will be possible.
/// </summary>
[CaseOpenedBy(CaseAudience.Managers)]
public sealed class EraseTextModel(OpenInspection inspection, OpenCase openCase, CaseTextErasureStore erasure,
    IValidator<EraseTextForm> validator, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public OpenCase Case => openCase;
    public override string Title => $"Erase notes and examples: case {openCase.CaseId}";
    public override string? BackLink => links.CaseCheck(inspection.Id, openCase.CaseId);

    public bool Published => inspection.Summary.Status == InspectionStatus.Published;
    public int Notes => openCase.Assessment.Notes.Count;
    public int Examples => openCase.Assessment.PracticeExamples.Count;

    [BindProperty(SupportsGet = true, Name = "erased")] public bool Erased { get; set; }

    [BindProperty] public EraseTextForm Form { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await erasure.EraseAsync(inspection.Id, openCase.CaseId, Form.Reason!, Me.Actor, Aborted);
            return Redirect(links.CaseEraseText(inspection.Id, openCase.CaseId, erased: true));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, fieldId: "reason");
            return Page();
        }
    }
}
