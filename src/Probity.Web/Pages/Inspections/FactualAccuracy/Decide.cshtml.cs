using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.FactualAccuracy;
using Probity.Data.Narrative;
using Probity.Reports.Writing;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.FactualAccuracy;

/// <summary>
/// The lead inspector accepts a provider's comment (and changes the section's text) or declines it with a reason the
/// provider sees. Only during the factual accuracy check.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class DecideModel(OpenInspection inspection, FactualAccuracyStore store, NarrativeStore narrative, IValidator<DecideForm> validator, ProbityLinks links)
    : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Decide a comment";
    public override string? BackLink => links.FactualAccuracy(inspection.Id);

    [BindProperty] public DecideForm Form { get; set; } = new();

    public FactualAccuracyComment Comment { get; private set; } = null!;

    /// <summary>The blocks of text the comment's section prints, each a link to its editor: accepting a comment means changing them.</summary>
    public IReadOnlyList<NarrativeSlot> Blocks { get; private set; } = [];

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var id = long.TryParse(RouteData.Values["commentId"] as string, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : -1;
        if ((await store.GetAsync(inspection.Id, ct)).Comments.FirstOrDefault(x => x.Id == id) is not { } comment) return NotFound();
        Comment = comment;
        var written = (await narrative.ListAsync(inspection.Id, ct)).Select(b => b.Section).ToHashSet();
        Blocks = SectionBlocks.Of(inspection.Framework, comment.Section, written);
        return null;
    }

    public void OnGet() => Form = new DecideForm { Outcome = Comment.Outcome?.Token(), Reason = Comment.OutcomeReason, Version = Comment.Version };

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await store.DecideAsync(inspection.Id, Comment.Id, Form.Chosen!.Value, Form.Reason, Form.Version, Me.Actor, Aborted);
            return Redirect(links.FactualAccuracy(inspection.Id, "decided"));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, fieldId: "outcome");
            return Page();
        }
    }
}
