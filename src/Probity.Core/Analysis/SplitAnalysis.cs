using Probity.Core.Frameworks;
using Probity.Core.Statistics;

namespace Probity.Core.Analysis;

/// <summary>
/// Annual report §5.1 (Figure 6), §5.4 (Table 1), §6.3 (Table 3) and §6.9: the national key-question and prompt
/// percentages split by RoSH level, responsible officer grade, sex, IOM and caseload band. Each value is set against the
/// rest of the cases with a recorded value (so "fewer than 50" is compared with 50 or more) by the framework's test (R20).
/// </summary>
public static class SplitAnalysis
{
    public const string Name = "splits";

    public static AnalysisResult Run(IReadOnlyList<InspectionFacts> inspections, AnalysisScope scope)
    {
        var items = new AnalysisTable("items", "Key questions and prompts split by case attribute",
            ("framework", "Framework"), ("year", "Programme year"), ("provider_type", "Provider type"), ("split", "Split"), ("value", "Value"),
            ("item", "Item"), ("kind", "Kind"), ("yes", "Yes"), ("no", "No"), ("na", "Not applicable"), ("answered", "Answered"), ("percent", "%"),
            ("rest_yes", "Rest: yes"), ("rest_answered", "Rest: answered"), ("rest_percent", "Rest: %"), ("difference", "Difference (points)"),
            ("z", "z"), ("p", "p"), ("significant", "Significant (R20)"));
        var standards = new AnalysisTable("standards", "Aggregate rating of each standard by case attribute",
            ("framework", "Framework"), ("year", "Programme year"), ("provider_type", "Provider type"), ("split", "Split"), ("value", "Value"),
            ("standard", "Standard"), ("standard_name", "Standard name"), ("lowest_key_questions", "Lowest key question(s)"), ("lowest_percent", "Lowest %"),
            ("aggregate_rating", "Aggregate rating"));
        var summary = new AnalysisTable("summary", "Key questions where a group differs significantly from the rest",
            ("framework", "Framework"), ("year", "Programme year"), ("provider_type", "Provider type"), ("split", "Split"), ("value", "Value"),
            ("key_questions", "Key questions compared"), ("significantly_higher", "Significantly higher"), ("significantly_lower", "Significantly lower"));
        var charts = new List<BarChart>();

        foreach (var (framework, key, group) in GroupingAndRounding.ByFrameworkYearAndType(inspections))
        {
            var fw = group[0].Framework;
            foreach (var split in CaseSplits.Comparisons)
            {
                var byCode = Enumerable.Range(0, split.CodeCount).Select(code => PooledTallies.Of(group, fw, split, code)).ToArray();
                var present = new List<int>();
                for (var code = 1; code < split.CodeCount; code++)
                {
                    var rest = new PooledTallies(fw);
                    for (var other = 1; other < split.CodeCount; other++)
                        if (other != code) rest.Add(byCode[other]);
                    if (!AddValue(items, summary, fw, [framework, key.Year, key.ProviderType, split.Key, split.Values[code - 1]], byCode[code], rest)) continue;
                    present.Add(code);
                    NationalItemAnalysis.AddAggregateRatings(standards, [framework, key.Year, key.ProviderType, split.Key, split.Values[code - 1]], fw, byCode[code]);
                }
                if (split == CaseSplits.CaseloadBand || split == CaseSplits.ResponsibleOfficerGrade)
                {
                    var keyQuestions = fw.Questions.Items.Where(i => i.IsKeyQuestion && present.Any(c => byCode[c][i.Index].HasValue)).ToList();
                    if (keyQuestions.Count > 0 && present.Count > 1)
                        charts.Add(new BarChart($"split-{split.Key}-{framework}-{key.ProviderType}-{key.Year}", $"Key questions by {split.Title.ToLowerInvariant()}, {key} ({framework})",
                            $"The percentage of cases judged sufficient on each key question, for each value of {split.Title.ToLowerInvariant()}.", "items",
                            keyQuestions.Select(i => i.Id).ToList(),
                            present.Select(c => new ChartSeries(split.Label(c), keyQuestions.Select(i => (double?)byCode[c][i.Index].Percent).ToList())).ToList())
                        { Unit = "%" });
                }
            }
        }
        return new AnalysisResult(Name, "National percentages split by RoSH, grade, sex, IOM and caseload", scope, inspections.Count, [summary, standards, items])
        {
            Charts = charts,
            Notes =
            [
                "Each value is compared with the rest of the group's cases that have a recorded value (cases where it is not recorded are in neither side), by the framework's significance rule: the two-proportion z-test, pooled, two-sided, significant when p < 0.10 (R20). The annual report states no test for its splits; \"substantially worse\" (§5.1) is read as significantly lower.",
                "RoSH is the inspector's judgement (the rosh column). Caseload bands are the responsible officer's caseload recorded with the case: fewer than 50, 50 to 74, 75 or more.",
                "Aggregate ratings band the lowest pooled rated key question of each standard, without discretion (Table 1).",
            ],
        };
    }

    /// <summary>One split value's rows; false when no case of the group has that value.</summary>
    private static bool AddValue(AnalysisTable items, AnalysisTable summary, FrameworkVersion framework, object?[] leading, PooledTallies value, PooledTallies rest)
    {
        if (!framework.Questions.Items.Any(i => value[i.Index].Population > 0)) return false;
        int compared = 0, higher = 0, lower = 0;
        foreach (var item in framework.Questions.Items)
        {
            var t = value[item.Index];
            if (t.Population == 0) continue;
            var r = rest[item.Index];
            ZTestResult? test = t.HasValue && r.HasValue ? TwoProportionZTest.Test(r.Yes, r.Answered, t.Yes, t.Answered, framework.Significance) : null;
            double? difference = t.HasValue && r.HasValue ? GroupingAndRounding.Round1(100.0 * t.Yes / t.Answered - 100.0 * r.Yes / r.Answered) : null;
            items.Add([.. leading, item.Id, NationalItemAnalysis.Kind(item), t.Yes, t.No, t.NotApplicable, t.Answered, t.Percent,
                r.Yes, r.Answered, r.Percent, difference, test is null ? null : Math.Round(test.Z, 3), test is null ? null : Math.Round(test.PValue, 4), test?.Significant]);
            if (!item.IsKeyQuestion || test is null) continue;
            compared++;
            if (test.Significant && test.Z > 0) higher++;
            if (test.Significant && test.Z < 0) lower++;
        }
        summary.Add([.. leading, compared, higher, lower]);
        return true;
    }
}
