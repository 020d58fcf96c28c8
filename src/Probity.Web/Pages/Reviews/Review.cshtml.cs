using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Reviews;
using Probity.Data.Reviews;
using Probity.Reports.Html;
using Probity.Reports.Letters;
using Probity.Reports.Pdf;
using Probity.Web.Forms;
using Probity.Web.Reports;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Reviews;

/// <summary>
/// One regional review: its heading, the PDU inspections it links (their ratings are its Annexe two, their
/// recommendations its Annexe one), its areas with their findings and evidence, and the letter in HTML or PDF.
/// </summary>
public sealed class ReviewModel(ReviewEditor editor, ReviewStore reviews, ReportPrinter printer, IValidator<ReviewChangeForm> validator, ProbityLinks links)
    : ReviewPage(editor)
{
    public override string Title => ReviewName;
    public override string? BackLink => links.Reviews();

    [BindProperty] public ReviewChangeForm Form { get; set; } = new();

    public void OnGet()
    {
        // The review as stored; the page's forms carry its stamp.
    }

    public async Task<IActionResult> OnPostRemovePduAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        if (Form.Pdu is not { } pdu || pdu < 0 || pdu >= Review.PduInspections.Count) return Page();
        var name = Review.PduInspections[pdu].Name;
        return await SaveAsync(Form.Stamp, $"removed {name}", (review, inspections) => (
            review with { PduInspections = [.. review.PduInspections.Where((_, i) => i != pdu)] },
            [.. inspections.Where((_, i) => i != pdu)])) ? Redirect(links.Review(ReviewId)) : Page();
    }

    public async Task<IActionResult> OnPostAddAreaAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        if (string.IsNullOrEmpty(Form.AreaTitle))
        {
            Errors.Add("area-title", "Enter the area's title, for example Leadership");
            return Page();
        }
        var title = Form.AreaTitle;
        if (Review.Areas.Any(a => string.Equals(a.Title, title, StringComparison.OrdinalIgnoreCase)))
        {
            Errors.Add("area-title", $"The review already has an area called {title}");
            return Page();
        }
        return await SaveAsync(Form.Stamp, $"added the area {title}", (review, inspections) => (
            review with { Areas = [.. review.Areas, new ReviewArea(AreaKey(title, review.Areas), title)] }, inspections), "area-title")
            ? Redirect(links.Review(ReviewId)) : Page();
    }

    public async Task<IActionResult> OnPostRemoveFindingAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        if (Form.Area is not { } a || a < 0 || a >= Review.Areas.Count || Form.Finding is not { } f || f < 0 || f >= Review.Areas[a].Findings.Count) return Page();
        return await SaveAsync(Form.Stamp, $"removed a finding of {Review.Areas[a].Title}", (review, inspections) => (
            review with { Areas = [.. review.Areas.Select((area, i) => i != a ? area : area with { Findings = [.. area.Findings.Where((_, j) => j != f)] })] },
            inspections)) ? Redirect(links.Review(ReviewId)) : Page();
    }

    /// <summary>The letter as one self-contained page (its own inline styles, so it gets its own content policy).</summary>
    public async Task<IActionResult> OnGetHtmlAsync()
    {
        var html = await ReportHtml.RenderOnceAsync(await LetterAsync());
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        return Content(html, "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnGetPdfAsync()
    {
        try
        {
            return File(await printer.PrintAsync(await LetterAsync(), Aborted), "application/pdf", $"{FileName}.pdf");
        }
        catch (Exception e) when (e is ChromiumNotFoundException or PrintQueueFullException)
        {
            Errors.Add(null, $"The PDF could not be made: {e.Message}");
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }

    private async Task<ReviewLetter> LetterAsync()
    {
        var stored = await reviews.LoadAsync(ReviewId, Aborted);
        return ReviewLetterBuilder.Build(stored.Review, stored.Linked);
    }

    private string FileName => string.Concat((Review.Reference ?? $"regional-review-{ReviewId}").Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '-'));

    /// <summary>A key for a new area from its title ("Learning from SFOs" → "learning-from-sfos"), unique in the review.</summary>
    private static string AreaKey(string title, IReadOnlyList<ReviewArea> areas)
    {
        var key = string.Join('-', new string([.. title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (key.Length == 0) key = "area";
        var unique = key;
        for (var n = 2; areas.Any(a => a.Key == unique); n++) unique = $"{key}-{n}";
        return unique;
    }
}
