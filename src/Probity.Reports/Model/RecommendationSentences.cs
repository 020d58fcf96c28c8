using Probity.Core.Datasets;
using Probity.Core.Text;

namespace Probity.Reports.Model;

/// <summary>The recommendation sentences of spec §8.4, generated from the counts per progress grade, numbers in words.</summary>
public static class RecommendationSentences
{
    /// <summary>"In our previous inspection report, we made six recommendations to the CRC. … the remaining four have seen some progress."</summary>
    public static string PreviousSummary(IReadOnlyList<PreviousRecommendation> previous, string typeNoun)
    {
        var n = previous.Count;
        var text = $"In our previous inspection report, we made {NumberWords.Of(n)} recommendation{Plural(n)} to the {typeNoun}. "
            + $"During this inspection, we investigated the extent to which {(n == 1 ? "this recommendation has" : "these recommendations have")} been achieved.";
        var found = Findings(previous);
        return found is null ? text : text + " " + found;
    }

    /// <summary>The "We found that …" sentence, or null when no recommendation has a progress grade yet.</summary>
    public static string? Findings(IReadOnlyList<PreviousRecommendation> previous)
    {
        var graded = new[] { RecommendationProgress.SufficientProgress, RecommendationProgress.SomeProgress, RecommendationProgress.NoProgress }
            .Select(g => (Grade: g, Count: previous.Count(p => p.Progress == g)))
            .Where(x => x.Count > 0)
            .ToList();
        if (graded.Count == 0) return null;
        var total = previous.Count;
        var assessed = graded.Sum(x => x.Count);
        if (graded.Count == 1 && assessed == total)
        {
            var all = total == 1 ? "the recommendation" : total == 2 ? "both of the recommendations" : $"all {NumberWords.Of(total)} of the recommendations";
            return $"We found that {Grade(graded[0].Grade)} progress has been made on {all}.";
        }
        var first = graded[0];
        var sentence = $"We found that {Grade(first.Grade)} progress has been made on {NumberWords.Of(first.Count)} of the recommendations";
        var rest = graded.Skip(1).ToList();
        // The published form: two grades that account for every recommendation read "and the remaining four have seen some progress".
        if (rest.Count == 1 && assessed == total)
            return sentence + $", and the remaining {NumberWords.Of(rest[0].Count)} {(rest[0].Count == 1 ? "has" : "have")} seen {Grade(rest[0].Grade)} progress.";
        var parts = rest.Select(r => $"{Grade(r.Grade)} progress on {NumberWords.Of(r.Count)}").ToList();
        if (assessed < total) parts.Add($"{NumberWords.Of(total - assessed)} {(total - assessed == 1 ? "has" : "have")} not yet been assessed");
        return parts.Count switch
        {
            0 => sentence + ".",
            1 => $"{sentence}, and {parts[0]}.",
            _ => $"{sentence}, {string.Join(", ", parts.Take(parts.Count - 1))}, and {parts[^1]}.",
        };
    }

    /// <summary>"The CRC has made some progress on this recommendation."</summary>
    public static string Progress(RecommendationProgress progress, string typeNoun) =>
        $"The {typeNoun} has made {Grade(progress)} progress on this recommendation.";

    private static string Grade(RecommendationProgress progress) => progress switch
    {
        RecommendationProgress.SufficientProgress => "sufficient",
        RecommendationProgress.SomeProgress => "some",
        _ => "no",
    };

    private static string Plural(int count) => count == 1 ? "" : "s";
}
