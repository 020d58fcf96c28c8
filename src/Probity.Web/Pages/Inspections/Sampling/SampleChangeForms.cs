using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>Why a case is swapped for a reserve (not available, wrongly included, and any detail), and from which stratum.</summary>
public sealed class SwapForm
{
    public static IReadOnlyList<(string Value, string Label)> ReasonOptions { get; } =
        [("not-available", "Not available (for example moved away, in custody or died)"), ("wrongly-included", "Wrongly included (it does not meet the sample's criteria)")];

    [FromForm(Name = "reason")] public string? Reason { get; set; }
    [FromForm(Name = "detail")] public string? Detail { get; set => field = value?.Trim(); }
    [FromForm(Name = "stratum")] public string? Stratum { get; set; }

    /// <summary>The strata a reserve may come from when the case's own has none left; empty when it has one.</summary>
    [BindNever] public IReadOnlyList<(string Value, string Label)> StrataOptions { get; set; } = [];

    /// <summary>The reason as the report's methodology gives it: "Not available: moved to Scotland".</summary>
    public string ReasonText
    {
        get
        {
            var lead = Reason == "wrongly-included" ? "Wrongly included" : "Not available";
            return string.IsNullOrEmpty(Detail) ? lead : $"{lead}: {Detail}";
        }
    }
}

public sealed class SwapFormValidator : AbstractValidator<SwapForm>
{
    public SwapFormValidator()
    {
        RuleFor(f => f.Reason).Must(r => SwapForm.ReasonOptions.Any(o => o.Value == r))
            .WithMessage("Select why the case is swapped: not available or wrongly included").OverridePropertyName("reason");
        RuleFor(f => f.Detail).Within(FieldLength.Long, "The detail").OverridePropertyName("detail");
        RuleFor(f => f.Stratum).Must((form, s) => form.StrataOptions.Any(o => o.Value == s)).When(f => f.StrataOptions.Count > 0)
            .WithMessage("Select the stratum whose next reserve takes the case's place").OverridePropertyName("stratum");
        this.EveryOtherTextWithin();
    }
}

/// <summary>Why a case is withdrawn from the sample.</summary>
public sealed class WithdrawForm
{
    [FromForm(Name = "reason")] public string? Reason { get; set => field = value?.Trim(); }
}

public sealed class WithdrawFormValidator : AbstractValidator<WithdrawForm>
{
    public WithdrawFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why the case is withdrawn: the report's methodology gives the reason")
            .Within(FieldLength.Long, "The reason").OverridePropertyName("reason");
        this.EveryOtherTextWithin();
    }
}

/// <summary>A case added to a sample by hand: which sample, its reference, which organisation's cases it is among (area inspections), and why.</summary>
public sealed class AddCaseForm
{
    [FromForm(Name = "sample")] public string? Sample { get; set; }
    [FromForm(Name = "view")] public string? View { get; set; }
    [FromForm(Name = "case")] public string? CaseId { get; set => field = value?.Trim(); }
    [FromForm(Name = "reason")] public string? Reason { get; set => field = value?.Trim(); }

    /// <summary>The organisations' cases the case can be among, for a framework whose figures are split by organisation; empty otherwise.</summary>
    [BindNever] public IReadOnlyList<(string Value, string Label)> ViewOptions { get; set; } = [];
}

public sealed class AddCaseFormValidator : AbstractValidator<AddCaseForm>
{
    public AddCaseFormValidator()
    {
        RuleFor(f => f.Sample).Must(s => IndexModel.TypeOptions.Any(o => o.Item1 == s)).WithMessage("Select the sample the case joins").OverridePropertyName("sample");
        RuleFor(f => f.CaseId).NotEmpty().WithMessage("Enter the case reference").Within(FieldLength.Short, "The case reference").OverridePropertyName("case");
        RuleFor(f => f.View).Must((form, v) => form.ViewOptions.Any(o => o.Value == v)).When(f => f.ViewOptions.Count > 0)
            .WithMessage("Select which organisation managed the case").OverridePropertyName("view");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why the case is added: the report's methodology gives the reason")
            .Within(FieldLength.Long, "The reason").OverridePropertyName("reason");
        this.EveryOtherTextWithin();
    }
}
