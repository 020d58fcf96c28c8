using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Reviews;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Reviews;

/// <summary>A lead inspector starts a regional review: its region, title, reference, letter date and lead.</summary>
public sealed class NewModel(ReviewEditor editor, IValidator<ReviewForm> validator, ProbityLinks links) : ProbityPage
{
    public override string Title => "Start a regional review";
    public override string? BackLink => links.Reviews();

    [BindProperty] public ReviewForm Form { get; set; } = new();

    public void OnGet() => Form = new ReviewForm { Lead = Me.DisplayName };

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            return Redirect(links.Review(await editor.CreateAsync(Form.ToReview(), Me.Actor, Aborted)));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddAll(e.Reasons, "region");
            return Page();
        }
    }
}
