using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Analysis;

/// <summary>
/// Annual report §1.3 and §7.3: how many providers were rated at each level, overall and on each standard, by provider
/// type and programme year. Each inspection is rated by <see cref="InspectionRater"/> from its stored tallies, judgements
/// and panel decisions; one without an overall rating is counted apart and named, never given one.
/// </summary>
public static class RatingAnalysis
{
    public const string Name = "ratings";

    /// <summary>Best first, as the annual report's legends list them.</summary>
    internal static readonly IReadOnlyList<Rating> Levels = [Rating.Outstanding, Rating.Good, Rating.RequiresImprovement, Rating.Inadequate];

    public const string NoOverallRating = "No overall rating";

    public static string Colour(Rating rating) => rating switch
    {
        Rating.Outstanding => "#1d70b8",
        Rating.Good => "#00703c",
        Rating.RequiresImprovement => "#f47738",
        _ => "#d4351c",
    };

    public static AnalysisResult Run(IReadOnlyList<InspectionFacts> inspections, AnalysisScope scope)
    {
        var rated = inspections.Where(i => i.Framework.IsRated).Select(i => (Facts: i, Rating: i.Rate())).ToList();
        var overall = new AnalysisTable("overall", "Overall ratings",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("rating", "Overall rating"), ("inspections", "Inspections"),
            ("percent", "% of inspections with an overall rating"));
        var standards = new AnalysisTable("standards", "Ratings of each standard",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("framework", "Framework"), ("standard", "Standard"),
            ("standard_name", "Standard name"), ("rating", "Rating"), ("inspections", "Inspections"));
        var byInspection = new AnalysisTable("by-inspection", "Ratings of each inspection",
            ("inspection", "Inspection"), ("reference", "Reference"), ("provider", "Provider"), ("provider_type", "Provider type"), ("region", "Region"),
            ("year", "Programme year"), ("framework", "Framework"), ("score", "Score"), ("max_score", "Maximum score"), ("overall_rating", "Overall rating"),
            ("note", "Why there is no overall rating"));
        var byStandard = new AnalysisTable("by-inspection-standard", "Each inspection's standard ratings",
            ("inspection", "Inspection"), ("provider", "Provider"), ("year", "Programme year"), ("standard", "Standard"), ("rating", "Rating"));

        var groups = GroupingAndRounding.ByYearAndType(rated.Select(r => r.Facts)).ToList();
        var ratingOf = rated.ToDictionary(r => r.Facts.Id, r => r.Rating);
        foreach (var (key, group) in groups)
        {
            var results = group.Select(i => ratingOf[i.Id]).ToList();
            var withRating = results.Count(r => r.OverallRating is not null);
            foreach (var level in Levels)
            {
                var n = results.Count(r => r.OverallRating == level);
                overall.Add(key.Year, key.ProviderType, level.DisplayName(), n, GroupingAndRounding.Percent(n, withRating));
            }
            overall.Add(key.Year, key.ProviderType, NoOverallRating, results.Count - withRating, null);
        }
        foreach (var (framework, key, group) in GroupingAndRounding.ByFrameworkYearAndType(rated.Select(r => r.Facts)))
        {
            var results = group.Select(i => ratingOf[i.Id]).ToList();
            foreach (var standard in results[0].Framework.Standards)
            {
                var ratings = results.Select(r => r.Standard(standard.Id)!).ToList();
                foreach (var level in Levels)
                    standards.Add(key.Year, key.ProviderType, framework, standard.Id, standard.Name, level.DisplayName(), ratings.Count(s => s.Rating == level));
                standards.Add(key.Year, key.ProviderType, framework, standard.Id, standard.Name, "Not inspected", ratings.Count(s => s.Status == StandardStatus.NotInspected));
                standards.Add(key.Year, key.ProviderType, framework, standard.Id, standard.Name, "No rating", ratings.Count(s => s.Status == StandardStatus.NoRating));
            }
        }
        foreach (var (facts, rating) in rated.OrderBy(r => r.Facts.Year is null).ThenBy(r => r.Facts.Year).ThenBy(r => r.Facts.ProviderName, StringComparer.Ordinal))
        {
            var why = rating.OverallRating is null ? string.Join("; ", rating.Warnings.Where(w => w.StartsWith("no overall rating", StringComparison.Ordinal))) : null;
            byInspection.Add(facts.Id, facts.Reference, facts.ProviderName, facts.ProviderType.ToString(), facts.Region, facts.YearLabel, facts.Framework.Id,
                rating.Score, rating.MaxScore, rating.OverallRating?.DisplayName(), why);
            foreach (var s in rating.Standards)
                byStandard.Add(facts.Id, facts.ProviderName, facts.YearLabel, s.Standard.Id, StandardRatingText(s));
        }

        var charts = new List<BarChart>
        {
            new("overall-ratings", "Overall ratings by provider type and programme year",
                "How many inspections were rated Outstanding, Good, Requires improvement and Inadequate overall, and how many have no overall rating, for each provider type and programme year.",
                "overall", groups.Select(g => g.Key.ToString()).ToList(),
                [
                    .. Levels.Select(level => new ChartSeries(level.DisplayName(),
                        groups.Select(g => (double?)g.Inspections.Count(i => ratingOf[i.Id].OverallRating == level)).ToList(), Colour(level))),
                    new ChartSeries(NoOverallRating, groups.Select(g => (double?)g.Inspections.Count(i => ratingOf[i.Id].OverallRating is null)).ToList(), "#b1b4b6"),
                ])
            { Stacked = true },
        };
        foreach (var (framework, key, group) in GroupingAndRounding.ByFrameworkYearAndType(rated.Select(r => r.Facts)))
        {
            var list = group[0].Framework.Standards.ToList();
            charts.Add(new BarChart($"standards-{framework}-{key.ProviderType}-{key.Year}", $"Standard ratings, {key} ({framework})",
                $"For each standard, how many of the {group.Count} inspections were rated at each level.", "standards",
                list.Select(s => $"{s.Id} {s.Name}").ToList(),
                Levels.Select(level => new ChartSeries(level.DisplayName(),
                    list.Select(s => (double?)group.Count(i => ratingOf[i.Id].Standard(s.Id)!.Rating == level)).ToList(), Colour(level))).ToList())
            { Stacked = true });
        }

        var unrated = inspections.Count - rated.Count;
        return new AnalysisResult(Name, "Ratings: overall and by standard", scope, inspections.Count, [overall, standards, byInspection, byStandard])
        {
            Charts = charts,
            Notes =
            [
                "Each inspection is rated from its stored case tallies, ratified domain-one judgements and the ratings panel's recorded decisions (R2–R19); nothing is re-judged.",
                "An inspection without an overall rating (a standard without a rating, e.g. an inspection cut short) is counted as \"No overall rating\", named in the by-inspection table, and left out of the percentages.",
                .. unrated > 0 ? [$"{unrated} inspection(s) under a framework without ratings (Quality & Impact 2017) are left out."] : Array.Empty<string>(),
            ],
        };
    }

    private static string StandardRatingText(StandardRating standard) => standard.Status switch
    {
        StandardStatus.NotInspected => "Not inspected",
        StandardStatus.NoRating => "No rating",
        _ => standard.Rating?.DisplayName() ?? "No rating",
    };
}
