using Probity.Cli.Storage;
using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Data.Datasets;
using Probity.Data.Reviews;
using Probity.Data.Samples;
using Probity.Exchange;
using Probity.Reports.Model;

namespace Probity.Cli.Sources;

/// <summary>
/// <c>report</c> of something in the database: a stored review ("review:N" or its reference), or a stored inspection (id
/// or reference) loaded and rated exactly as its dataset folder would be.
/// </summary>
public sealed class StoredReportSource(DatabaseReadiness database, StoredRecords records, DatasetStore datasets, ReviewStore reviews, SampledCaseStore sampled)
{
    public async Task<ReportSource> LoadAsync(string name, CancellationToken ct)
    {
        await database.ReadyAsync(ct);
        var record = await records.ResolveAsync(name, ct, orFolder: true);
        if (!record.IsReview)
        {
            var withdrawn = await sampled.ListWithdrawnAsync(record.Id, ct);
            return new ReportSource(await RatedInspectionAsync(record.Id, ct), null)
            {
                Withdrawn = [.. withdrawn.Select(w => new WithdrawnSampleCase(w.CaseId, w.Sample, w.Reason, w.ReplacedBy))],
            };
        }
        var stored = await reviews.LoadAsync(record.Id, ct);
        return new ReportSource(null, new ReviewFolderResult(stored.Review, stored.Linked, []));
    }

    private async Task<DatasetParseResult> RatedInspectionAsync(long id, CancellationToken ct)
    {
        var dataset = await datasets.LoadAsync(id, ct);
        var rating = InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset));
        var problems = rating.Problems.Select(p => new DatasetProblem($"inspection {id}", null, p.Message)).ToList();
        var warnings = rating.Warnings.Select(w => new DatasetProblem($"inspection {id}", null, w)).ToList();
        return problems.Count == 0 ? new DatasetParseResult(dataset, rating, [], warnings) : new DatasetParseResult(null, null, problems, warnings);
    }
}
