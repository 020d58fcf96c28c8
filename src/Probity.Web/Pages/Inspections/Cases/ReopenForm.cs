using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>Why a case is reopened at the ratings panel.</summary>
public sealed class ReopenForm
{
    [FromForm(Name = "reason")] public string? Reason { get; set => field = value?.Trim(); }
}

public sealed class ReopenFormValidator : AbstractValidator<ReopenForm>
{
    public ReopenFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why the case is reopened: the panel sees the reason beside what changed")
            .Within(FieldLength.Long, "The reason").OverridePropertyName("reason");
        this.EveryOtherTextWithin();
    }
}
