using Probity.Reports.Area;
using Probity.Reports.Letters;
using Probity.Reports.Model;
using Probity.Reports.Pdf;

namespace Probity.Web.Reports;

/// <summary>
/// The report's PDF, printed by one Chromium that starts with the first download and serves every later one (starting a
/// browser costs more than printing), one report at a time through a <see cref="PrintTurns"/>. Stopped with the app.
/// </summary>
public sealed class ReportPrinter(PrintTurns queue) : IAsyncDisposable
{
    /// <summary>Downloads that may wait or print at once before the next is refused with 503.</summary>
    public const int DefaultQueueLimit = 8;

    private ReportPdf? _pdf;

    /// <exception cref="ChromiumNotFoundException">Chromium is not installed; the message says how to install it.</exception>
    /// <exception cref="PrintQueueFullException">Too many reports are already waiting to be printed.</exception>
    public Task<byte[]> PrintAsync(InspectionReport report, CancellationToken ct) =>
        queue.RunAsync(async () =>
        {
            _pdf ??= await ReportPdf.StartAsync();
            return await _pdf.PrintAsync(report);
        }, ct);

    /// <inheritdoc cref="PrintAsync(InspectionReport, CancellationToken)"/>
    public Task<byte[]> PrintAsync(AreaReport report, CancellationToken ct) =>
        queue.RunAsync(async () =>
        {
            _pdf ??= await ReportPdf.StartAsync();
            return await _pdf.PrintAsync(report);
        }, ct);

    /// <inheritdoc cref="PrintAsync(InspectionReport, CancellationToken)"/>
    public Task<byte[]> PrintAsync(ReviewLetter letter, CancellationToken ct) =>
        queue.RunAsync(async () =>
        {
            _pdf ??= await ReportPdf.StartAsync();
            return await _pdf.PrintAsync(letter);
        }, ct);

    public async ValueTask DisposeAsync()
    {
        if (_pdf is not null) await _pdf.DisposeAsync();
        queue.Dispose();
    }
}
