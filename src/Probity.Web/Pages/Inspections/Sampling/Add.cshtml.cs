using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Samples;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>A lead inspector adds a case to a sample by hand, with a reason (its extract values come with it when the draw has it).</summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class AddModel(OpenInspection inspection, SampledCaseStore sampled, IValidator<AddCaseForm> validator, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Add a case to the sample";
    public override string? BackLink => links.Sampling(inspection.Id);

    [BindProperty] public AddCaseForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await sampled.AddAsync(inspection.Id, Form.Sample!, Form.CaseId!, Form.Reason!, Me.Actor, Aborted);
            return Redirect(links.Sampling(inspection.Id, done: "added"));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e, fieldId: "case");
            return Page();
        }
    }
}
