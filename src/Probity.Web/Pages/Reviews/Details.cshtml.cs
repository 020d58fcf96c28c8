using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.Reviews;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Reviews;

/// <summary>A lead changes the review's heading: region, title, reference, letter date and lead inspector.</summary>
public sealed class DetailsModel(ReviewEditor editor, IValidator<ReviewForm> validator, ProbityLinks links) : ReviewPage(editor)
{
    public override string Title => $"Change the details: {ReviewName}";
    public override string? BackLink => links.Review(ReviewId);

    [BindProperty] public ReviewForm Form { get; set; } = new();

    public void OnGet() => Form = ReviewForm.From(Review, Stored.Stamp);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        var heading = Form.ToReview();
        return await SaveAsync(Form.Stamp, "changed the details", (review, inspections) => (review with
        {
            Region = heading.Region,
            Title = heading.Title,
            Reference = heading.Reference,
            LetterDate = heading.LetterDate,
            LeadInspector = heading.LeadInspector,
        }, inspections), "region") ? Redirect(links.Review(ReviewId)) : Page();
    }
}
