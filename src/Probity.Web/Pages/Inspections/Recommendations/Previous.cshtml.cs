using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Recommendations;
using Probity.Web.Pages.Inspections.Writing;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Recommendations;

/// <summary>The progress judged on one of the previous inspection's recommendations (sufficient / some / no progress), with the evidence.</summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class PreviousModel(OpenInspection inspection, RecommendationStore recommendations, IValidator<ProgressForm> validator, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public PreviousItem Item { get; private set; } = null!;
    public override string Title => $"Progress on previous recommendation {Item.Number}";
    public override string? BackLink => links.Recommendations(inspection.Id);

    [BindProperty] public ProgressForm Form { get; set; } = new();

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!int.TryParse(RouteData.Values["number"] as string, System.Globalization.CultureInfo.InvariantCulture, out var number)) return NotFound();
        var stored = await recommendations.GetAsync(inspection.Id, ct);
        if ((await PreviousItems.LoadAsync(recommendations, inspection, stored, ct)).FirstOrDefault(p => p.Number == number) is not { } item) return NotFound();
        Item = item;
        return null;
    }

    /// <summary>Why the form cannot be saved at this stage (the page then shows what is recorded), or null.</summary>
    public string? ReadOnlyBecause => WritingRules.WhyNotRecommend(Me, inspection.Summary.Status);

    public IActionResult OnGet()
    {
        (Form.Progress, Form.Evidence, Form.Version) = (Item.Progress?.Token(), Item.Evidence, Item.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ReadOnlyBecause is { } why) return Refuse(why);
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await recommendations.SavePreviousAsync(inspection.Id,
                new PreviousRecommendation(Item.Number, Item.Text) { Progress = Form.Judged, Evidence = Form.Evidence!.Trim() }, Form.Version, Me.Actor, Aborted);
            return Redirect(links.Recommendations(inspection.Id, "progress"));
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.AddRefusal(e, "Your judgement has not been saved (what you typed is still below; save again to replace theirs)");
            if (e is EditConflictException)
                Form.Version = (await recommendations.GetAsync(inspection.Id, Aborted)).Previous.FirstOrDefault(p => p.Recommendation.Number == Item.Number)?.Version;
            return Page();
        }
    }
}
