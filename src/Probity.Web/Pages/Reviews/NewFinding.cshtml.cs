using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Reviews;
using Probity.Data.Reviews;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Reviews;

/// <summary>A lead adds a key strength or area for improvement to one area of the review, with its evidence.</summary>
public sealed class NewFindingModel(ReviewEditor editor, IValidator<FindingForm> validator, ProbityLinks links) : ReviewPage(editor)
{
    public int AreaIndex { get; private set; }
    public ReviewArea Area => Review.Areas[AreaIndex];
    public override string Title => $"Add a finding: {Area.Title}";
    public override string? BackLink => links.Review(ReviewId);

    [BindProperty] public FindingForm Form { get; set; } = new();

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (await base.LoadAsync(ct) is { } early) return early;
        if (!int.TryParse(RouteData.Values["area"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var area) || area >= Review.Areas.Count) return NotFound();
        AreaIndex = area;
        return null;
    }

    public void OnGet()
    {
        // An empty form; the page carries the review's stamp.
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        var finding = Form.ToFinding();
        var index = AreaIndex;
        return await SaveAsync(Form.Stamp, $"added a finding to {Area.Title}", (review, inspections) => (
            review with { Areas = [.. review.Areas.Select((a, i) => i == index ? a with { Findings = [.. a.Findings, finding] } : a)] }, inspections), "text")
            ? Redirect(links.Review(ReviewId)) : Page();
    }
}
