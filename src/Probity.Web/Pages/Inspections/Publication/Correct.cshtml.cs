using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Narrative;
using Probity.Data.Publication;
using Probity.Reports.Checks;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Publication;

/// <summary>
/// A correction after publication: the lead inspector chooses a text block of the report, writes it as it should read and
/// says why; the report is published again as the next version, and the earlier versions are kept, shown as superseded.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class CorrectModel(OpenInspection inspection, NarrativeStore narrative, PublicationStore publication, IValidator<CorrectForm> validator,
    TimeProvider clock, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => Block is null ? "Correct the published report" : $"Correct {BlockNames.Of(inspection.Framework, Section!)}";
    public override string? BackLink => Section is null ? links.Report(inspection.Id) : links.CorrectReport(inspection.Id);

    [BindProperty] public CorrectForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "section")] public string? Section { get; set; }

    public bool IsPublished => inspection.Summary.Status == InspectionStatus.Published;
    public IReadOnlyList<NarrativeBlock> Blocks { get; private set; } = [];
    public NarrativeBlock? Block { get; private set; }

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Blocks = await narrative.ListAsync(inspection.Id, ct);
        if (Section is null) return null;
        Block = Blocks.FirstOrDefault(b => b.Section == Section);
        return Block is null ? NotFound() : null;
    }

    public void OnGet()
    {
        if (Block is null) return;
        var today = DateParts.From(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Form = new CorrectForm { Text = Block.Text, Version = Block.Version, Day = today.Day, Month = today.Month, Year = today.Year };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Block is null) return NotFound();
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await publication.CorrectAsync(inspection.Id, Block.Section, Form.Text!, Form.Reason!, Form.Date.Value!.Value, Form.Version, Me.Actor, Aborted);
            return Redirect(links.Report(inspection.Id));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, "Not corrected (your text is still below)", "text");
            return Page();
        }
    }
}
