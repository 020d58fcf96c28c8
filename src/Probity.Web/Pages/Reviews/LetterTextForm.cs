using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Reviews;

/// <summary>A part of the letter as typed: paragraphs separated by blank lines.</summary>
public sealed class LetterTextForm
{
    [FromForm(Name = "stamp")] public string? Stamp { get; set; }
    [FromForm(Name = "text")] public string? Text { get; set => field = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(); }

    public IReadOnlyList<string> Paragraphs() =>
        [.. (Text ?? "").Split("\n\n").Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))).Where(p => p.Length > 0)];

    public static string Join(IReadOnlyList<string> paragraphs) => string.Join("\n\n", paragraphs);
}

public sealed class LetterTextFormValidator : AbstractValidator<LetterTextForm>
{
    public LetterTextFormValidator()
    {
        RuleFor(f => f.Stamp).NotEmpty().WithMessage("The page was out of date: it has been shown again, save again")
            .Within(FieldLength.Short, "The page's stamp");
        RuleFor(f => f.Text).Within(FieldLength.Long, "The text").OverridePropertyName("text");
        this.EveryOtherTextWithin();
    }
}
