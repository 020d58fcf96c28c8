using Probity.Core.Frameworks;
using Probity.Core.Ratings;

namespace Probity.Reports.Model;

/// <summary>The published scoring rule (spec §5.7), written from the framework's own rating rules.</summary>
internal static class ScoringRules
{
    public static int MaximumScore(FrameworkVersion framework, RatingRules rules) =>
        framework.Standards.Count(s => s.RatedBy != RatingBasis.None) * rules.Scale.Max(l => l.Score);

    /// <summary>"'Inadequate' = 0; 'Requires improvement' = 1; …".</summary>
    public static string ScaleText(RatingRules rules) => string.Join("; ", rules.Scale.Select(l => $"'{l.Name}' = {l.Score}"));

    /// <summary>The band ranges: "0–5 = Inadequate", … (quoted names in the footnote form).</summary>
    public static IReadOnlyList<string> Bands(FrameworkVersion framework, RatingRules rules, bool quoted)
    {
        var max = MaximumScore(framework, rules);
        var bands = rules.OverallBands.Bands;
        var percent = rules.OverallBands.Basis == OverallBandBasis.PercentOfMaximum;
        return bands.Select((b, i) =>
        {
            var name = quoted ? $"'{b.Rating.DisplayName()}'" : b.Rating.DisplayName();
            var top = i + 1 < bands.Count ? bands[i + 1].Min - 1 : percent ? 100 : max;
            return percent ? $"{b.Min}–{top}% of the maximum = {name}" : $"{b.Min}–{top} = {name}";
        }).ToList();
    }

    public static string Footnote(FrameworkVersion framework, RatingRules rules)
    {
        var n = framework.Standards.Count(s => s.RatedBy != RatingBasis.None);
        var top = rules.Scale.Max(l => l.Score);
        return $"Each of the {n} standards is scored on a 0–{top} scale, in which {ScaleText(rules)}. Adding these scores produces a total score "
            + $"ranging from 0 to {MaximumScore(framework, rules)}, which is banded to produce the overall rating, as follows: "
            + string.Join(", ", Bands(framework, rules, quoted: true)) + ".";
    }
}
