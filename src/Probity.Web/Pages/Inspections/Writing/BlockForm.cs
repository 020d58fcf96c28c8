using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.Writing;

/// <summary>One block of the report's text as typed, with the version it was read at (optimistic concurrency).</summary>
public sealed class BlockForm
{
    [FromForm(Name = "text")] public string? Text { get; set; }
    [FromForm(Name = "version")] public int? Version { get; set; }

    /// <summary>The block's name, for the messages (set by the page).</summary>
    [BindNever] public string Title { get; set; } = "";
}

public sealed class BlockFormValidator : AbstractValidator<BlockForm>
{
    public BlockFormValidator()
    {
        RuleFor(f => f.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(f => $"Enter the text of {f.Title}")
            .Within(FieldLength.Long, "The text").OverridePropertyName("text");
        this.EveryOtherTextWithin();
    }
}
