using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Core.Datasets;
using Probity.Core.Ratings;
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
    public static IReadOnlyList<(string, string)> MoveOptions { get; } = [("up", "Up one band"), ("down", "Down one band")];

    [FromForm(Name = "move")] public string? Move { get; set; }
    [FromForm(Name = "basis")] public string? Basis { get; set; }
    [FromForm(Name = "rationale")] public string? Rationale { get; set; }
    [FromForm(Name = "version")] public int? Version { get; set; }

    /// <summary>The bases this standard allows (set by the page: qualitative evidence only where the framework has it).</summary>
    [BindNever] public IReadOnlyList<(string Token, string Label)> BasisOptions { get; set; } = [];

    public PanelMove? Direction => Move switch { "up" => PanelMove.Up, "down" => PanelMove.Down, _ => null };

    public DecisionBasis? DecidedOn => BasisOptions.Any(o => o.Token == Basis)
        ? Basis == "qualitative" ? DecisionBasis.UnpaidWorkQualitative : DecisionBasis.Discretion
        : null;

    public static DecisionForm From(PanelDecision d) => new()
    {
        Move = d.Move == PanelMove.Up ? "up" : "down",
        Basis = d.Basis == DecisionBasis.Discretion ? "discretion" : "qualitative",
        Rationale = d.Rationale,
    };
}

public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public DecisionFormValidator()
    {
        RuleFor(f => f.Direction).NotNull().WithMessage("Select whether the panel moves the rating up or down").OverridePropertyName("move");
        RuleFor(f => f.DecidedOn).NotNull().WithMessage("Select the basis of the decision").OverridePropertyName("basis");
        RuleFor(f => f.Rationale).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter the panel's rationale: why it moved the rating")
            .Within(FieldLength.Long, "The rationale").OverridePropertyName("rationale");
        this.EveryOtherTextWithin();
    }
}
