using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Recommendations;

/// <summary>A new recommendation as typed: who must act, what they should do, the finding it comes from, the version read.</summary>
public sealed class RecommendationForm
{
    /// <summary>The addressee choice meaning the inspected provider: stored as no addressee, which the report prints as the provider's name.</summary>
    public const string TheProvider = "provider";

    /// <summary>The addressees a recommendation may name besides the provider, as the report prints them.</summary>
    public static IReadOnlyList<string> OtherAddressees { get; } = ["HM Prison and Probation Service", "Ministry of Justice"];

    [FromForm(Name = "addressee")] public string? Addressee { get; set; }
    [FromForm(Name = "text")] public string? Text { get; set; }
    [FromForm(Name = "finding")] public string? Finding { get; set; }
    [FromForm(Name = "repeats")] public string? Repeats { get; set; }
    [FromForm(Name = "version")] public int? Version { get; set; }

    /// <summary>The addressee choices (value, label), set by the page: the provider, the others, and one already recorded.</summary>
    [BindNever] public IReadOnlyList<(string Value, string Label)> AddresseeOptions { get; set; } = [];

    /// <summary>The findings a recommendation may come from (narrative key, block name), set by the page.</summary>
    [BindNever] public IReadOnlyList<(string Value, string Label)> FindingOptions { get; set; } = [];

    /// <summary>The previous inspection's recommendations it may repeat (number, text), set by the page; the first is "none".</summary>
    [BindNever] public IReadOnlyList<(string Value, string Label)> RepeatOptions { get; set; } = [];

    /// <summary>What the store records: null for the provider.</summary>
    public string? StoredAddressee => Addressee == TheProvider ? null : Addressee;

    public int? RepeatsPrevious => int.TryParse(Repeats, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}

public sealed class RecommendationFormValidator : AbstractValidator<RecommendationForm>
{
    public RecommendationFormValidator()
    {
        RuleFor(f => f.Addressee).Must((f, a) => f.AddresseeOptions.Any(o => o.Value == a)).WithMessage("Select who the recommendation is for")
            .OverridePropertyName("addressee");
        RuleFor(f => f.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Enter what they should do")
            .Within(FieldLength.Long, "The recommendation").OverridePropertyName("text");
        RuleFor(f => f.Finding).Must((f, v) => f.FindingOptions.Any(o => o.Value == v)).WithMessage("Select the finding the recommendation comes from")
            .OverridePropertyName("finding");
        RuleFor(f => f.Repeats).Must((f, v) => string.IsNullOrEmpty(v) || f.RepeatOptions.Any(o => o.Value == v))
            .WithMessage("Select a recommendation of the previous inspection, or none").OverridePropertyName("repeats");
        this.EveryOtherTextWithin();
    }
}
