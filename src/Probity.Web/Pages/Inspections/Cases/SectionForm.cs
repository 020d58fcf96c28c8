using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>
/// One standard of one case as posted: an answer and an evidence note per question (<c>answer[2.1.1]</c>,
/// <c>note[2.1.1]</c>), a practice example, the version the form was read at, and which button was pressed. What was
/// typed is kept to show again; the typed members say what it means.
/// </summary>
public sealed class SectionForm
{
    [FromForm(Name = "answer")] public Dictionary<string, string?> Answers { get; set; } = [];
    [FromForm(Name = "note")] public Dictionary<string, string?> Notes { get; set; } = [];
    [FromForm(Name = "example-kind")] public string? ExampleKind { get; set; }
    [FromForm(Name = "example-text")] public string? ExampleText { get; set; }
    [FromForm(Name = "version")] public int Version { get; set; }
    [FromForm(Name = "action")] public string? Action { get; set; }

    /// <summary>The questions on the page, in order (set by the page: they are the case's, not the browser's).</summary>
    [BindNever] public IReadOnlyList<string> Questions { get; set; } = [];

    /// <summary>"Save as draft" saves what is there; "Save and continue" needs every answer.</summary>
    public bool IsDraft => Action == "draft";

    public Judgement? AnswerTo(string question) =>
        Answers.GetValueOrDefault(question) is { } token && JudgementNames.TryParse(token, out var j) ? j : null;

    public string? AnswerText(string question) => Answers.GetValueOrDefault(question) is { Length: > 0 } a ? a : null;

    public string? NoteText(string question) => Notes.GetValueOrDefault(question) is { Length: > 0 } n ? n : null;

    /// <summary>Good or poor practice; null for no example (anything else sent counts as none).</summary>
    public PracticeKind? Example => ExampleKind switch { "good" => PracticeKind.Good, "poor" => PracticeKind.Poor, _ => null };

    /// <summary>The radio to show selected: "good", "poor" or "none".</summary>
    public string ExampleChoice => Example switch { PracticeKind.Good => "good", PracticeKind.Poor => "poor", _ => "none" };
}

public sealed class SectionFormValidator : AbstractValidator<SectionForm>
{
    public SectionFormValidator()
    {
        RuleFor(f => f).Custom((form, context) =>
        {
            foreach (var question in form.Questions)
            {
                if (!form.IsDraft && form.AnswerTo(question) is null)
                    context.AddFailure(OpenCase.FieldId(question), $"Select yes, no or not applicable for {question}");
                if (form.NoteText(question)?.Length > FieldLength.Long)
                    context.AddFailure($"note-{question}", $"The evidence note for {question} must be {FieldLength.Long:N0} characters or fewer");
            }
        });
        RuleFor(f => f.ExampleText).Must(t => !string.IsNullOrWhiteSpace(t)).When(f => !f.IsDraft && f.Example is not null)
            .WithMessage("Enter the practice example, or choose no example").OverridePropertyName("example-text");
        RuleFor(f => f.ExampleText).Within(FieldLength.Long, "The practice example").OverridePropertyName("example-text");
        this.EveryOtherTextWithin();
    }
}
