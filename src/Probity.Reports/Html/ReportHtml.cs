using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Probity.Reports.Area;
using Probity.Reports.Html.Components;
using Probity.Reports.Html.Components.Area;
using Probity.Reports.Html.Components.Letter;
using Probity.Reports.Letters;
using Probity.Reports.Model;

namespace Probity.Reports.Html;

/// <summary>
/// Renders a report to one self-contained HTML document with Razor components, outside any web host. One instance can
/// render many reports; the web app can render the same components inside its pages.
/// </summary>
public sealed class ReportHtml : IAsyncDisposable
{
    private static readonly Lazy<string> Stylesheet = new(() => Embedded("report.css"));
    private static readonly Lazy<string> LetterStylesheet = new(() => Stylesheet.Value + Embedded("letter.css"));
    private static readonly Lazy<string> AreaStylesheet = new(() => Stylesheet.Value + Embedded("area.css"));

    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public ReportHtml()
    {
        _services = new ServiceCollection().BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    /// <summary>The report's stylesheet (print rules included).</summary>
    public static string Css => Stylesheet.Value;

    /// <param name="pages">The page each contents entry starts on, when printing to PDF; null for plain HTML.</param>
    public Task<string> RenderAsync(InspectionReport report, IReadOnlyDictionary<string, int>? pages = null) =>
        RenderAsync<ReportDocument>(new()
        {
            [nameof(ReportDocument.Report)] = report,
            [nameof(ReportDocument.Css)] = Css,
            [nameof(ReportDocument.Pages)] = pages,
        });

    /// <summary>The letter to the Regional Probation Director after a regional review.</summary>
    public Task<string> RenderAsync(ReviewLetter letter) =>
        RenderAsync<LetterDocument>(new()
        {
            [nameof(LetterDocument.Letter)] = letter,
            [nameof(LetterDocument.Css)] = LetterStylesheet.Value,
        });

    /// <summary>The report of an unrated area inspection (Quality &amp; Impact).</summary>
    /// <param name="pages">The page each contents entry starts on, when printing to PDF; null for plain HTML.</param>
    public Task<string> RenderAsync(AreaReport report, IReadOnlyDictionary<string, int>? pages = null) =>
        RenderAsync<AreaReportDocument>(new()
        {
            [nameof(AreaReportDocument.Report)] = report,
            [nameof(AreaReportDocument.Css)] = AreaStylesheet.Value,
            [nameof(AreaReportDocument.Pages)] = pages,
        });

    /// <summary>The section of a draft report that prints the narrative block <paramref name="key"/>, alone: the writing page's preview.</summary>
    public Task<string> RenderSectionAsync(InspectionReport report, string key, string title) =>
        RenderAsync<SectionPreviewDocument>(new()
        {
            [nameof(SectionPreviewDocument.Report)] = report,
            [nameof(SectionPreviewDocument.Css)] = Css,
            [nameof(SectionPreviewDocument.Block)] = key,
            [nameof(SectionPreviewDocument.Title)] = title,
        });

    /// <summary>The section of a draft area report that prints the narrative block <paramref name="key"/>, alone.</summary>
    public Task<string> RenderSectionAsync(AreaReport report, string key, string title) =>
        RenderAsync<AreaSectionPreviewDocument>(new()
        {
            [nameof(AreaSectionPreviewDocument.Report)] = report,
            [nameof(AreaSectionPreviewDocument.Css)] = AreaStylesheet.Value,
            [nameof(AreaSectionPreviewDocument.Block)] = key,
            [nameof(AreaSectionPreviewDocument.Title)] = title,
        });

    private Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return "<!DOCTYPE html>\n" + output.ToHtmlString();
        });

    public static async Task<string> RenderOnceAsync(InspectionReport report)
    {
        await using var html = new ReportHtml();
        return await html.RenderAsync(report);
    }

    public static async Task<string> RenderOnceAsync(ReviewLetter letter)
    {
        await using var html = new ReportHtml();
        return await html.RenderAsync(letter);
    }

    public static async Task<string> RenderOnceAsync(AreaReport report)
    {
        await using var html = new ReportHtml();
        return await html.RenderAsync(report);
    }

    private static string Embedded(string name)
    {
        using var stream = typeof(ReportHtml).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in Probity.Reports");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
