namespace Probity.Core.Reviews;

/// <summary>What <c>rate</c> prints for a review: each area's findings counted, the recommendations by addressee, Annexe two.</summary>
public sealed record ReviewSummary(RegionalReview Review, IReadOnlyList<AreaSummary> Areas,
    IReadOnlyList<RecommendationCounts> Recommendations, IReadOnlyList<AnnexeTwoTable> AnnexeTwo)
{
    public static ReviewSummary Build(RegionalReview review, IReadOnlyList<LinkedInspection> links) => new(
        review,
        review.Areas.Select(a => new AreaSummary(a, a.Strengths.Count(), a.AreasForImprovement.Count(),
            a.Findings.Sum(f => f.Evidence.Count), a.Findings.Sum(f => f.Evidence.Count(e => e.HasCount)))).ToList(),
        review.PduInspections.Select(p => new RecommendationCounts(p,
            Enum.GetValues<AddresseeLevel>().ToDictionary(l => l, l => p.Recommendations.Count(r => r.Level == l)))).ToList(),
        Reviews.AnnexeTwo.Build(links));
}

/// <param name="Citations">Pieces of evidence cited by the area's findings.</param>
/// <param name="CountedCitations">Of those, how many give a count ("68 out of 84").</param>
public sealed record AreaSummary(ReviewArea Area, int Strengths, int AreasForImprovement, int Citations, int CountedCitations);

/// <summary>A PDU's recommendations in Annexe one, counted by who should act.</summary>
public sealed record RecommendationCounts(LinkedPdu Pdu, IReadOnlyDictionary<AddresseeLevel, int> ByLevel)
{
    public int Total => ByLevel.Values.Sum();
}
