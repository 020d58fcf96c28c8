using Probity.Core.Datasets;

namespace Probity.Core.Analysis;

/// <summary>
/// Annual report Annexe 2: the progress providers made on the previous inspection's recommendations, as the later
/// inspection judged it (sufficient, some, no progress), and the recommendations each year's inspections made.
/// </summary>
public static class RecommendationAnalysis
{
    public const string Name = "recommendations";

    private static readonly (RecommendationProgress Progress, string Label, string Colour)[] Levels =
    [
        (RecommendationProgress.SufficientProgress, "Sufficient progress", "#00703c"),
        (RecommendationProgress.SomeProgress, "Some progress", "#f47738"),
        (RecommendationProgress.NoProgress, "No progress", "#d4351c"),
    ];

    public static AnalysisResult Run(IReadOnlyList<InspectionFacts> inspections, AnalysisScope scope)
    {
        var progress = new AnalysisTable("progress", "Progress on the previous inspection's recommendations",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("inspections", "Inspections reporting progress"),
            ("recommendations", "Previous recommendations"), ("sufficient", "Sufficient progress"), ("some", "Some progress"), ("none", "No progress"),
            ("not_assessed", "Progress not recorded"), ("percent_sufficient", "% sufficient"), ("percent_some", "% some"), ("percent_none", "% no progress"));
        var made = new AnalysisTable("made", "Recommendations made",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("inspections", "Inspections"), ("recommendations", "Recommendations made"),
            ("per_inspection", "Per inspection"), ("repeating_previous", "Repeating a previous recommendation"));
        var addressees = new AnalysisTable("addressees", "Recommendations made, by addressee",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("addressee", "Addressee"), ("recommendations", "Recommendations"));

        var groups = GroupingAndRounding.ByYearAndType(inspections).ToList();
        foreach (var (key, group) in groups)
        {
            var previous = group.SelectMany(i => i.PreviousRecommendations).ToList();
            if (previous.Count > 0)
            {
                var counts = Levels.Select(l => previous.Count(p => p.Progress == l.Progress)).ToArray();
                var assessed = counts.Sum();
                progress.Add(key.Year, key.ProviderType, group.Count(i => i.PreviousRecommendations.Count > 0), previous.Count,
                    counts[0], counts[1], counts[2], previous.Count - assessed,
                    GroupingAndRounding.Percent(counts[0], assessed), GroupingAndRounding.Percent(counts[1], assessed), GroupingAndRounding.Percent(counts[2], assessed));
            }
            var fresh = group.SelectMany(i => i.Recommendations).ToList();
            made.Add(key.Year, key.ProviderType, group.Count, fresh.Count, GroupingAndRounding.Round1((double)fresh.Count / group.Count), fresh.Count(r => r.RepeatsPrevious is not null));
            foreach (var a in fresh.GroupBy(r => r.Addressee ?? "the provider").OrderByDescending(a => a.Count()).ThenBy(a => a.Key, StringComparer.Ordinal))
                addressees.Add(key.Year, key.ProviderType, a.Key, a.Count());
        }

        var rows = progress.Rows.ToList();
        var chart = new BarChart("recommendation-progress", "Progress on previous recommendations",
            "For each provider type and programme year, how many of the previous inspection's recommendations had sufficient, some or no progress.", "progress",
            rows.Select(r => $"{r[1]} {r[0]}").ToList(),
            Levels.Select((l, i) => new ChartSeries(l.Label, rows.Select(r => (double?)(int)r[4 + i]!).ToList(), l.Colour)).ToList())
        { Stacked = true };
        return new AnalysisResult(Name, "Recommendations: progress and recommendations made", scope, inspections.Count, [progress, made, addressees])
        {
            Charts = rows.Count == 0 ? [] : [chart],
            Notes =
            [
                "Progress is counted in the programme year of the inspection that judged it (annual report Annexe 2: the 59 year-one recommendations of the 10 CRCs inspected in year two). Percentages are of the recommendations whose progress was recorded.",
                "Themes and the responses to thematic inspections' recommendations are not recorded with an inspection, so they are not counted here.",
            ],
        };
    }
}
