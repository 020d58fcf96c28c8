using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.FactualAccuracy;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.FactualAccuracy;

/// <summary>The lead inspector's outcome for one comment: accepted, or declined with a reason.</summary>
public sealed class DecideForm
{
    public static IReadOnlyList<(string, string)> Options { get; } =
        [(CommentOutcome.Accepted.Token(), "Accept: the report is changed"), (CommentOutcome.Declined.Token(), "Decline: the report stands as it is")];

    [FromForm(Name = "outcome")] public string? Outcome { get; set => field = value?.Trim(); }
    [FromForm(Name = "reason")] public string? Reason { get; set => field = value?.Trim(); }
    [FromForm(Name = "version")] public int Version { get; set; }

    public CommentOutcome? Chosen => CommentOutcomeNames.Parse(Outcome);
}

public sealed class DecideFormValidator : AbstractValidator<DecideForm>
{
    public DecideFormValidator()
    {
        RuleFor(f => f.Chosen).NotNull().WithMessage("Select whether the comment is accepted or declined").OverridePropertyName("outcome");
        RuleFor(f => f.Reason).NotEmpty().When(f => f.Chosen == CommentOutcome.Declined)
            .WithMessage("Enter why the comment is declined: the provider sees the reason").OverridePropertyName("reason");
        RuleFor(f => f.Reason).Within(FieldLength.Long, "The reason").OverridePropertyName("reason");
        this.EveryOtherTextWithin();
    }
}
