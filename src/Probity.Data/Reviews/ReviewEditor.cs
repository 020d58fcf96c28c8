using System.Security.Cryptography;
using System.Text;
using Probity.Core.Datasets;
using Probity.Core.Reviews;
using Probity.Data.Audit;
using Probity.Data.Providers;
using Probity.Data.Sql;

namespace Probity.Data.Reviews;

/// <summary>A review as the browser edits it: the review, each PDU link's stored inspection, and the stamp a save must name.</summary>
public sealed record EditableReview(long Id, RegionalReview Review, IReadOnlyList<long?> Inspections, string Stamp);

/// <summary>
/// Regional reviews written in the browser: created with their heading, then saved whole at each change (a review is
/// small: a handful of PDUs and areas). A save names the stamp of the review it was made from — a hash of the review as
/// stored — and is refused when someone else has saved since, so that two people editing cannot overwrite each other.
/// </summary>
public sealed class ReviewEditor
{
    private readonly Database _database;
    private readonly ProviderStore _providers;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal ReviewEditor(Database database, ProviderStore providers, AuditLog audit, TimeProvider clock)
    {
        _database = database;
        _providers = providers;
        _audit = audit;
        _clock = clock;
    }

    /// <summary>A new review with its heading only (no PDUs, no areas yet); returns its id.</summary>
    /// <exception cref="ArgumentException">The review already links PDUs or has areas: they are added by <see cref="SaveAsync"/>, which names each PDU's stored inspection.</exception>
    public Task<long> CreateAsync(RegionalReview review, Actor actor, CancellationToken ct = default)
    {
        Check(review);
        // Dropping them quietly would lose the caller's work; a PDU link also needs its stored inspection, which only a save names.
        if (review.PduInspections.Count > 0 || review.Areas.Count > 0)
            throw new ArgumentException("a new review is created with its heading only: link its PDU inspections and add its areas by saving it afterwards", nameof(review));
        return _database.WriteAsync(async s =>
        {
            var region = await _providers.ResolveAsync(s, new ProviderInfo(review.Region, ProviderType.Region), actor, ct);
            var id = await ReviewRows.InsertAsync(s, review, region, [], actor, _clock.GetUtcNow(), ct);
            await _audit.AppendAsync(s, actor, null, "review", ReviewRows.Key(id), "create", null, new { review.Reference, review.Region, review.Title, review.LetterDate }, ct);
            return id;
        }, ct);
    }

    public Task<EditableReview> GetAsync(long reviewId, CancellationToken ct = default) =>
        _database.ReadAsync(async s =>
        {
            var (review, inspections) = await ReviewRows.ReadAsync(s, reviewId, ct);
            return new EditableReview(reviewId, review, inspections, Stamp(review, inspections));
        }, ct);

    /// <summary>
    /// Replaces the stored review with <paramref name="review"/>, whose PDU links name <paramref name="inspections"/>, if it
    /// is still as it was when read (<paramref name="expectedStamp"/>); <paramref name="change"/> says what changed, for the
    /// log. Returns the new stamp.
    /// </summary>
    /// <exception cref="EditConflictException">Someone else saved the review since it was read.</exception>
    public Task<string> SaveAsync(long reviewId, RegionalReview review, IReadOnlyList<long?> inspections, string expectedStamp, string change, Actor actor,
        CancellationToken ct = default)
    {
        Check(review);
        if (inspections.Count != review.PduInspections.Count) throw new ArgumentException("one stored inspection (or none) per PDU link", nameof(inspections));
        return _database.WriteAsync(async s =>
        {
            var (before, beforeInspections) = await ReviewRows.ReadAsync(s, reviewId, ct);
            if (Stamp(before, beforeInspections) != expectedStamp)
                throw new EditConflictException("someone else changed this review after you opened it; the page now shows their change, so make yours again");
            foreach (var id in inspections.OfType<long>())
                if (await s.ScalarAsync<long>("select count(*) from inspections where id = @id", ct, ("id", id)) == 0)
                    throw new ChangeRefusedException([$"inspection {id} is no longer stored"]);
            var region = await _providers.ResolveAsync(s, new ProviderInfo(review.Region, ProviderType.Region), actor, ct);
            await ReviewRows.ReplaceAsync(s, reviewId, review, region, inspections, ct);
            await _audit.AppendAsync(s, actor, null, "review", ReviewRows.Key(reviewId), "edit", null, new
            {
                Change = change,
                Pdus = review.PduInspections.Select(p => p.Name),
                Areas = review.Areas.Count,
                Findings = review.Areas.Sum(a => a.Findings.Count),
            }, ct);
            return Stamp(review, inspections);
        }, ct);
    }

    private static void Check(RegionalReview review)
    {
        if (string.IsNullOrWhiteSpace(review.Region)) throw new ChangeRefusedException(["a review needs the region it looks at"]);
    }

    /// <summary>A hash of everything the review stores: equal stamps, equal reviews.</summary>
    private static string Stamp(RegionalReview review, IReadOnlyList<long?> inspections) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(AuditJson.Serialize(new { review, inspections }))));
}
