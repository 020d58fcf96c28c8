using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Publication;

/// <summary>A correction of one text block of the published report: the text as it should read, why, and the date of the new version.</summary>
public sealed class CorrectForm
{
    [FromForm(Name = "text")] public string? Text { get; set => field = value?.Trim(); }
    [FromForm(Name = "reason")] public string? Reason { get; set => field = value?.Trim(); }
    [FromForm(Name = "date-day")] public string? Day { get => Date.Day; set => Date.Day = value?.Trim(); }
    [FromForm(Name = "date-month")] public string? Month { get => Date.Month; set => Date.Month = value?.Trim(); }
    [FromForm(Name = "date-year")] public string? Year { get => Date.Year; set => Date.Year = value?.Trim(); }

    /// <summary>The block's version as read; none for a block not written before.</summary>
    [FromForm(Name = "version")] public int? Version { get; set; }

    [BindNever] public DateParts Date { get; } = new();
}

public sealed class CorrectFormValidator : AbstractValidator<CorrectForm>
{
    public CorrectFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("Enter the text as it should read").Within(FieldLength.Long, "The text").OverridePropertyName("text");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why the report is corrected: readers see the reason with the new version")
            .Within(FieldLength.Long, "The reason").OverridePropertyName("reason");
        RuleFor(f => f.Date.Value).NotNull().WithMessage("Enter the date of the correction, like 2 3 2020").OverridePropertyName("date-day");
        this.EveryOtherTextWithin();
    }
}
