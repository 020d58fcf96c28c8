using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Cases;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>
/// At the ratings panel a lead inspector reopens one case, with a reason: its holder may change its answers again until it
/// is completed once more, and the panel page shows the reason with what changed.
/// </summary>
[CaseOpenedBy(CaseAudience.Managers)]
public sealed class ReopenModel(OpenInspection inspection, OpenCase openCase, CaseReopeningStore reopenings, IValidator<ReopenForm> validator,
    ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public OpenCase Case => openCase;
    public override string Title => $"Reopen case {openCase.CaseId}";
    public override string? BackLink => links.CaseCheck(inspection.Id, openCase.CaseId);

    [BindProperty] public ReopenForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await reopenings.ReopenAsync(inspection.Id, openCase.CaseId, Form.Reason!, Me.Actor, Aborted);
            return Redirect(links.CaseCheck(inspection.Id, openCase.CaseId, done: CaseAssessmentStatus.InProgress.Token()));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e, fieldId: "reason");
            return Page();
        }
    }
}
