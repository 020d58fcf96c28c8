using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.FactualAccuracy;
using Probity.Data.Inspections;
using Probity.Web.Forms;
using Probity.Web.Pages.Inspections.Publication;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.FactualAccuracy;

/// <summary>
/// The lead inspector sends the draft report to the provider: the inspection moves from drafting to factual accuracy with
/// the deadline for the provider's comments. The provider's contacts see the draft from then on, and nothing before.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class StartModel(OpenInspection inspection, InspectionStore inspections, FactualAccuracyStore store, IValidator<DateForm> validator,
    ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Send the draft for its factual accuracy check";
    public override string? BackLink => links.Inspection(inspection.Id);

    [BindProperty] public DateForm Form { get; set; } = new();

    public IReadOnlyList<string> Blocks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Form = DateForm.For(null, inspection.Summary.Version);
        Blocks = await inspections.BlocksAsync(inspection.Id, InspectionStatus.FactualAccuracy, ct: Aborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await store.StartAsync(inspection.Id, Form.Date.Value!.Value, Form.Version, Me.Actor, Aborted);
            return Redirect(links.FactualAccuracy(inspection.Id, "started"));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, "Not moved", "date-day");
            return Page();
        }
    }
}
