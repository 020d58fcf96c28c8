using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Checks;

/// <summary>A lead inspector's override of one check: which finding, why its words stand, and the version read (none for a new override).</summary>
public sealed class OverrideForm
{
    [FromForm(Name = "finding")] public string? Finding { get; set; }

    [FromForm(Name = "reason")] public string? Reason { get; set => field = value?.Trim(); }

    [FromForm(Name = "version")] public int? Version { get; set; }
}

public sealed class OverrideFormValidator : AbstractValidator<OverrideForm>
{
    public OverrideFormValidator()
    {
        RuleFor(f => f.Finding).NotEmpty().WithMessage("Choose the check to override from the list of checks")
            .Within(FieldLength.Long, "The check").OverridePropertyName("finding");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why the words are right as written: the drafting notes and the audit log keep the reason")
            .Within(FieldLength.Long, "The reason").OverridePropertyName("reason");
        this.EveryOtherTextWithin();
    }
}
