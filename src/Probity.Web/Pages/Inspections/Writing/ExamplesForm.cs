using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Core.Datasets;
using Probity.Data.Narrative;

namespace Probity.Web.Pages.Inspections.Writing;

/// <summary>Which of a standard's flagged practice examples the report prints, as ticked.</summary>
public sealed class ExamplesForm
{
    [FromForm(Name = "printed")] public List<string> Printed { get; set; } = [];

    /// <summary>The examples to choose from (stored id, what the box says), set by the page.</summary>
    [BindNever] public IReadOnlyList<(string Value, string Label)> Options { get; set; } = [];

    public IReadOnlySet<long> PrintedIds => Printed.Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToHashSet();

    public static IReadOnlyList<(string Value, string Label)> OptionsOf(IReadOnlyList<StoredPracticeExample> examples) =>
        [.. examples.Select(e => (e.Id.ToString(CultureInfo.InvariantCulture),
            $"{(e.Example.Kind == PracticeKind.Good ? "Good" : "Poor")} practice, case {e.Example.CaseId}: {e.Example.Text}"))];
}

public sealed class ExamplesFormValidator : AbstractValidator<ExamplesForm>
{
    public ExamplesFormValidator() =>
        RuleFor(f => f.Printed).Must((f, printed) => printed.All(p => f.Options.Any(o => o.Value == p)))
            .WithMessage("Tick only the practice examples listed").OverridePropertyName("printed");
}
