using Microsoft.AspNetCore.Mvc;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Data;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>The lead inspector's proposed rating and rationale for one standard rated by judgement (R15).</summary>
public sealed class ProposalModel(ProbityStore store) : InspectionPage(store)
{
    public Standard Standard { get; private set; } = null!;
    public override string Title => $"Propose a rating for {Standard.Id} {Standard.Name}";
    public override string? BackLink => $"{BasePath}/domain-one";

    public string? Rating { get; private set; }
    public string? Rationale { get; private set; }
    public int? Version { get; private set; }

    public static IReadOnlyList<(string, string)> RatingOptions { get; } =
        Enum.GetValues<Rating>().Reverse().Select(r => (r.Token(), r.DisplayName())).ToList();

    protected override bool MaySee() => Me.MayManageInspection;

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        if (await base.BeforeHandlerAsync() is { } early) return early;
        if (Framework.FindStandard(RouteData.Values["standard"] as string ?? "") is not { RatedBy: RatingBasis.Judgement } standard) return NotFound();
        Standard = standard;
        return null;
    }

    public async Task OnGetAsync()
    {
        var judgement = (await Store.DomainOne.GetAsync(InspectionId)).Judgements.FirstOrDefault(j => j.Standard == Standard.Id);
        (Rating, Rationale, Version) = (judgement?.Proposed?.Token(), judgement?.Rationale, judgement?.Version);
    }

    public async Task<IActionResult> OnPostAsync(string? rating, string? rationale, int? version)
    {
        (Rating, Rationale, Version) = (rating, rationale, version);
        if (!RatingNames.TryParseToken(rating, out var proposed)) Errors.Add("rating", $"Select the rating you propose for {Standard.Id} {Standard.Name}");
        if (string.IsNullOrWhiteSpace(rationale)) Errors.Add("rationale", "Enter the rationale for the rating: the evidence it rests on");
        if (Errors.Any) return Page();
        try
        {
            await Store.DomainOne.ProposeAsync(InspectionId, Standard.Id, proposed, rationale!.Trim(), version, Me.Actor);
            return Redirect($"{BasePath}/domain-one");
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.AddRefusal(e, "Your proposal has not been saved (what you typed is still below; save again to replace theirs)");
            if (e is EditConflictException)
                Version = (await Store.DomainOne.GetAsync(InspectionId)).Judgements.FirstOrDefault(j => j.Standard == Standard.Id)?.Version;
            return Page();
        }
    }
}
