using Probity.Core.Ratings;
using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Core.Statistics;

namespace Probity.Core.Analysis;

/// <summary>
/// Annual report §6.1 (Table 2) and §6.5 (Table 5), and every report's "All CRCs" column: each key question's and prompt's
/// pooled percentage by framework version, programme year and provider type, beside the mean of the providers'
/// percentages, the previous year's pooled figure with R20's test, and each standard's mechanical aggregate rating.
/// </summary>
public static class NationalItemAnalysis
{
    public const string Name = "national";

    public static AnalysisResult Run(IReadOnlyList<InspectionFacts> inspections, AnalysisScope scope)
    {
        var items = new AnalysisTable("items", "Key questions and prompts: national pooled percentages",
            ("framework", "Framework"), ("year", "Programme year"), ("provider_type", "Provider type"), ("item", "Item"), ("kind", "Kind"),
            ("standard", "Standard"), ("text", "Wording"), ("inspections", "Inspections with answers"), ("yes", "Yes"), ("no", "No"), ("na", "Not applicable"),
            ("answered", "Answered"), ("percent", "Pooled %"), ("mean_of_providers", "Mean of providers' %"),
            ("previous_year", "Previous year"), ("previous_yes", "Previous yes"), ("previous_answered", "Previous answered"), ("previous_percent", "Previous pooled %"),
            ("change", "Change (points)"), ("z", "z"), ("p", "p"), ("significant", "Significant (R20)"));
        var byInspection = new AnalysisTable("by-inspection", "Key questions and prompts of each inspection",
            ("inspection", "Inspection"), ("provider", "Provider"), ("framework", "Framework"), ("year", "Programme year"), ("provider_type", "Provider type"),
            ("item", "Item"), ("yes", "Yes"), ("answered", "Answered"), ("percent", "%"));
        var standards = new AnalysisTable("standards", "Aggregate rating of each standard from the pooled figures",
            ("framework", "Framework"), ("year", "Programme year"), ("provider_type", "Provider type"), ("standard", "Standard"),
            ("standard_name", "Standard name"), ("lowest_key_questions", "Lowest key question(s)"), ("lowest_percent", "Lowest %"), ("aggregate_rating", "Aggregate rating"));

        var groups = GroupingAndRounding.ByFrameworkYearAndType(inspections)
            .Select(g => (g.Framework, g.Key, g.Inspections, Pooled: PooledTallies.Of(g.Inspections, g.Inspections[0].Framework, CaseSplits.All, 1)))
            .ToList();
        var charts = new List<BarChart>();
        foreach (var (framework, key, group, pooled) in groups)
        {
            var fw = group[0].Framework;
            var previous = groups.Where(g => g.Key.ProviderType == key.ProviderType && ProgrammeYear.TryParse(key.Year, out var y)
                && g.Key.Year == new ProgrammeYear(y.StartYear - 1).ToString()).ToList();
            foreach (var item in fw.Questions.Items)
            {
                var t = pooled[item.Index];
                var exact = group.Select(i => i.RequireCounts().Tallies.Get(CaseSplits.All, 1, item.Index))
                    .Where(x => x.HasValue).Select(x => 100.0 * x.Yes / x.Answered).ToList();
                var before = previous.Select(p => (p.Key.Year, Item: p.Pooled.Framework.Questions.Find(item.Id), p.Pooled))
                    .FirstOrDefault(p => p.Item is not null && RevisitAnalysis.Comparable(fw, item, p.Pooled.Framework));
                Tally? b = before.Item is null ? null : before.Pooled[before.Item.Index];
                ZTestResult? test = b is { HasValue: true } bt && t.HasValue ? TwoProportionZTest.Test(bt.Yes, bt.Answered, t.Yes, t.Answered, fw.Significance) : null;
                items.Add(framework, key.Year, key.ProviderType, item.Id, Kind(item), item.KeyQuestion.Standard.Id, Text(item), exact.Count,
                    t.Yes, t.No, t.NotApplicable, t.Answered, t.Percent, GroupingAndRounding.MeanPercent(exact),
                    b is null ? null : before.Year, b?.Yes, b?.Answered, b?.Percent,
                    b?.Percent is { } bp && t.Percent is { } tp ? tp - bp : null,
                    test is null ? null : Math.Round(test.Z, 3), test is null ? null : Math.Round(test.PValue, 4), test?.Significant);
            }
            AddAggregateRatings(standards, [framework, key.Year, key.ProviderType], fw, pooled);
            foreach (var inspection in group)
                foreach (var item in fw.Questions.Items)
                    if (inspection.RequireCounts().Tallies.Get(CaseSplits.All, 1, item.Index) is { HasValue: true } t)
                        byInspection.Add(inspection.Id, inspection.ProviderName, framework, key.Year, key.ProviderType, item.Id, t.Yes, t.Answered, t.Percent);
            var keyQuestions = fw.Questions.Items.Where(i => i.IsKeyQuestion && i.KeyQuestion.Role != KeyQuestionRole.QualitativeOnly).ToList();
            charts.Add(new BarChart($"national-{framework}-{key.ProviderType}-{key.Year}", $"Key questions, {key} ({framework}): pooled %",
                $"The pooled percentage of cases judged sufficient on each key question, over the {group.Count} inspections of {key}.", "items",
                keyQuestions.Select(i => i.Id).ToList(), [new ChartSeries("Pooled %", keyQuestions.Select(i => (double?)pooled[i.Index].Percent).ToList())])
            { Unit = "%" });
        }
        return new AnalysisResult(Name, "National key-question and prompt percentages", scope, inspections.Count, [items, standards, byInspection])
        {
            Charts = charts,
            Notes =
            [
                "Pooled % = Σ yes / Σ (yes + no) over every case of the group in the item's population (na left out, R3), rounded half up (R4). The annual report does not say whether its national figures are pooled or a mean of providers; both are given, and the comparator uses the pooled counts (R24).",
                "Items pool only within one framework version. The previous year's figure is the same provider type's pooled figure a programme year earlier, where the item is comparable (R22); \"significant\" is R20's z-test on the counts.",
                "The aggregate rating bands each standard's lowest pooled key-question percentage (R5, R7) without discretion, as the annual report's Table 1 does.",
                "The by-inspection table gives every provider's own percentage of each item (the annual report's Figure 2, domestic abuse checks by service).",
            ],
        };
    }

    /// <summary>Table 1's mechanical rating: the band of the lowest pooled rated key question of each case-data standard (R7), no discretion.</summary>
    internal static void AddAggregateRatings(AnalysisTable table, object?[] leading, FrameworkVersion framework, PooledTallies pooled)
    {
        if (framework.RatingRules is not { } rules) return;
        foreach (var standard in framework.Standards.Where(s => s.RatedBy == RatingBasis.CaseData))
        {
            var lowest = LowestBanding.Apply(standard.RatedKeyQuestions.Select(k => (k.Id, pooled[k.Id])), rules);
            table.Add([.. leading, standard.Id, standard.Name, lowest.LowestKeyQuestions.Count == 0 ? null : string.Join(" ", lowest.LowestKeyQuestions),
                lowest.LowestPercent, lowest.BandedRating?.DisplayName()]);
        }
    }

    internal static string Kind(AnswerableItem item) => item.IsKeyQuestion ? "key question" : "prompt";

    internal static string Text(AnswerableItem item) => item.Prompt?.Text ?? item.KeyQuestion.Title;
}
