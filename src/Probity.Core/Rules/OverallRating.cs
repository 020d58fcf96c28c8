using Probity.Core.Frameworks;
using Probity.Core.Ratings;

namespace Probity.Core.Rules;

public static class OverallRating
{
    /// <summary>
    /// R17: the unweighted sum of the standards' scores; the maximum counts only standards inspected. Null when any
    /// inspected standard has no final rating.
    /// </summary>
    public static (int? Score, int MaxScore) Score(IEnumerable<Rating?> inspectedStandardRatings, RatingRules rules)
    {
        var top = rules.Scale.Max(l => l.Score);
        int score = 0, max = 0;
        var complete = true;
        foreach (var rating in inspectedStandardRatings)
        {
            max += top;
            if (rating is { } r) score += rules.ScoreOf(r);
            else complete = false;
        }
        return (complete ? score : null, max);
    }

    // R18: band the score; no discretion at this level. A percent-of-maximum table compares score/max exactly.
    public static Rating Band(int score, int maxScore, RatingRules rules)
    {
        var table = rules.OverallBands;
        for (var i = table.Bands.Count - 1; i > 0; i--)
        {
            var reached = table.Basis == OverallBandBasis.Points
                ? score >= table.Bands[i].Min
                : (long)score * 100 >= (long)table.Bands[i].Min * maxScore;
            if (reached) return table.Bands[i].Rating;
        }
        return table.Bands[0].Rating;
    }
}
