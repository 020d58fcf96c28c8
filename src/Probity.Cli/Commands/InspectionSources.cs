using System.Globalization;
using Probity.Cli.Storage;
using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Data;
using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary>
/// DATASET-or-INSPECTION: what a verb such as <c>report</c> works on. A path is a dataset folder; anything else is an
/// inspection id or reference in the database (PROBITY_DATA_DIR / PROBITY_DATABASE), loaded and rated the same way.
/// </summary>
public static class InspectionSources
{
    public static DatasetParseResult Load(string reference)
    {
        if (LooksLikeAPath(reference)) return DatasetFolder.Read(reference);
        return StoreAccess.Run(async ct =>
        {
            var store = await StoreAccess.OpenAsync(ct);
            long id;
            try
            {
                id = await StoreAccess.ResolveInspectionAsync(store, reference, ct);
            }
            catch (UserError) when (!long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new UserError($"\"{reference}\" is neither a dataset folder nor the id or reference of a stored inspection ({store.Location}); ./probity inspections lists them");
            }
            var dataset = await store.Datasets.LoadAsync(id, ct);
            var rating = InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset));
            var problems = rating.Problems.Select(p => new DatasetProblem($"inspection {id}", null, p.Message)).ToList();
            var warnings = rating.Warnings.Select(w => new DatasetProblem($"inspection {id}", null, w)).ToList();
            return problems.Count == 0 ? new DatasetParseResult(dataset, rating, [], warnings) : new DatasetParseResult(null, null, problems, warnings);
        });
    }

    private static bool LooksLikeAPath(string reference) =>
        Directory.Exists(reference) || File.Exists(reference) || reference.Contains(Path.DirectorySeparatorChar) || reference.Contains('/')
        || reference.StartsWith('.');
}
