using Probity.Core.Datasets;

namespace Probity.Core.Analysis;

/// <summary>
/// Annual report §7.1 (Figures 3 and 4): the offending-related factors inspectors identified in case-supervision cases
/// (prevalence = cases with the factor / cases) and, of the cases with each factor, the share where services were
/// delivered; overall, pooled across case × factor pairs and per case.
/// </summary>
public static class NeedsAnalysis
{
    public const string Name = "needs";
    public const string Sample = "case-supervision";

    public static AnalysisResult Run(IReadOnlyList<InspectionFacts> inspections, AnalysisScope scope)
    {
        var factors = new AnalysisTable("factors", "Offending-related factors and services delivered",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("factor", "Factor"), ("name", "Factor name"), ("cases", "Cases"),
            ("with_need", "Cases with the factor"), ("percent_with_need", "% of cases with the factor"), ("delivered", "Services delivered"),
            ("not_delivered", "Not delivered"), ("delivered_na", "Delivery not applicable"), ("delivered_not_recorded", "Delivery not recorded"),
            ("percent_delivered", "% of cases with the factor where services were delivered"));
        var overall = new AnalysisTable("overall", "Services delivered for offending-related factors overall",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("cases", "Cases"), ("with_any_need", "Cases with any factor"),
            ("factor_needs", "Factors identified (case × factor)"), ("factor_delivered", "Factors with services delivered"), ("percent_pooled", "% of factors served (pooled)"),
            ("any_delivered", "Cases with services for at least one factor"), ("percent_any", "% of cases with a factor: at least one served"),
            ("all_delivered", "Cases with services for every factor"), ("percent_all", "% of cases with a factor: every one served"));

        var groups = GroupingAndRounding.ByYearAndTypeAndAll(inspections).Select(g => (g.Key, Profile: ProfileAnalysis.Pool(g.Inspections))).ToList();
        foreach (var (key, profile) in groups)
        {
            var cases = profile.Cases(Sample);
            if (cases == 0) continue;
            long needs = 0, served = 0;
            foreach (var f in CaseColumns.OffendingFactors)
            {
                var pair = CountsLayout.NeedPair(f);
                var with = profile.Count(Sample, f.Need, "yes");
                var delivered = profile.Joint(Sample, pair, "yes", "yes");
                needs += with;
                served += delivered;
                factors.Add(key.Year, key.ProviderType, f.Key, f.Name, cases, with, GroupingAndRounding.Percent(with, cases), delivered,
                    profile.Joint(Sample, pair, "yes", "no"), profile.Joint(Sample, pair, "yes", "na"), profile.Joint(Sample, pair, "yes", null),
                    GroupingAndRounding.Percent(delivered, with));
            }
            var (withAny, any, all) = profile.NeedSummary(Sample);
            overall.Add(key.Year, key.ProviderType, cases, withAny, (int)needs, (int)served, GroupingAndRounding.Percent(served, needs),
                any, GroupingAndRounding.Percent(any, withAny), all, GroupingAndRounding.Percent(all, withAny));
        }

        (YearAndType Key, CaseProfile Profile)? pooled = groups.Count == 0 ? null : groups[^1];
        var charts = new List<BarChart>();
        if (pooled is { } p && p.Profile.Cases(Sample) > 0)
        {
            var rows = CaseColumns.OffendingFactors.Select(f => factors.Single(("year", p.Key.Year), ("provider_type", p.Key.ProviderType), ("factor", f.Key))).ToList();
            charts.Add(new BarChart("needs-profile", $"Factors linked to offending identified by inspectors ({Describe(p.Key)})",
                "For each offending-related factor, the percentage of case-supervision cases where inspectors identified it, and of those the percentage where services were delivered.",
                "factors", CaseColumns.OffendingFactors.Select(f => f.Name).ToList(),
                [
                    new ChartSeries("% of cases with the factor", rows.Select(r => (double?)(int?)r["percent_with_need"]).ToList()),
                    new ChartSeries("% where services were delivered", rows.Select(r => (double?)(int?)r["percent_delivered"]).ToList()),
                ])
            { Unit = "%" });
        }
        return new AnalysisResult(Name, "Needs profile: offending-related factors and services delivered", scope, inspections.Count, [factors, overall])
        {
            Charts = charts,
            Notes =
            [
                "Case-supervision cases only: the annual report's base of 4,548 is every CRC and NPS case-supervision case of 2018/19 and 2019/20. The last group, \"all\", pools every year and provider type in the scope, as the report does.",
                "Delivery of a factor = cases where services were delivered / cases with the factor (annual report note §7.1); not applicable and not recorded are counted in the denominator and shown apart.",
                "The report's \"55 per cent of cases\" is ambiguous: it is given three ways — pooled over case × factor pairs, cases where at least one factor was served, and cases where every factor was.",
            ],
        };
    }

    internal static string Describe(YearAndType key) =>
        key.Year == YearAndType.AllLabel ? "every inspection in the scope" : key.ToString();
}
