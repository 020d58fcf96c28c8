using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Data;

namespace Probity.Cli.Commands;

/// <summary>
/// DATASET-or-INSPECTION: what a verb such as <c>report</c> works on. A path is a dataset folder; anything else is an
/// inspection id or reference in the database (PROBITY_DATA_DIR / PROBITY_DATABASE), loaded and rated the same way.
/// </summary>
public static class InspectionSources
{
    /// <summary>A stored inspection, loaded and rated exactly as its dataset folder would be.</summary>
    public static async Task<DatasetParseResult> LoadAsync(ProbityStore store, long id, CancellationToken ct)
    {
        var dataset = await store.Datasets.LoadAsync(id, ct);
        var rating = InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset));
        var problems = rating.Problems.Select(p => new DatasetProblem($"inspection {id}", null, p.Message)).ToList();
        var warnings = rating.Warnings.Select(w => new DatasetProblem($"inspection {id}", null, w)).ToList();
        return problems.Count == 0 ? new DatasetParseResult(dataset, rating, [], warnings) : new DatasetParseResult(null, null, problems, warnings);
    }

    public static bool LooksLikeAPath(string reference) =>
        Directory.Exists(reference) || File.Exists(reference) || reference.Contains(Path.DirectorySeparatorChar) || reference.Contains('/')
        || reference.StartsWith('.');
}
