using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Probity.Reports.Html.Components;
using Probity.Reports.Model;

namespace Probity.Reports.Html;

/// <summary>
/// Renders a report to one self-contained HTML document with Razor components, outside any web host. One instance can
/// render many reports; the web app can render the same components inside its pages.
/// </summary>
public sealed class ReportHtml : IAsyncDisposable
{
    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = typeof(ReportHtml).Assembly.GetManifestResourceStream("report.css")
            ?? throw new InvalidOperationException("report.css is not embedded in Probity.Reports");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

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
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ReportDocument.Report)] = report,
                [nameof(ReportDocument.Css)] = Css,
                [nameof(ReportDocument.Pages)] = pages,
            });
            var output = await _renderer.RenderComponentAsync<ReportDocument>(parameters);
            return "<!DOCTYPE html>\n" + output.ToHtmlString();
        });

    public static async Task<string> RenderOnceAsync(InspectionReport report)
    {
        await using var html = new ReportHtml();
        return await html.RenderAsync(report);
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
