using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Data;
using Probity.Data.Datasets;
using Probity.Data.DomainOne;
using Probity.Data.Panel;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Panel;

/// <summary>
/// The panel's decision on one standard rated from case data: its key questions, eligibility, what the ratings would be
/// if one case were judged differently, and the decision (direction, basis, rationale), which the store checks through
/// Core's rater and refuses with every reason when it breaks a rule.
/// </summary>
[SeenBy(InspectionAudience.RatingsPanel)]
public sealed class DecisionModel(OpenInspection inspection, DatasetStore datasets, DomainOneStore domainOne, PanelDecisionStore decisions,
    IValidator<DecisionForm> validator, TimeProvider clock, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public InspectionRating Rating { get; private set; } = null!;
    public StandardRating Standard { get; private set; } = null!;
    public StoredPanelDecision? Existing { get; private set; }
    public override string Title => $"Panel decision on {Standard.Standard.Id} {Standard.Standard.Name}";
    public override string? BackLink => links.Panel(inspection.Id);
    public bool MayDecide => PanelEvidence.MayDecide(Me, inspection.Summary);

    [BindProperty] public DecisionForm Form { get; set; } = new();

    /// <summary>Per rated key question: the ratings with one more case judged yes, and with one fewer (null where no case could move).</summary>
    public IReadOnlyList<(KeyQuestionResult KeyQuestion, InspectionRating? OneMoreYes, InspectionRating? OneFewerYes)> WhatIf { get; private set; } = [];

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var evidence = await PanelEvidence.LoadAsync(datasets, domainOne, inspection.Id, ct);
        Rating = evidence.Rated.Rating;
        if (Rating.Standard(RouteData.Values["standard"] as string ?? "") is not { Standard.RatedBy: RatingBasis.CaseData } standard) return NotFound();
        Standard = standard;
        Existing = (await decisions.ListAsync(inspection.Id, ct)).FirstOrDefault(d => d.Decision.Standard == standard.Standard.Id);
        var inputs = evidence.Rated.Inputs;
        WhatIf = standard.KeyQuestions.Where(k => k.KeyQuestion.Role == KeyQuestionRole.Rated && k.Tally is not null)
            .Select(k => (k, OneCaseWhatIf.Rate(inspection.Framework, inputs, k.KeyQuestion.Id, true), OneCaseWhatIf.Rate(inspection.Framework, inputs, k.KeyQuestion.Id, false)))
            .ToList();
        Form.BasisOptions = BasisOptions;
        Form.Banded = standard.IndicativeRating;
        Form.Eligibility = standard.Eligibility;
        Form.Standard = $"{standard.Standard.Id} {standard.Standard.Name}";
        return null;
    }

    public IReadOnlyList<(string, string)> BasisOptions => Standard.Standard.QualitativeAdjustment is null
        ? [("discretion", "Professional discretion")]
        : [("discretion", "Professional discretion"), ("qualitative", $"Qualitative evidence ({Standard.Standard.QualitativeAdjustment.EvidenceKeyQuestion})")];

    /// <summary>Says which move the rating scale rules out, if one is.</summary>
    public string? MoveHint => Standard.IndicativeRating switch
    {
        Core.Ratings.Rating.Inadequate => "Inadequate is the lowest band, so the rating can only move up.",
        Core.Ratings.Rating.Outstanding => "Outstanding is the highest band, so the rating can only move down.",
        _ => null,
    };

    public string OutsideRulesHint => (Standard.Eligibility.Up, Standard.Eligibility.Down) switch
    {
        (false, false) => "This standard is not eligible for discretion. The panel may still move it with professional discretion, but must say here why the rules do not cover this case.",
        (true, false) => "This standard is eligible for discretion up only. To move it down with professional discretion, say here why the rules do not cover this case.",
        _ => "This standard is eligible for discretion down only. To move it up with professional discretion, say here why the rules do not cover this case.",
    };

    public void OnGet()
    {
        if (Existing?.Decision is not { } d) return;
        var shown = DecisionForm.From(d);
        (shown.BasisOptions, shown.Banded, shown.Eligibility, shown.Standard) = (Form.BasisOptions, Form.Banded, Form.Eligibility, Form.Standard);
        Form = shown;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!MayDecide) return Forbid();
        if (!validator.Check(Form, Errors)) return Page();
        var decision = new PanelDecision(Standard.Standard.Id, Form.Direction!.Value, Form.DecidedOn!.Value, Form.Rationale!.Trim())
        {
            ProposedBy = Me.DisplayName, RatifiedBy = "ratings panel", DecisionDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            OutsideRules = Form.OutsideRulesReason,
        };
        try
        {
            await decisions.RecordAsync(inspection.Id, decision, Form.Version, Me.Actor, Aborted);
            return Redirect(links.Panel(inspection.Id, recorded: Standard.Standard.Id, standard: Standard.Standard.Id));
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
            await decisions.WithdrawAsync(inspection.Id, Standard.Standard.Id, version, Me.Actor, Aborted);
            return Redirect(links.Panel(inspection.Id, standard: Standard.Standard.Id));
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
