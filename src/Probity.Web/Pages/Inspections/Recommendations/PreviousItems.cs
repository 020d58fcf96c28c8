using Probity.Core.Datasets;
using Probity.Data.Recommendations;

namespace Probity.Web.Pages.Inspections.Recommendations;

/// <summary>A recommendation of the previous inspection and the progress judged on it so far (none: <see cref="Version"/> is null).</summary>
public sealed record PreviousItem(int Number, string Text, RecommendationProgress? Progress, string? Evidence, int? Version);

public static class PreviousItems
{
    /// <summary>
    /// The previous inspection's recommendations to judge: those already recorded with this inspection, and those of the
    /// previous inspection chosen at set-up that are not yet, by number.
    /// </summary>
    public static async Task<IReadOnlyList<PreviousItem>> LoadAsync(RecommendationStore store, OpenInspection inspection, StoredRecommendations stored, CancellationToken ct)
    {
        var items = stored.Previous
            .Select(p => new PreviousItem(p.Recommendation.Number, p.Recommendation.Text, p.Recommendation.Progress, p.Recommendation.Evidence, p.Version))
            .ToDictionary(p => p.Number);
        if (inspection.Summary.PreviousInspectionId is { } previous)
        {
            foreach (var r in (await store.GetAsync(previous, ct)).New.Select(n => n.Recommendation))
                items.TryAdd(r.Number, new PreviousItem(r.Number, r.Text, null, null, null));
        }
        return [.. items.Values.OrderBy(p => p.Number)];
    }
}
