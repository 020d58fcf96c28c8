using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.Reviews;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Reviews;

/// <summary>A lead writes one part of the letter (a section, or an area's narrative) as paragraphs; an empty text removes it.</summary>
public sealed class TextModel(ReviewEditor editor, IValidator<LetterTextForm> validator, ProbityLinks links) : ReviewPage(editor)
{
    public LetterText Part { get; private set; } = null!;
    public override string Title => $"{Part.Name}: {ReviewName}";
    public override string? BackLink => links.Review(ReviewId);

    [BindProperty] public LetterTextForm Form { get; set; } = new();

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await base.LoadAsync(ct) is { } early) return early;
        if (LetterText.Of(Review).FirstOrDefault(p => p.Part == RouteData.Values["part"] as string) is not { } part) return NotFound();
        Part = part;
        return null;
    }

    public void OnGet() => Form = new LetterTextForm { Text = LetterTextForm.Join(Part.Paragraphs(Review)) };

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        var paragraphs = Form.Paragraphs();
        return await SaveAsync(Form.Stamp, $"wrote {Part.Name}", (review, inspections) => (Part.With(review, paragraphs), inspections), "text")
            ? Redirect(links.Review(ReviewId)) : Page();
    }
}
