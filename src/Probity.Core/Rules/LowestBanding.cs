using Probity.Core.Frameworks;
using Probity.Core.Ratings;

namespace Probity.Core.Rules;

/// <summary>The banded rating of a case-data standard and which key questions drive it.</summary>
public sealed record LowestBandingResult(int? LowestPercent, IReadOnlyList<string> LowestKeyQuestions, Rating? BandedRating);

public static class LowestBanding
{
    // R7: the standard takes the band of its lowest rated key-question percentage; every key question at that minimum is
    // marked lowest (printed in bold). R8: key questions with no value are left out; none with a value → no rating.
    public static LowestBandingResult Apply(IEnumerable<(string KeyQuestion, Tally Tally)> ratedKeyQuestions, RatingRules rules)
    {
        var valued = ratedKeyQuestions.Where(k => k.Tally.HasValue).Select(k => (k.KeyQuestion, Percent: k.Tally.Percent!.Value)).ToList();
        if (valued.Count == 0) return new(null, [], null);
        var lowest = valued.Min(k => k.Percent);
        return new(lowest, valued.Where(k => k.Percent == lowest).Select(k => k.KeyQuestion).ToList(), Banding.RatingOf(lowest, rules));
    }

    /// <summary>The lowest percentage of a set of tallies, or null when none has a value.</summary>
    internal static int? LowestPercent(IReadOnlyList<Tally> tallies)
    {
        int? lowest = null;
        foreach (var t in tallies)
            if (t.Percent is { } p && (lowest is null || p < lowest)) lowest = p;
        return lowest;
    }
}
