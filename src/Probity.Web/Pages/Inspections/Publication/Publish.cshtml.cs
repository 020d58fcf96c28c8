using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Publication;

/// <summary>
/// The lead inspector publishes the report: what still stops it (the stage, the report checks, undecided provider
/// comments), then the publication date, then a confirmation page saying what becomes visible and to whom.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class PublishModel(OpenInspection inspection, PublicationBlocks blocks, IValidator<DateForm> validator, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Publish the report";
    public override string? BackLink => links.Inspection(inspection.Id);

    [BindProperty] public DateForm Form { get; set; } = new();

    public IReadOnlyList<string> Blocks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Form = DateForm.For(null, inspection.Summary.Version);
        Blocks = await blocks.FindAsync(inspection.Id, Aborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Blocks = await blocks.FindAsync(inspection.Id, Aborted);
        if (Blocks.Count > 0) return Page();
        if (!validator.Check(Form, Errors)) return Page();
        return Redirect(links.ConfirmPublication(inspection.Id, Form.Date.Value!.Value));
    }
}
