using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Data;
using Probity.Data.Panel;

namespace Probity.Web.Pages.Inspections.Panel;

/// <summary>
/// The panel's decision on one standard rated from case data: its key questions, eligibility, what the ratings would be
/// if one case were judged differently, and the decision (direction, basis, rationale), which the store checks through
/// Core's rater and refuses with every reason when it breaks a rule.
/// </summary>
public sealed class DecisionModel(ProbityStore store) : PanelPage(store)
{
    public StandardRating Standard { get; private set; } = null!;
    public StoredPanelDecision? Existing { get; private set; }
    public override string Title => $"Panel decision on {Standard.Standard.Id} {Standard.Standard.Name}";

    public string? Move { get; private set; }
    public string? Basis { get; private set; }
    public string? Rationale { get; private set; }

    public IReadOnlyList<(string, string)> BasisOptions => Standard.Standard.QualitativeAdjustment is null
        ? [("discretion", "Professional discretion")]
        : [("discretion", "Professional discretion"), ("qualitative", $"Qualitative evidence ({Standard.Standard.QualitativeAdjustment.EvidenceKeyQuestion})")];

    public static IReadOnlyList<(string, string)> MoveOptions { get; } = [("up", "Up one band"), ("down", "Down one band")];

    /// <summary>Per rated key question: the ratings with one more case judged yes, and with one fewer (null where no case could move).</summary>
    public IReadOnlyList<(KeyQuestionResult KeyQuestion, InspectionRating? OneMoreYes, InspectionRating? OneFewerYes)> WhatIf { get; private set; } = [];

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        if (await base.BeforeHandlerAsync() is { } early) return early;
        await LoadRatingAsync();
        if (Rating.Standard(RouteData.Values["standard"] as string ?? "") is not { Standard.RatedBy: RatingBasis.CaseData } standard) return NotFound();
        Standard = standard;
        Existing = (await Store.Panel.ListAsync(InspectionId)).FirstOrDefault(d => d.Decision.Standard == standard.Standard.Id);
        WhatIf = standard.KeyQuestions.Where(k => k.KeyQuestion.Role == KeyQuestionRole.Rated && k.Tally is not null)
            .Select(k => (k, OneCaseWhatIf.Rate(Framework, Inputs, k.KeyQuestion.Id, true), OneCaseWhatIf.Rate(Framework, Inputs, k.KeyQuestion.Id, false)))
            .ToList();
        return null;
    }

    public void OnGet()
    {
        if (Existing?.Decision is not { } d) return;
        (Move, Basis, Rationale) = (d.Move == PanelMove.Up ? "up" : "down", d.Basis == DecisionBasis.Discretion ? "discretion" : "qualitative", d.Rationale);
    }

    public async Task<IActionResult> OnPostAsync(string? move, string? basis, string? rationale, int? version)
    {
        if (!MayDecide) return Forbid();
        (Move, Basis, Rationale) = (move, basis, rationale);
        if (move is not ("up" or "down")) Errors.Add("move", "Select whether the panel moves the rating up or down");
        if (!BasisOptions.Any(o => o.Item1 == basis)) Errors.Add("basis", "Select the basis of the decision");
        if (string.IsNullOrWhiteSpace(rationale)) Errors.Add("rationale", "Enter the panel's rationale: why it moved the rating");
        if (Errors.Any) return Page();
        var decision = new PanelDecision(Standard.Standard.Id, move == "up" ? PanelMove.Up : PanelMove.Down,
            basis == "qualitative" ? DecisionBasis.UnpaidWorkQualitative : DecisionBasis.Discretion, rationale!.Trim())
        {
            ProposedBy = Me.DisplayName, RatifiedBy = "ratings panel", DecisionDate = DateOnly.FromDateTime(DateTime.UtcNow),
        };
        try
        {
            await Store.Panel.RecordAsync(InspectionId, decision, version, Me.Actor);
            return Redirect($"{BasePath}/panel?recorded={Standard.Standard.Id}#standard-{Standard.Standard.Id}");
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, "The decision has not been recorded (what you typed is still below)", "move");
            return Page();
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int version)
    {
        if (!MayDecide || Existing is null) return Forbid();
        try
        {
            await Store.Panel.WithdrawAsync(InspectionId, Standard.Standard.Id, version, Me.Actor);
            return Redirect($"{BasePath}/panel#standard-{Standard.Standard.Id}");
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e);
            return Page();
        }
    }

    public string Describe(InspectionRating? r, KeyQuestionResult k, bool more)
    {
        if (r is null) return more ? "No case was judged no" : "No case was judged yes";
        var s = r.Standard(Standard.Standard.Id)!;
        var t = r.Items[k.KeyQuestion.Id];
        return $"{t.Percent}%: {Standard.Standard.Id} {s.Rating?.DisplayName() ?? "no rating"}; overall {r.OverallRating?.DisplayName() ?? "none"}" +
            (r.Score is { } sc ? $" ({sc}/{r.MaxScore})" : "");
    }
}
