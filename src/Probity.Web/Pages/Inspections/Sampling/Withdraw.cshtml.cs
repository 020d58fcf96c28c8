using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Samples;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>A lead inspector takes a case out of the sample with a reason (no reserve takes its place); the page is the confirmation.</summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class WithdrawModel(OpenInspection inspection, SampledCaseStore sampled, IValidator<WithdrawForm> validator, ProbityLinks links)
    : SampledCasePage(inspection, sampled)
{
    public override string Title => $"Withdraw case {CaseId} from the sample";
    public override string? BackLink => links.Sampling(Inspection.Id);

    [BindProperty] public WithdrawForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await Sampled.WithdrawAsync(Inspection.Id, CaseId, Form.Reason!, Me.Actor, Aborted);
            return Redirect(links.Sampling(Inspection.Id, done: "withdrawn"));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e, fieldId: "reason");
            return Page();
        }
    }
}
