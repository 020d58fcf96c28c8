using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Core.Reviews;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Reviews;

/// <summary>A regional review's heading as a lead inspector types it: trimmed, shown again on any error.</summary>
public sealed class ReviewForm
{
    [FromForm(Name = "stamp")] public string? Stamp { get; set; }
    [FromForm(Name = "region")] public string? Region { get; set => field = value?.Trim(); }
    [FromForm(Name = "title")] public string? Title { get; set => field = value?.Trim(); }
    [FromForm(Name = "reference")] public string? Reference { get; set => field = value?.Trim(); }
    [FromForm(Name = "lead")] public string? Lead { get; set => field = value?.Trim(); }
    [FromForm(Name = "letter-day")] public string? LetterDay { get => Letter.Day; set => Letter.Day = value?.Trim(); }
    [FromForm(Name = "letter-month")] public string? LetterMonth { get => Letter.Month; set => Letter.Month = value?.Trim(); }
    [FromForm(Name = "letter-year")] public string? LetterYear { get => Letter.Year; set => Letter.Year = value?.Trim(); }

    [BindNever] public DateParts Letter { get; } = new();

    /// <summary>The review's heading; only once the validator has passed the form.</summary>
    public RegionalReview ToReview() => new()
    {
        Region = Region!,
        Title = Optional(Title),
        Reference = Optional(Reference),
        LeadInspector = Optional(Lead),
        LetterDate = Letter.Value,
    };

    /// <summary>The stored review's heading, to change it.</summary>
    public static ReviewForm From(RegionalReview review, string stamp)
    {
        var form = new ReviewForm { Stamp = stamp, Region = review.Region, Title = review.Title, Reference = review.Reference, Lead = review.LeadInspector };
        var date = DateParts.From(review.LetterDate);
        (form.LetterDay, form.LetterMonth, form.LetterYear) = (date.Day, date.Month, date.Year);
        return form;
    }

    private static string? Optional(string? text) => string.IsNullOrEmpty(text) ? null : text;
}

public sealed class ReviewFormValidator : AbstractValidator<ReviewForm>
{
    public ReviewFormValidator()
    {
        RuleFor(f => f.Region).NotEmpty().WithMessage("Enter the region the review looks at, for example North East")
            .Within(FieldLength.Short, "The region").OverridePropertyName("region");
        RuleFor(f => f.Letter.Value).NotNull().When(f => !f.Letter.IsEmpty)
            .WithMessage("The letter date must be a real date, like 1 9 2022").OverridePropertyName("letter-day");
        RuleFor(f => f.Stamp).Within(FieldLength.Short, "The page's stamp");
        this.EveryOtherTextWithin();
    }
}
