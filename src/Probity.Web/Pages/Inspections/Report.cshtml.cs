using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Data.Datasets;
using Probity.Data.Publication;
using Probity.Data.Samples;
using Probity.Reports.Area;
using Probity.Reports.Checks;
using Probity.Reports.Html;
using Probity.Reports.Model;
using Probity.Reports.Pdf;
using Probity.Web.Reports;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections;

/// <summary>
/// The inspection's ratings as they stand, and the report (Probity.Reports) as HTML in the browser or a PDF download —
/// marked as a draft until the inspection is published. Analysts see only published inspections; a provider contact only
/// their own provider's, published or out for its factual accuracy check (the draft without the team's drafting notes),
/// and 403 on anything else. A published report lists its versions; an earlier one is read with its text as published.
/// </summary>
[SeenBy(InspectionAudience.ReportReaders)]
public sealed class ReportModel(OpenInspection inspection, DatasetStore datasets, SampledCaseStore sampled, InspectionChecks checks, PublicationStore publication,
    ReportPrinter printer,
    ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => $"Report: {inspection.Name}";
    public override string? BackLink => Me.IsInspectionTeam ? links.Inspection(inspection.Id) : links.Home();

    public InspectionRating Rating { get; private set; } = null!;

    public bool IsPublished => inspection.Summary.Status == InspectionStatus.Published;

    /// <summary>A published version to read (its number); none: the current text.</summary>
    [BindProperty(SupportsGet = true, Name = "version")] public int? Version { get; set; }

    /// <summary>Every published version, the first first: the last is current, the others superseded.</summary>
    public IReadOnlyList<ReportVersion> Versions { get; private set; } = [];

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Versions = await publication.VersionsAsync(inspection.Id, ct);
        return Version is { } v && Versions.All(x => x.Number != v) ? NotFound() : null;
    }

    public async Task OnGetAsync() => Rating = (await RateAsync()).Rating;

    /// <summary>The report as one self-contained page (its own inline styles, so it gets its own content policy).</summary>
    public async Task<IActionResult> OnGetHtmlAsync()
    {
        var report = await BuildAsync();
        var html = report.Area is { } area ? await ReportHtml.RenderOnceAsync(area) : await ReportHtml.RenderOnceAsync(report.Rated!);
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        return Content(html, "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnGetPdfAsync()
    {
        var report = await BuildAsync();
        try
        {
            var pdf = report.Area is { } area
                ? await printer.PrintAsync(area, HttpContext.RequestAborted)
                : await printer.PrintAsync(report.Rated!, HttpContext.RequestAborted);
            return File(pdf, "application/pdf", $"{FileName}{(IsPublished ? "" : "-draft")}{(Version is { } v && v > 1 ? $"-version-{v}" : "")}.pdf");
        }
        catch (Exception e) when (e is ChromiumNotFoundException or PrintQueueFullException)
        {
            Errors.Add(null, $"The PDF could not be made: {e.Message}");
            Rating = (await RateAsync()).Rating;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }

    private Task<RatedInspection> RateAsync() => RatedInspection.LoadAsync(datasets, inspection.Id, Aborted);

    /// <summary>The report in its framework's layout: a rated report, or an unrated area report (Quality &amp; Impact).</summary>
    private sealed record BuiltReport(InspectionReport? Rated, AreaReport? Area);

    private async Task<BuiltReport> BuildAsync()
    {
        var rated = await RateAsync();
        var withdrawn = await sampled.ListWithdrawnAsync(inspection.Id, Aborted);
        var dataset = Versions.FirstOrDefault(v => v.Number == Version) is { } version
            ? new InspectionDataset(rated.Dataset.Framework, rated.Dataset.Manifest with { Narrative = version.Narrative }, rated.Dataset.Cases, rated.Dataset.Answers)
            {
                Interviews = rated.Dataset.Interviews, Meetings = rated.Dataset.Meetings, PracticeExamples = rated.Dataset.PracticeExamples,
            }
            : rated.Dataset;
        // An area report has no drafting notes: only its cover's draft mark.
        if (!dataset.Framework.IsRated)
            return new(null, AreaReportBuilder.Build(dataset, rated.Rating, new ReportOptions { Draft = !IsPublished }));
        // A draft's notes list the overridden checks with their reasons, and the blocks to review.
        var results = IsPublished ? null : await checks.LoadAsync(inspection.Id, Aborted);
        var report = ReportBuilder.Build(dataset, rated.Rating, new ReportOptions
        {
            Draft = !IsPublished,
            Overrides = results is null ? [] : [.. results.Overrides.Select(o => new CheckOverride(o.FindingKey, o.Reason, o.By, o.At))],
            ToReview = results?.ToReview ?? [],
            Withdrawn = [.. withdrawn.Select(w => new WithdrawnSampleCase(w.CaseId, w.Sample, w.Reason, w.ReplacedBy))],
            Superseded = SupersededVersionRead(),
        });
        // The drafting notes (suggested wording, checks) are the team's: the provider's factual accuracy draft goes without them.
        return new(Me.IsInspectionTeam ? report : report with { Drafting = null, Contents = [.. report.Contents.Where(c => c.Anchor != "drafting-notes")] }, null);
    }

    /// <summary>The version asked for, when a later one replaced it: the version straight after it is the one that did.</summary>
    private SupersededVersion? SupersededVersionRead()
    {
        var index = Versions.ToList().FindIndex(v => v.Number == Version);
        if (index < 0 || index == Versions.Count - 1) return null;
        var next = Versions[index + 1];
        return new SupersededVersion(Versions[index].Number, next.Number, next.PublishedOn, next.Reason);
    }

    private string FileName => string.Concat((inspection.Summary.Reference ?? $"inspection-{inspection.Id}").Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '-'));
}
