using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;

namespace Probity.Web.Pages.Inspections.Panel;

/// <summary>
/// The ratings panel: every standard's key-question table (counts, percentages, bands, the lowest highlighted),
/// discretion eligibility, the decisions recorded, the domain-one judgements, and the score and overall rating as
/// they now stand. Ratifying moves the inspection to drafting, which locks its case data.
/// </summary>
public sealed class IndexModel(ProbityStore store) : PanelPage(store)
{
    public override string Title => $"Ratings panel: {InspectionName}";
    public override string? BackLink => BasePath;

    [BindProperty(SupportsGet = true, Name = "recorded")] public string? Recorded { get; set; }

    public async Task OnGetAsync() => await LoadRatingAsync();

    public async Task<IActionResult> OnPostRatifyAsync(int version)
    {
        if (!MayDecide) return Forbid();
        try
        {
            await Store.Inspections.ChangeStatusAsync(InspectionId, InspectionStatus.Drafting, version, Me.Actor);
            return Redirect($"{BasePath}/panel?recorded=ratified");
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e);
            await LoadRatingAsync();
            return Page();
        }
    }
}
