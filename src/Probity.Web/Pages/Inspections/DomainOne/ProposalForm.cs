using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>The lead inspector's proposed rating and rationale for a standard rated by judgement, as typed.</summary>
public sealed class ProposalForm
{
    public static IReadOnlyList<(string, string)> RatingOptions { get; } =
        Enum.GetValues<Rating>().Reverse().Select(r => (r.Token(), r.DisplayName())).ToList();

    [FromForm(Name = "rating")] public string? Rating { get; set; }
    [FromForm(Name = "rationale")] public string? Rationale { get; set; }
    [FromForm(Name = "version")] public int? Version { get; set; }

    /// <summary>The standard, for the messages (set by the page).</summary>
    [BindNever] public Standard? Standard { get; set; }

    public Rating? Proposed => RatingNames.TryParseToken(Rating, out var r) ? r : null;
}

public sealed class ProposalFormValidator : AbstractValidator<ProposalForm>
{
    public ProposalFormValidator()
    {
        RuleFor(f => f.Proposed).NotNull().WithMessage(f => $"Select the rating you propose for {f.Standard?.Id} {f.Standard?.Name}").OverridePropertyName("rating");
        RuleFor(f => f.Rationale).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter the rationale for the rating: the evidence it rests on")
            .Within(FieldLength.Long, "The rationale").OverridePropertyName("rationale");
        this.EveryOtherTextWithin();
    }
}
