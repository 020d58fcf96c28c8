using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Recommendations;

/// <summary>The progress judged on one of the previous inspection's recommendations, and the evidence for it, as typed.</summary>
public sealed class ProgressForm
{
    public static IReadOnlyList<(string Value, string Label)> ProgressOptions { get; } =
    [
        (RecommendationProgress.SufficientProgress.Token(), "Sufficient progress"),
        (RecommendationProgress.SomeProgress.Token(), "Some progress"),
        (RecommendationProgress.NoProgress.Token(), "No progress"),
    ];

    [FromForm(Name = "progress")] public string? Progress { get; set; }
    [FromForm(Name = "evidence")] public string? Evidence { get; set; }
    [FromForm(Name = "version")] public int? Version { get; set; }

    public RecommendationProgress? Judged => RecommendationProgressNames.TryParse(Progress, out var p) ? p : null;
}

public sealed class ProgressFormValidator : AbstractValidator<ProgressForm>
{
    public ProgressFormValidator()
    {
        RuleFor(f => f.Judged).NotNull().WithMessage("Select the progress made on the recommendation").OverridePropertyName("progress");
        RuleFor(f => f.Evidence).Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Enter the evidence for the progress you judged")
            .Within(FieldLength.Long, "The evidence").OverridePropertyName("evidence");
        this.EveryOtherTextWithin();
    }
}
