using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Publication;

/// <summary>A date typed in three parts named <c>date-day</c>, <c>-month</c>, <c>-year</c>: a publication date, a correction's, a deadline.</summary>
public sealed class DateForm
{
    [FromForm(Name = "date-day")] public string? Day { get => Date.Day; set => Date.Day = value?.Trim(); }
    [FromForm(Name = "date-month")] public string? Month { get => Date.Month; set => Date.Month = value?.Trim(); }
    [FromForm(Name = "date-year")] public string? Year { get => Date.Year; set => Date.Year = value?.Trim(); }
    [FromForm(Name = "version")] public int Version { get; set; }

    [BindNever] public DateParts Date { get; } = new();

    public static DateForm For(DateOnly? date, int version)
    {
        var parts = DateParts.From(date);
        return new DateForm { Day = parts.Day, Month = parts.Month, Year = parts.Year, Version = version };
    }
}

public sealed class DateFormValidator : AbstractValidator<DateForm>
{
    public DateFormValidator()
    {
        RuleFor(f => f.Date.Value).NotNull().When(f => f.Date.IsEmpty).WithMessage("Enter the date").OverridePropertyName("date-day");
        RuleFor(f => f.Date.Value).NotNull().When(f => !f.Date.IsEmpty).WithMessage("The date must be a real date, like 12 2 2020").OverridePropertyName("date-day");
        this.EveryOtherTextWithin();
    }
}
