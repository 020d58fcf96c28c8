using Probity.Core.Datasets;
using Probity.Core.Reviews;
using Probity.Core.Rules;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Providers;
using Probity.Data.Sql;
using Probity.Exchange;

namespace Probity.Data.Reviews;

/// <summary>
/// Regional reviews in the database: imported whole from a review folder with the PDU inspections they link (all or
/// nothing), read back whole, and exported as a review folder again. A PDU link is the stored inspection itself.
/// </summary>
public sealed class ReviewStore
{
    private readonly Database _database;
    private readonly DatasetStore _datasets;
    private readonly ProviderStore _providers;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal ReviewStore(Database database, DatasetStore datasets, ProviderStore providers, AuditLog audit, TimeProvider clock)
    {
        _database = database;
        _datasets = datasets;
        _providers = providers;
        _audit = audit;
        _clock = clock;
    }

    /// <summary>
    /// Stores a review that <see cref="ReviewFolder"/> read and checked, in one transaction: each linked PDU dataset is
    /// imported as a new inspection — unless exactly one stored inspection has its reference, which is linked instead
    /// and checked, as stored, against what the letter prints (<see cref="ReviewLinks.Check"/>). A link that fails the
    /// check refuses the whole review, and nothing is written.
    /// </summary>
    /// <param name="read">The review as read from review.json, for the line numbers of any problem.</param>
    /// <param name="linked">Each PDU link in the review's order, with its dataset (and rating) where the folder links one.</param>
    public Task<ReviewImport> ImportAsync(ReviewReadResult read, IReadOnlyList<LinkedInspection> linked, Actor actor, CancellationToken ct = default)
    {
        var review = read.Review ?? throw new ArgumentException("the review was not read: import only a review that was read without problems", nameof(read));
        if (linked.Count != review.PduInspections.Count) throw new ArgumentException("one linked inspection per PDU link, in the review's order", nameof(linked));
        return _database.WriteAsync(async s =>
        {
            var problems = new List<DatasetProblem>();
            var outcomes = new List<PduLinkOutcome>();
            for (var i = 0; i < linked.Count; i++) outcomes.Add(await LinkAsync(s, read, i, linked[i], actor, problems, ct));
            if (problems.Count > 0) throw new ChangeRefusedException(problems.Select(p => p.ToString()).ToList());

            var region = await _providers.ResolveAsync(s, new ProviderInfo(review.Region, ProviderType.Region), actor, ct);
            var id = await ReviewRows.InsertAsync(s, review, region, outcomes.Select(o => o.InspectionId).ToList(), actor, _clock.GetUtcNow(), ct);
            await _audit.AppendAsync(s, actor, null, "review", ReviewRows.Key(id), "import", null, new
            {
                review.Reference,
                review.Region,
                review.LetterDate,
                Pdus = outcomes.Select(o => new { o.Key, Link = o.Kind.ToString(), o.InspectionId }),
                Areas = review.Areas.Count,
                Findings = review.Areas.Sum(a => a.Findings.Count),
                Evidence = review.Areas.Sum(a => a.Findings.Sum(f => f.Evidence.Count)),
                Recommendations = review.PduInspections.Sum(p => p.Recommendations.Count),
            }, ct);
            return new ReviewImport(id, outcomes);
        }, ct);
    }

    private async Task<PduLinkOutcome> LinkAsync(DbSession session, ReviewReadResult read, int index, LinkedInspection link, Actor actor,
        List<DatasetProblem> problems, CancellationToken ct)
    {
        var pdu = link.Link;
        if (link.Dataset is not { } dataset) return new(pdu.Key, pdu.Name, PduLinkKind.LetterOnly, null);
        var reference = dataset.Manifest.Reference;
        var stored = reference is null
            ? []
            : await session.QueryAsync("select id from inspections where reference = @reference order by id", r => r.Id("id"), ct, ("reference", reference));
        if (stored.Count > 1)
        {
            problems.Add(new(ReviewReader.FileName, read.LineOf($"$.pduInspections[{index}].dataset"),
                $"pduInspections[{index}].dataset: {stored.Count} stored inspections have reference \"{reference}\" (ids {string.Join(", ", stored)}), "
                + "so Probity cannot tell which one the review links; give the dataset a reference of its own"));
            return new(pdu.Key, pdu.Name, PduLinkKind.LinkedToStored, null);
        }
        if (stored.Count == 1)
        {
            // The stored inspection is the one linked, so it is the one that must reproduce the letter.
            var inspection = await DatasetRows.LoadAsync(session, stored[0], ct);
            var rating = InspectionRater.Rate(inspection.Framework, RatingInputs.From(inspection));
            ReviewLinks.Check(read.Review!, index, inspection, rating, read, problems);
            return new(pdu.Key, pdu.Name, PduLinkKind.LinkedToStored, stored[0]);
        }
        return new(pdu.Key, pdu.Name, PduLinkKind.Imported, await _datasets.ImportAsync(session, dataset, actor, null, ct));
    }

    /// <summary>The review and each PDU link's stored inspection, loaded and rated, ready for the letter or an export.</summary>
    public Task<StoredReview> LoadAsync(long reviewId, CancellationToken ct = default) =>
        _database.ReadAsync(async s =>
        {
            var (review, inspections) = await ReviewRows.ReadAsync(s, reviewId, ct);
            var linked = new List<LinkedInspection>();
            for (var i = 0; i < review.PduInspections.Count; i++)
            {
                if (inspections[i] is not { } inspectionId)
                {
                    linked.Add(new LinkedInspection(review.PduInspections[i], null, null));
                    continue;
                }
                var dataset = await DatasetRows.LoadAsync(s, inspectionId, ct);
                linked.Add(new LinkedInspection(review.PduInspections[i], dataset, InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset))));
            }
            return new StoredReview(reviewId, review, linked, inspections);
        }, ct);

    /// <summary>Writes the review as a review folder: review.json, and each linked PDU inspection as a dataset folder beside it.</summary>
    public async Task<StoredReview> ExportAsync(long reviewId, string folder, CancellationToken ct = default)
    {
        var stored = await LoadAsync(reviewId, ct);
        ReviewFolder.Write(stored.Review, stored.Linked, folder);
        return stored;
    }

    public Task<IReadOnlyList<ReviewListing>> ListAsync(CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<ReviewListing>>(async s => await s.QueryAsync($"{ReviewRows.SelectListing} order by r.id", ReviewRows.MapListing, ct), ct);

    /// <summary>The reviews with this reference (not unique: an exported review imported again is a second copy).</summary>
    public Task<IReadOnlyList<ReviewListing>> FindByReferenceAsync(string reference, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<ReviewListing>>(async s =>
            await s.QueryAsync($"{ReviewRows.SelectListing} where r.reference = @reference order by r.id", ReviewRows.MapListing, ct, ("reference", reference)), ct);

    public Task<ReviewListing> GetAsync(long reviewId, CancellationToken ct = default) =>
        _database.ReadAsync(async s => await s.QuerySingleAsync($"{ReviewRows.SelectListing} where r.id = @id", ReviewRows.MapListing, ct, ("id", reviewId))
            ?? throw new RecordNotFoundException($"there is no review with id {reviewId} (./probity reviews lists them)"), ct);
}
