using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>The cases ticked on the case list and the one person to hold them all (empty for nobody).</summary>
public sealed class BulkAssignForm
{
    [FromForm(Name = "case")] public List<string> Cases { get; set; } = [];
    // "" is "not assigned", an answer in its own right: kept as sent, not turned into a missing answer.
    [FromForm(Name = "holder"), DisplayFormat(ConvertEmptyStringToNull = false)] public string? Holder { get; set; }

    /// <summary>The people (and "not assigned") the holder may be chosen from (set by the page).</summary>
    [BindNever] public IReadOnlyList<(string UserName, string Label)> Options { get; set; } = [];

    /// <summary>The inspection's case references (set by the page): a ticked case must be one of them.</summary>
    [BindNever] public IReadOnlySet<string> Known { get; set; } = new HashSet<string>();
}

public sealed class BulkAssignFormValidator : AbstractValidator<BulkAssignForm>
{
    public BulkAssignFormValidator()
    {
        RuleFor(f => f.Cases).Must(c => c.Count > 0).WithMessage("Select the cases to assign").OverridePropertyName("case");
        RuleFor(f => f.Cases).Must((form, c) => c.All(form.Known.Contains)).When(f => f.Cases.Count > 0)
            .WithMessage("A selected case is not in this inspection; select the cases again").OverridePropertyName("case");
        RuleFor(f => f.Holder).Must((form, holder) => holder is not null && form.Options.Any(o => o.UserName == holder))
            .WithMessage("Select who holds the cases, or not assigned").OverridePropertyName("holder");
        this.EveryOtherTextWithin();
    }
}
