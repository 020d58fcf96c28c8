using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Reports.Model;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.FactualAccuracy;

/// <summary>A provider contact's comment on one section of the draft report.</summary>
public sealed class CommentForm
{
    [FromForm(Name = "section")] public string? Section { get; set => field = value?.Trim(); }
    [FromForm(Name = "comment")] public string? Comment { get; set => field = value?.Trim(); }

    /// <summary>The report's sections, set by the page.</summary>
    [BindNever] public IReadOnlyList<ContentsEntry> Sections { get; set; } = [];

    public ContentsEntry? ChosenSection => Sections.FirstOrDefault(s => s.Anchor == Section);

    public IReadOnlyList<(string, string)> SectionOptions => [("", "Select the section"), .. Sections.Select(s => (s.Anchor, s.Title))];
}

public sealed class CommentFormValidator : AbstractValidator<CommentForm>
{
    public CommentFormValidator()
    {
        RuleFor(f => f.ChosenSection).NotNull().WithMessage("Select the section of the report your comment is about").OverridePropertyName("section");
        RuleFor(f => f.Comment).NotEmpty().WithMessage("Enter your comment: what is not accurate, and what it should say")
            .Within(FieldLength.Long, "The comment").OverridePropertyName("comment");
        this.EveryOtherTextWithin();
    }
}
