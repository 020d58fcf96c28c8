using Probity.Core.Frameworks;
using Probity.Core.Ratings;

namespace Probity.Core.Rules;

public static class Banding
{
    // R5: band the rounded whole-number percentage, never the exact value (so 64.5% prints 65 and bands Good).
    public static KeyQuestionBand BandOf(int percent, RatingRules rules)
    {
        var bands = rules.KeyQuestionBands;
        for (var i = bands.Count - 1; i > 0; i--)
            if (percent >= bands[i].Min) return bands[i];
        return bands[0];
    }

    public static Rating RatingOf(int percent, RatingRules rules) => BandOf(percent, rules).Rating;

    /// <summary>The lowest percentage of the band above, or null at the top (the boundary in R11a).</summary>
    public static int? NextBoundaryAbove(int percent, RatingRules rules) =>
        rules.KeyQuestionBands.FirstOrDefault(b => b.Min > percent)?.Min;

    /// <summary>The lowest percentage of the band <paramref name="percent"/> falls in (the floor in R11b).</summary>
    public static int FloorOfBand(int percent, RatingRules rules) => BandOf(percent, rules).Min;

    public static bool IsBottomBand(Rating rating, RatingRules rules) => rating == rules.KeyQuestionBands[0].Rating;
}
