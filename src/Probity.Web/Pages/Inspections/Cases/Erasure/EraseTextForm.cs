using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Cases.Erasure;

/// <summary>Why a case's notes and examples are erased: the audit log keeps it with the erasure.</summary>
public sealed class EraseTextForm
{
    [FromForm(Name = "reason")] public string? Reason { get; set; }
}

public sealed class EraseTextFormValidator : AbstractValidator<EraseTextForm>
{
    public EraseTextFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why the notes and examples are erased").OverridePropertyName("reason");
        RuleFor(f => f.Reason).Within(FieldLength.Short, "The reason").OverridePropertyName("reason");
    }
}
