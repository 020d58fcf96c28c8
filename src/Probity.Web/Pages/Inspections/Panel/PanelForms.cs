using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Panel;

/// <summary>The rating the panel ratifies for a standard rated by judgement, and the version of the judgement it read.</summary>
public sealed class RatifyForm
{
    [FromForm(Name = "rating")] public string? Rating { get; set; }
    [FromForm(Name = "version")] public int? Version { get; set; }

    public Rating? Ratified => RatingNames.TryParseToken(Rating, out var r) ? r : null;

    /// <summary>The standard's id, for the message (set by the page).</summary>
    [BindNever] public string Standard { get; set; } = "";
}

public sealed class RatifyFormValidator : AbstractValidator<RatifyForm>
{
    public RatifyFormValidator()
    {
        RuleFor(f => f.Ratified).NotNull().WithMessage(f => $"Select the rating the panel ratifies for {f.Standard}").OverridePropertyName("rating");
        this.EveryOtherTextWithin();
    }
}

/// <summary>The panel's decision on a standard rated from case data, as typed.</summary>
public sealed class DecisionForm
{
    private static readonly (string Token, string Label, PanelMove Move)[] Moves = [("up", "Up one band", PanelMove.Up), ("down", "Down one band", PanelMove.Down)];

    [FromForm(Name = "move")] public string? Move { get; set; }
    [FromForm(Name = "basis")] public string? Basis { get; set; }
    [FromForm(Name = "rationale")] public string? Rationale { get; set; }
    [FromForm(Name = "outside-rules")] public string? OutsideRules { get; set; }
    [FromForm(Name = "version")] public int? Version { get; set; }

    /// <summary>The bases this standard allows (set by the page: qualitative evidence only where the framework has it).</summary>
    [BindNever] public IReadOnlyList<(string Token, string Label)> BasisOptions { get; set; } = [];

    /// <summary>The standard's banded rating (set by the page): Inadequate cannot go down, Outstanding cannot go up.</summary>
    [BindNever] public Rating? Banded { get; set; }

    /// <summary>The directions the rules make the standard eligible for discretion in (set by the page).</summary>
    [BindNever] public DiscretionEligibility Eligibility { get; set; } = DiscretionEligibility.None;

    /// <summary>The standard, for the messages (set by the page).</summary>
    [BindNever] public string Standard { get; set; } = "";

    /// <summary>The moves the rating scale leaves open from the banded rating: no "down" from Inadequate, no "up" from Outstanding.</summary>
    public IReadOnlyList<(string, string)> MoveOptions =>
        [.. Moves.Where(m => Banded is { } r && PanelDecisionRules.Moved(r, m.Move) is not null).Select(m => (m.Token, m.Label))];

    public PanelMove? Direction => Moves.FirstOrDefault(m => m.Token == Move) is { Token: not null } m ? m.Move : null;

    public DecisionBasis? DecidedOn => BasisOptions.Any(o => o.Token == Basis)
        ? Basis == "qualitative" ? DecisionBasis.UnpaidWorkQualitative : DecisionBasis.Discretion
        : null;

    /// <summary>A discretion move the rules do not make eligible: the panel may still make it, saying why the rules do not cover it.</summary>
    public bool OutsideTheRules => DecidedOn == DecisionBasis.Discretion && Direction is { } d && !Eligibility.Allows(d);

    /// <summary>The reason, kept only for a move outside the rules.</summary>
    public string? OutsideRulesReason => OutsideTheRules && !string.IsNullOrWhiteSpace(OutsideRules) ? OutsideRules.Trim() : null;

    public static DecisionForm From(PanelDecision d) => new()
    {
        Move = d.Move == PanelMove.Up ? "up" : "down",
        Basis = d.Basis == DecisionBasis.Discretion ? "discretion" : "qualitative",
        Rationale = d.Rationale,
        OutsideRules = d.OutsideRules,
    };
}

public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public DecisionFormValidator()
    {
        RuleFor(f => f.Direction).NotNull().WithMessage("Select whether the panel moves the rating up or down").OverridePropertyName("move");
        RuleFor(f => f.Move).Must((form, move) => form.MoveOptions.Any(o => o.Item1 == move)).When(f => f.Direction is not null)
            .WithMessage(f => $"{f.Standard} is {f.Banded?.DisplayName() ?? "not rated"}, so it cannot move {f.Move}").OverridePropertyName("move");
        RuleFor(f => f.DecidedOn).NotNull().WithMessage("Select the basis of the decision").OverridePropertyName("basis");
        RuleFor(f => f.Rationale).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter the panel's rationale: why it moved the rating")
            .Within(FieldLength.Long, "The rationale").OverridePropertyName("rationale");
        RuleFor(f => f.OutsideRules).Must(r => !string.IsNullOrWhiteSpace(r)).When(f => f.OutsideTheRules)
            .WithMessage(f => $"{f.Standard} is not eligible for discretion {f.Move}: say why the rules do not cover this case")
            .OverridePropertyName("outside-rules");
        RuleFor(f => f.OutsideRules).Within(FieldLength.Long, "The reason the rules do not cover this case").OverridePropertyName("outside-rules");
        this.EveryOtherTextWithin();
    }
}
