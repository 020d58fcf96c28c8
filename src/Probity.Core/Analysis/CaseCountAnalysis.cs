using Probity.Core.Datasets;

namespace Probity.Core.Analysis;

/// <summary>
/// Annual report §1.2 "Inspection facts": cases inspected by sample, provider type and programme year, the total (every
/// sample: observations of unpaid work are activities, not cases), and inspections conducted.
/// </summary>
public static class CaseCountAnalysis
{
    public const string Name = "cases";

    public static AnalysisResult Run(IReadOnlyList<InspectionFacts> inspections, AnalysisScope scope)
    {
        var cases = new AnalysisTable("cases", "Cases inspected by sample",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("sample", "Sample"), ("cases", "Cases inspected"));
        var conducted = new AnalysisTable("inspections", "Inspections conducted",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("inspections", "Inspections conducted"),
            ("with_cases", "Inspections with cases"), ("unpaid_work_projects_observed", "Unpaid work projects observed"),
            ("induction_sessions_observed", "Unpaid work induction sessions observed"));

        var groups = GroupingAndRounding.ByYearAndType(inspections).ToList();
        foreach (var (key, group) in groups)
        {
            var profile = ProfileAnalysis.Pool(group);
            foreach (var sample in CaseColumns.Sample.Values)
                if (profile.Cases(sample) is > 0 and var n) cases.Add(key.Year, key.ProviderType, sample, n);
            conducted.Add(key.Year, key.ProviderType, group.Count, group.Count(i => i.RequireCounts().Profile.Cases() > 0),
                Sum(group, f => f.ObservedWorkProjects), Sum(group, f => f.ObservedInductionSessions));
        }
        foreach (var year in groups.GroupBy(g => g.Key.Year))
            cases.Add(year.Key, YearAndType.AllLabel, "all samples", year.Sum(g => ProfileAnalysis.Pool(g.Inspections).Cases()));

        var chart = new BarChart("cases-by-sample", "Cases inspected by sample",
            "Cases inspected in each programme year and provider type, by sample; the same figures are in the table below.", "cases",
            groups.Select(g => g.Key.ToString()).ToList(),
            CaseColumns.Sample.Values.Select(sample => new ChartSeries(sample, groups.Select(g => (double?)ProfileAnalysis.Pool(g.Inspections).Cases(sample)).ToList())).ToList())
        { Stacked = true };
        return new AnalysisResult(Name, "Cases inspected and inspections conducted", scope, inspections.Count, [cases, conducted])
        {
            Charts = [chart],
            Notes =
            [
                "The total of each year counts every case assessed in every sample (annual report 2019/20, Key facts: 5,945 and 2,093); observations of unpaid work are activities, not cases, and are counted apart from the fieldwork facts each inspection recorded.",
                "Inspections conducted include inspections without an overall rating (an inspection cut short, such as Hampshire and Isle of Wight in 2019/20).",
            ],
        };
    }

    private static int? Sum(IEnumerable<InspectionFacts> inspections, Func<FieldworkFacts, int?> count)
    {
        var recorded = inspections.Select(i => count(i.Fieldwork)).Where(n => n is not null).ToList();
        return recorded.Count == 0 ? null : recorded.Sum();
    }
}
