using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// The contextual facts as typed: <see cref="Count"/> facts, each a value, label and source (<c>fact-{n}-value</c>, …),
/// trimmed. A fact with no value and no label is left out.
/// </summary>
public sealed class ContextualFactsForm
{
    public const int MaxFacts = 50;

    /// <summary>The fields of one fact.</summary>
    public static readonly IReadOnlyList<string> Parts = ["value", "label", "source"];

    [FromForm(Name = "version")] public int Version { get; set; }
    [FromForm(Name = "count")] public int Count { get; set => field = Math.Clamp(value, 0, MaxFacts); }

    /// <summary>"add" shows one more empty fact without saving.</summary>
    [FromForm(Name = "action")] public string? Action { get; set; }

    public NamedFields Posted { get; set; } = NamedFields.None;

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever] public Dictionary<string, string> Stored { get; } = [];

    public static string FieldId(int fact, string part) => $"fact-{fact}-{part}";

    /// <summary>A field as typed (trimmed), or null when it was not on the form.</summary>
    public string? Field(int fact, string part) => (Stored.GetValueOrDefault(FieldId(fact, part)) ?? Posted[FieldId(fact, part)])?.Trim();

    public string Text(int fact, string part) => Field(fact, part) ?? "";

    /// <summary>The facts as typed; only once the validator has passed the form.</summary>
    public IReadOnlyList<ContextualFact> Facts =>
        Enumerable.Range(0, Count)
            .Where(i => Text(i, "value").Length > 0 || Text(i, "label").Length > 0)
            .Select(i => new ContextualFact(Text(i, "label"), Text(i, "value")) { Source = Text(i, "source") is { Length: > 0 } source ? source : null })
            .ToList();

    public static ContextualFactsForm From(IReadOnlyList<ContextualFact> facts, int version)
    {
        var form = new ContextualFactsForm { Version = version, Count = facts.Count + 1 }; // and an empty one to add
        for (var i = 0; i < facts.Count; i++)
            (form.Stored[FieldId(i, "value")], form.Stored[FieldId(i, "label")], form.Stored[FieldId(i, "source")]) = (facts[i].Value, facts[i].Label, facts[i].Source ?? "");
        return form;
    }
}

public sealed class ContextualFactsFormValidator : AbstractValidator<ContextualFactsForm>
{
    public ContextualFactsFormValidator()
    {
        RuleFor(f => f).Custom((form, context) =>
        {
            for (var i = 0; i < form.Count; i++)
            {
                var (value, label, source) = (form.Text(i, "value"), form.Text(i, "label"), form.Text(i, "source"));
                var valueId = ContextualFactsForm.FieldId(i, "value");
                if (value.Length == 0 && label.Length == 0)
                {
                    if (source.Length > 0) context.AddFailure(valueId, $"Fact {i + 1}: enter the value and label the source belongs to, or clear the source too");
                    continue;
                }
                if (value.Length == 0) context.AddFailure(valueId, $"Fact {i + 1}: enter the value, as printed, for example 1,715");
                if (label.Length == 0) context.AddFailure(ContextualFactsForm.FieldId(i, "label"), $"Fact {i + 1}: enter the label printed beneath the value");
                foreach (var part in ContextualFactsForm.Parts)
                    if (form.Text(i, part).Length > FieldLength.Short)
                        context.AddFailure(ContextualFactsForm.FieldId(i, part), $"Fact {i + 1}: the {part} must be {FieldLength.Short} characters or fewer");
            }
        });
        this.EveryOtherTextWithin();
    }
}
