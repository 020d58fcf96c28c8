using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Cases;
using Probity.Data.Users;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>A lead inspector gives a case to an inspector (or takes it back): only its holder may then work on it.</summary>
[CaseOpenedBy(CaseAudience.Managers)]
public sealed class AssignModel(OpenInspection inspection, OpenCase openCase, CaseAssessmentStore cases, UserStore users,
    IValidator<AssignForm> validator, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public OpenCase Case => openCase;
    public override string Title => $"Assign case {openCase.CaseId}";
    public override string? BackLink => links.Cases(inspection.Id);

    [BindProperty] public AssignForm Form { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadOptionsAsync();
        Form.Holder = openCase.Assessment.AssignedTo ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadOptionsAsync();
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await cases.AssignAsync(inspection.Id, openCase.CaseId, Form.Holder == "" ? null : Form.Holder, Me.Actor, Aborted);
            return Redirect(links.Cases(inspection.Id));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, fieldId: "holder");
            return Page();
        }
    }

    private async Task LoadOptionsAsync() => Form.Options = (await CaseHolders.LoadAsync(users, Aborted)).Options;
}
