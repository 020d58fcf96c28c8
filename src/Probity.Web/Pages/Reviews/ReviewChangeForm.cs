using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Reviews;

/// <summary>
/// A change made on the review's page: every form there sends the stamp of the review it was shown (so a stale change is
/// refused), and names what it changes — a PDU link, an area, a finding by position — or the new area's title.
/// </summary>
public sealed class ReviewChangeForm
{
    [FromForm(Name = "stamp")] public string? Stamp { get; set; }
    [FromForm(Name = "area-title")] public string? AreaTitle { get; set => field = value?.Trim(); }
    [FromForm(Name = "pdu")] public int? Pdu { get; set; }
    [FromForm(Name = "area")] public int? Area { get; set; }
    [FromForm(Name = "finding")] public int? Finding { get; set; }
}

public sealed class ReviewChangeFormValidator : AbstractValidator<ReviewChangeForm>
{
    public ReviewChangeFormValidator()
    {
        RuleFor(f => f.Stamp).NotEmpty().WithMessage("The page was out of date: it has been shown again, make the change again")
            .Within(FieldLength.Short, "The page's stamp");
        RuleFor(f => f.AreaTitle).Within(FieldLength.Short, "The area's title").OverridePropertyName("area-title");
        this.EveryOtherTextWithin();
    }
}
