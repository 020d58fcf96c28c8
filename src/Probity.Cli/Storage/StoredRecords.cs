using System.Globalization;
using Probity.Data.Inspections;
using Probity.Data.Reviews;

namespace Probity.Cli.Storage;

/// <summary>
/// What a stored record is called on the command line: an inspection by its id or a reference naming exactly one; a
/// regional review by "review:N" or a reference naming exactly one. A reference that names both is refused: the id says which.
/// </summary>
public sealed class StoredRecords(DatabaseReadiness database, InspectionStore inspections, ReviewStore reviews)
{
    public const string ReviewPrefix = "review:";

    /// <summary>"review:3": how a stored review is named on the command line (an inspection is its bare number).</summary>
    public static string ReviewName(long reviewId) => ReviewPrefix + reviewId.ToString(CultureInfo.InvariantCulture);

    /// <summary>An inspection or a regional review, by id or reference.</summary>
    /// <param name="orFolder">The command also takes a folder, so a miss says it is not one either.</param>
    public async Task<StoredRecord> ResolveAsync(string text, CancellationToken ct, bool orFolder = false)
    {
        if (text.StartsWith(ReviewPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(text.AsSpan(ReviewPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var reviewId)
                ? new StoredRecord(true, (await reviews.GetAsync(reviewId, ct)).Id)
                : throw new UserErrorException($"\"{text}\" is not a review id: a stored review is review:N (./probity reviews lists them)");
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)) return new StoredRecord(false, await ResolveInspectionAsync(text, ct));
        var namedReviews = await reviews.FindByReferenceAsync(text, ct);
        var namedInspections = await inspections.FindByReferenceAsync(text, ct);
        if (namedReviews.Count > 0 && namedInspections.Count > 0)
            throw new UserErrorException($"\"{text}\" is the reference of both inspection {namedInspections[0].Id} and review {ReviewName(namedReviews[0].Id)}; "
                + $"give the id ({namedInspections[0].Id} or {ReviewName(namedReviews[0].Id)})");
        return namedReviews.Count switch
        {
            0 when namedInspections.Count == 0 => throw new UserErrorException(
                $"\"{text}\" is {(orFolder ? "neither a dataset folder nor" : "not")} the id or reference of a stored inspection or review ({database.Location}); ./probity inspections and ./probity reviews list them"),
            0 => new StoredRecord(false, await ResolveInspectionAsync(text, ct)),
            1 => new StoredRecord(true, namedReviews[0].Id),
            _ => throw new UserErrorException($"{namedReviews.Count} reviews have reference \"{text}\" ({string.Join(", ", namedReviews.Select(r => ReviewName(r.Id)))}); give the id"),
        };
    }

    /// <summary>An id, or a reference naming exactly one inspection.</summary>
    public async Task<long> ResolveInspectionAsync(string text, CancellationToken ct)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return (await inspections.GetAsync(id, ct)).Id;
        var found = await inspections.FindByReferenceAsync(text, ct);
        return found.Count switch
        {
            1 => found[0].Id,
            0 => throw new UserErrorException($"no inspection has id or reference \"{text}\"; ./probity inspections lists them"),
            _ => throw new UserErrorException($"{found.Count} inspections have reference \"{text}\" (ids {string.Join(", ", found.Select(f => f.Id))}); give the id"),
        };
    }
}

/// <summary>A record the command line named: a regional review or an inspection, by its id.</summary>
public sealed record StoredRecord(bool IsReview, long Id);
