using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Sampling;
using Probity.Exchange.Input;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>Which sample to draw and how, as typed (trimmed, and shown again on any error), with what each field means.</summary>
public sealed class SampleForm
{
    [FromForm(Name = "type")] public string? Type { get; set => field = value?.Trim(); }
    [FromForm(Name = "as-at")] public string? AsAt { get; set => field = value?.Trim(); }
    [FromForm(Name = "required")] public string? Required { get; set => field = value?.Trim(); }
    [FromForm(Name = "seed")] public string? Seed { get; set => field = value?.Trim(); }
    [FromForm(Name = "encoding")] public string? Encoding { get; set => field = value?.Trim(); }

    public SampleType? SampleType => SampleTypes.TryParse(Type, out var type) ? type : null;

    /// <summary>The eligibility date; null when none was typed (or it is not a yyyy-mm-dd date, which the validator refuses).</summary>
    public DateOnly? EligibleAsAt => DateOnly.TryParseExact(AsAt, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public int? RequiredSize => int.TryParse(Required, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    /// <summary>The text encoding of a CSV extract: UTF-8 when none was chosen; null for anything that is not one of the choices.</summary>
    public InputEncoding? TextEncoding => string.IsNullOrEmpty(Encoding) ? InputEncoding.Utf8
        : InputEncodings.Tokens.Contains(Encoding) && InputEncodings.TryParse(Encoding, out var e) ? e : null;

    public ulong? ChosenSeed => ulong.TryParse(Seed, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
}

public sealed class SampleFormValidator : AbstractValidator<SampleForm>
{
    public SampleFormValidator()
    {
        RuleFor(f => f.SampleType).NotNull().WithMessage("Select which sample to draw").OverridePropertyName("type");
        // Without a sample there is no plan for the other fields to change: only its absence is reported.
        When(f => f.SampleType is not null, () =>
        {
            RuleFor(f => f.ChosenSeed).NotNull().When(f => !string.IsNullOrEmpty(f.Seed))
                .WithMessage("The seed must be a whole number, like 20190916 (leave it empty for a random one)").OverridePropertyName("seed");
            RuleFor(f => f.EligibleAsAt).NotNull().When(f => !string.IsNullOrEmpty(f.AsAt))
                .WithMessage("The eligibility date must be written yyyy-mm-dd, like 2019-09-16").OverridePropertyName("as-at");
            RuleFor(f => f.RequiredSize).NotNull().When(f => !string.IsNullOrEmpty(f.Required))
                .WithMessage("The required size must be a whole number above 0").OverridePropertyName("required");
            RuleFor(f => f.TextEncoding).NotNull().WithMessage("Select the text encoding the extract was saved in").OverridePropertyName("encoding");
        });
        this.EveryOtherTextWithin();
    }
}
