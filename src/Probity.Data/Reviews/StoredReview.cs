using Probity.Core.Reviews;

namespace Probity.Data.Reviews;

/// <summary>A stored review, read back whole: the review as review.json gives it, and each PDU link with its stored inspection.</summary>
/// <param name="Linked">In the review's order: each link with its inspection loaded and rated, or none where the review holds only the letter's figures.</param>
/// <param name="InspectionIds">The stored inspection of each link, in the same order (null for a letter-only link).</param>
public sealed record StoredReview(long Id, RegionalReview Review, IReadOnlyList<LinkedInspection> Linked, IReadOnlyList<long?> InspectionIds);

/// <summary>A line of <c>./probity reviews</c>.</summary>
public sealed record ReviewListing(long Id, string? Reference, string Region, DateOnly? LetterDate, int PduCount, DateTimeOffset CreatedAt);

/// <summary>What importing a review did with each PDU it links.</summary>
public enum PduLinkKind
{
    /// <summary>The PDU's dataset was imported as a new inspection, with the review.</summary>
    Imported,

    /// <summary>One stored inspection already had the dataset's reference: the review links it, and nothing was imported.</summary>
    LinkedToStored,

    /// <summary>The review links no dataset for this PDU: only what the letter prints of it is stored.</summary>
    LetterOnly,
}

public sealed record PduLinkOutcome(string Key, string Name, PduLinkKind Kind, long? InspectionId);

public sealed record ReviewImport(long Id, IReadOnlyList<PduLinkOutcome> Links);
