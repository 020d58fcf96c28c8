using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>Who is to hold the case: a user name, or empty for nobody.</summary>
public sealed class AssignForm
{
    // "" is "not assigned", an answer in its own right: kept as sent, not turned into a missing answer.
    [FromForm(Name = "holder"), DisplayFormat(ConvertEmptyStringToNull = false)] public string? Holder { get; set; }

    /// <summary>The people (and "not assigned") the holder may be chosen from.</summary>
    [BindNever] public IReadOnlyList<(string UserName, string Label)> Options { get; set; } = [];
}

public sealed class AssignFormValidator : AbstractValidator<AssignForm>
{
    public AssignFormValidator()
    {
        RuleFor(f => f.Holder).Must((form, holder) => holder is not null && form.Options.Any(o => o.UserName == holder))
            .WithMessage("Select who holds the case, or not assigned").OverridePropertyName("holder");
        this.EveryOtherTextWithin();
    }
}
