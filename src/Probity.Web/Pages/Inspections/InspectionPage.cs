using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Data;
using Probity.Data.Inspections;

namespace Probity.Web.Pages.Inspections;

/// <summary>
/// A page about one inspection (<c>/inspections/{id}/…</c>): loads it and its framework before the handler runs, and by
/// default lets only the inspection team in. Pages for other audiences override <see cref="MaySee"/>.
/// </summary>
public abstract class InspectionPage(ProbityStore store) : ProbityPage(store)
{
    public long InspectionId { get; private set; }
    public InspectionSummary Inspection { get; private set; } = null!;
    public FrameworkVersion Framework { get; private set; } = null!;

    public string InspectionName => Inspection.Reference is { } r ? $"{r} — {Inspection.ProviderName}" : Inspection.ProviderName;
    public string BasePath => $"/inspections/{InspectionId}";

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        if (!long.TryParse(RouteData.Values["id"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return NotFound();
        InspectionId = id;
        try
        {
            Inspection = await Store.Inspections.GetAsync(id);
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
        Framework = FrameworkCatalog.Get(Inspection.Framework);
        return MaySee() ? null : Forbid();
    }

    protected virtual bool MaySee() => Me.IsInspectionTeam;

    /// <summary>Rates the inspection as it now stands, through Core.</summary>
    protected async Task<(InspectionDataset Dataset, InspectionRating Rating)> RateAsync()
    {
        var dataset = await Store.Datasets.LoadAsync(InspectionId);
        return (dataset, InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset)));
    }
}
