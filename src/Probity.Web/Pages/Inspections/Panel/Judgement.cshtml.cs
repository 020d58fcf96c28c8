using Microsoft.AspNetCore.Mvc;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Data;
using Probity.Data.DomainOne;

namespace Probity.Web.Pages.Inspections.Panel;

/// <summary>The panel ratifies a domain-one rating (R15): usually the lead inspector's proposal, or another it agrees.</summary>
public sealed class JudgementModel(ProbityStore store) : PanelPage(store)
{
    public Standard Standard { get; private set; } = null!;
    public DomainOneJudgement? Judgement { get; private set; }
    public string? Selected { get; private set; }
    public override string Title => $"Ratify the rating of {Standard.Id} {Standard.Name}";

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        if (await base.BeforeHandlerAsync() is { } early) return early;
        if (Framework.FindStandard(RouteData.Values["standard"] as string ?? "") is not { RatedBy: RatingBasis.Judgement } standard) return NotFound();
        Standard = standard;
        Judgement = (await Store.DomainOne.GetAsync(InspectionId)).Judgements.FirstOrDefault(j => j.Standard == standard.Id);
        return null;
    }

    public void OnGet() => Selected = (Judgement?.Ratified ?? Judgement?.Proposed)?.Token();

    public async Task<IActionResult> OnPostAsync(string? rating, int? version)
    {
        if (!MayDecide) return Forbid();
        Selected = rating;
        if (!RatingNames.TryParseToken(rating, out var ratified)) Errors.Add("rating", $"Select the rating the panel ratifies for {Standard.Id}");
        if (Errors.Any) return Page();
        try
        {
            await Store.DomainOne.RatifyAsync(InspectionId, Standard.Id, ratified, version, Me.Actor);
            return Redirect($"{BasePath}/panel?recorded={Standard.Id}#standard-{Standard.Id}");
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, "Not ratified", "rating");
            return Page();
        }
    }
}
