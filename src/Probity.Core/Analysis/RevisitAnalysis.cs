using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Core.Statistics;

namespace Probity.Core.Analysis;

/// <summary>
/// Providers inspected more than once (annual report §7.3, Table 4, Annexe 2): each provider's inspections in order of
/// fieldwork, and for every consecutive pair the change in its overall and standard ratings on the ordinal scale, and in
/// each comparable key question and prompt with ▲/▼ and R20's test.
/// </summary>
public static class RevisitAnalysis
{
    public const string Name = "revisits";

    public static AnalysisResult Run(IReadOnlyList<InspectionFacts> inspections, AnalysisScope scope)
    {
        var pairs = Pairs(inspections.Where(i => i.Framework.IsRated)).ToList();
        var ratings = pairs.SelectMany(p => new[] { p.Earlier, p.Later }).DistinctBy(i => i.Id).ToDictionary(i => i.Id, i => i.Rate());

        var changes = new AnalysisTable("rating-changes", "Rating changes of providers inspected again",
            ("provider", "Provider"), ("provider_type", "Provider type"), ("earlier_inspection", "Earlier inspection"), ("earlier_year", "Earlier year"),
            ("later_inspection", "Later inspection"), ("later_year", "Later year"), ("standard", "Standard"), ("standard_name", "Standard name"),
            ("earlier_rating", "Earlier rating"), ("later_rating", "Later rating"), ("change", "Change"));
        var summary = new AnalysisTable("summary", "Providers rated higher, the same or lower",
            ("provider_type", "Provider type"), ("earlier_year", "Earlier year"), ("later_year", "Later year"), ("standard", "Standard"),
            ("standard_name", "Standard name"), ("providers", "Providers rated both times"), ("higher", "Higher"), ("same", "Same"), ("lower", "Lower"));
        var transitions = new AnalysisTable("transitions", "Rating transitions",
            ("provider_type", "Provider type"), ("earlier_year", "Earlier year"), ("later_year", "Later year"), ("standard", "Standard"),
            ("earlier_rating", "Earlier rating"), ("later_rating", "Later rating"), ("providers", "Providers"));
        var items = new AnalysisTable("item-changes", "Key question and prompt changes of providers inspected again",
            ("provider", "Provider"), ("earlier_year", "Earlier year"), ("later_year", "Later year"), ("item", "Item"), ("kind", "Kind"),
            ("earlier_yes", "Earlier yes"), ("earlier_answered", "Earlier answered"), ("earlier_percent", "Earlier %"),
            ("later_yes", "Later yes"), ("later_answered", "Later answered"), ("later_percent", "Later %"),
            ("change", "Change (points)"), ("direction", "Direction"), ("z", "z"), ("p", "p"), ("significant", "Significant (R20)"));

        var rows = new List<(InspectionFacts Earlier, InspectionFacts Later, string Standard, string Name, Rating? Before, Rating? After)>();
        foreach (var (earlier, later) in pairs)
        {
            var before = ratings[earlier.Id];
            var after = ratings[later.Id];
            rows.Add((earlier, later, Overall, "Overall rating", before.OverallRating, after.OverallRating));
            foreach (var s in after.Standards)
                if (before.Standard(s.Standard.Id) is { } b)
                    rows.Add((earlier, later, s.Standard.Id, s.Standard.Name, b.Rating, s.Rating));
            AddItemChanges(items, earlier, later);
        }
        foreach (var r in rows)
            changes.Add(r.Later.ProviderName, r.Later.ProviderType.ToString(), r.Earlier.Id, r.Earlier.YearLabel, r.Later.Id, r.Later.YearLabel,
                r.Standard, r.Name, r.Before?.DisplayName(), r.After?.DisplayName(), Change(r.Before, r.After));

        foreach (var g in rows.GroupBy(r => (Type: r.Later.ProviderType.ToString(), From: r.Earlier.YearLabel, To: r.Later.YearLabel, r.Standard, r.Name)))
        {
            var both = g.Where(r => r.Before is not null && r.After is not null).ToList();
            summary.Add(g.Key.Type, g.Key.From, g.Key.To, g.Key.Standard, g.Key.Name, both.Count,
                both.Count(r => r.After > r.Before), both.Count(r => r.After == r.Before), both.Count(r => r.After < r.Before));
            foreach (var t in both.GroupBy(r => (r.Before, r.After)).OrderByDescending(t => t.Key.Before).ThenByDescending(t => t.Key.After))
                transitions.Add(g.Key.Type, g.Key.From, g.Key.To, g.Key.Standard, t.Key.Before!.Value.DisplayName(), t.Key.After!.Value.DisplayName(), t.Count());
        }

        var summaryRows = summary.Rows.ToList();
        var chart = new BarChart("revisit-changes", "Providers rated higher, the same or lower on their next inspection",
            "For each standard and overall, how many providers inspected again were rated higher, the same or lower than before.", "summary",
            summaryRows.Select(r => $"{r[3]} {r[0]} {r[1]}→{r[2]}").ToList(),
            [
                new("Higher", summaryRows.Select(r => (double?)(int)r[6]!).ToList(), "#00703c"),
                new("Same", summaryRows.Select(r => (double?)(int)r[7]!).ToList(), "#505a5f"),
                new("Lower", summaryRows.Select(r => (double?)(int)r[8]!).ToList(), "#d4351c"),
            ])
        { Stacked = true };
        return new AnalysisResult(Name, "Providers inspected again: rating and key question changes", scope, inspections.Count, [summary, transitions, changes, items])
        {
            Charts = summaryRows.Count == 0 ? [] : [chart],
            Notes =
            [
                "A provider's inspections in the scope are taken in order of fieldwork; each is compared with the one before (ratings on the scale Inadequate < Requires improvement < Good < Outstanding).",
                "Key questions and prompts are compared only where comparable (the same framework version, or the later version's comparability flag, R22); ▲ and ▼ give the direction only (annual report Table 4), and \"significant\" is R20's two-proportion z-test on the counts.",
            ],
        };
    }

    public const string Overall = "overall";

    /// <summary>Each provider's consecutive inspections, in order of fieldwork start (then id).</summary>
    public static IEnumerable<(InspectionFacts Earlier, InspectionFacts Later)> Pairs(IEnumerable<InspectionFacts> inspections) =>
        inspections.GroupBy(i => i.ProviderId)
            .SelectMany(g =>
            {
                var ordered = g.OrderBy(i => i.FieldworkStart ?? DateOnly.MaxValue).ThenBy(i => i.Id).ToList();
                return ordered.Zip(ordered.Skip(1));
            })
            .OrderBy(p => p.Second.ProviderName, StringComparer.Ordinal).ThenBy(p => p.Second.FieldworkStart);

    private static string? Change(Rating? before, Rating? after) =>
        before is null || after is null ? null : after > before ? "higher" : after < before ? "lower" : "same";

    private static void AddItemChanges(AnalysisTable table, InspectionFacts earlier, InspectionFacts later)
    {
        if (earlier.Counts is null || later.Counts is null) return;
        var rule = later.Framework.Significance;
        foreach (var item in later.Framework.Questions.Items)
        {
            if (earlier.Framework.Questions.Find(item.Id) is not { } previous || !Comparable(later.Framework, item, earlier.Framework)) continue;
            var b = earlier.Counts.Tallies.Get(CaseSplits.All, 1, previous.Index);
            var a = later.Counts.Tallies.Get(CaseSplits.All, 1, item.Index);
            if (!a.HasValue || !b.HasValue) continue;
            var test = TwoProportionZTest.Test(b.Yes, b.Answered, a.Yes, a.Answered, rule);
            var change = a.Percent!.Value - b.Percent!.Value;
            table.Add(later.ProviderName, earlier.YearLabel, later.YearLabel, item.Id, item.IsKeyQuestion ? "key question" : "prompt",
                b.Yes, b.Answered, b.Percent, a.Yes, a.Answered, a.Percent, change, change > 0 ? "▲" : change < 0 ? "▼" : "=",
                Math.Round(test.Z, 3), Math.Round(test.PValue, 4), test.Significant);
        }
    }

    /// <summary>R22: the same version, or the later version's item says its data is comparable with the earlier version's.</summary>
    internal static bool Comparable(FrameworkVersion later, AnswerableItem item, FrameworkVersion earlier) =>
        later.Id == earlier.Id || (item.Prompt?.IsComparableWith(earlier.Id) ?? item.KeyQuestion.IsComparableWith(earlier.Id));
}
