using Probity.Web.Demo;

namespace Probity.Web.Tests.Infrastructure;

/// <summary>
/// The demo web app with the synthetic national programme `./probity serve` adds for the analysis pages (fewer
/// inspections, the same generator and seed), so the dashboards have rounds, revisits, interviews and recommendations.
/// </summary>
public sealed class NationalWeb : IAsyncLifetime
{
    public const int Inspections = 14;

    public WebFactory Web { get; } = new();

    /// <summary>The Northumbria demo inspection: at the ratings panel, so not yet published.</summary>
    public long Northumbria { get; private set; }

    public async Task InitializeAsync()
    {
        Northumbria = await Web.DemoInspectionAsync();
        await DemoData.LoadNationalAsync(Web.Store.Datasets, Inspections);
    }

    public Task DisposeAsync()
    {
        Web.Dispose();
        return Task.CompletedTask;
    }
}
