using Probity.Reports.Model;
using Probity.Reports.Pdf;

namespace Probity.Web.Reports;

/// <summary>
/// The report's PDF, printed by one Chromium that starts with the first download and serves every later one (starting a
/// browser costs more than printing). Stopped with the app.
/// </summary>
public sealed class ReportPrinter : IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private ReportPdf? _pdf;

    /// <exception cref="ChromiumNotFoundException">Chromium is not installed; the message says how to install it.</exception>
    public async Task<byte[]> PrintAsync(InspectionReport report)
    {
        if (_pdf is null)
        {
            await _starting.WaitAsync();
            try { _pdf ??= await ReportPdf.StartAsync(); }
            finally { _starting.Release(); }
        }
        return await _pdf.PrintAsync(report);
    }

    public async ValueTask DisposeAsync()
    {
        if (_pdf is not null) await _pdf.DisposeAsync();
        _starting.Dispose();
    }
}
