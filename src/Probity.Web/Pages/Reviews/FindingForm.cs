using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Reviews;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Reviews;

/// <summary>A key strength or area for improvement of one area, with the evidence it rests on, as a lead types it.</summary>
public sealed class FindingForm
{
    public static IReadOnlyList<(string, string)> PolarityOptions { get; } =
        [(nameof(FindingPolarity.Strength), "Key strength"), (nameof(FindingPolarity.AreaForImprovement), "Key area for improvement")];

    public static IReadOnlyList<(string, string)> SourceOptions { get; } =
        [.. Enum.GetValues<EvidenceSource>().Select(s => (s.ToString(), SourceName(s)))];

    [FromForm(Name = "stamp")] public string? Stamp { get; set; }
    [FromForm(Name = "polarity")] public string? Polarity { get; set => field = value?.Trim(); }
    [FromForm(Name = "text")] public string? Text { get; set => field = value?.Trim(); }
    [FromForm(Name = "source")] public string? Source { get; set => field = value?.Trim(); }
    [FromForm(Name = "evidence")] public string? Evidence { get; set => field = value?.Trim(); }

    public FindingPolarity? ChosenPolarity => Enum.TryParse<FindingPolarity>(Polarity, out var p) && PolarityOptions.Any(o => o.Item1 == Polarity) ? p : null;
    public EvidenceSource? ChosenSource => Enum.TryParse<EvidenceSource>(Source, out var s) && SourceOptions.Any(o => o.Item1 == Source) ? s : null;

    /// <summary>The finding; only once the validator has passed the form.</summary>
    public ReviewFinding ToFinding() => new(ChosenPolarity!.Value, Text!) { Evidence = [new EvidenceCitation(ChosenSource!.Value, Evidence!)] };

    public static string SourceName(EvidenceSource source) => source switch
    {
        EvidenceSource.StaffSurvey => "the staff survey",
        EvidenceSource.PduInspections => "the PDU inspections",
        EvidenceSource.CaseInspection => "cases inspected in the review",
        EvidenceSource.ProviderData => "the region's own data",
        EvidenceSource.NationalData => "national performance data",
        _ => "fieldwork meetings and interviews",
    };
}

public sealed class FindingFormValidator : AbstractValidator<FindingForm>
{
    public FindingFormValidator()
    {
        RuleFor(f => f.Stamp).NotEmpty().WithMessage("The page was out of date: it has been shown again, save again")
            .Within(FieldLength.Short, "The page's stamp");
        RuleFor(f => f.ChosenPolarity).NotNull().WithMessage("Select whether this is a key strength or a key area for improvement").OverridePropertyName("polarity");
        RuleFor(f => f.Text).NotEmpty().WithMessage("Enter the finding as the letter will print it").Within(FieldLength.Long, "The finding").OverridePropertyName("text");
        RuleFor(f => f.ChosenSource).NotNull().WithMessage("Select where the evidence comes from").OverridePropertyName("source");
        RuleFor(f => f.Evidence).NotEmpty().WithMessage("Enter the evidence, for example 68 out of 84 respondents agreed")
            .Within(FieldLength.Long, "The evidence").OverridePropertyName("evidence");
        this.EveryOtherTextWithin();
    }
}
