using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Data.Datasets;

namespace Probity.Web.Pages.Inspections;

/// <summary>An inspection as it now stands, rated through Core: what the report and the ratings panel show.</summary>
public sealed record RatedInspection(InspectionDataset Dataset, RatingInputs Inputs, InspectionRating Rating)
{
    public static async Task<RatedInspection> LoadAsync(DatasetStore datasets, long inspectionId, CancellationToken ct)
    {
        var dataset = await datasets.LoadAsync(inspectionId, ct);
        var inputs = RatingInputs.From(dataset);
        return new RatedInspection(dataset, inputs, InspectionRater.Rate(dataset.Framework, inputs));
    }
}
