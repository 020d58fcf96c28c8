using Probity.Core.Datasets;

namespace Probity.Core.Analysis;

/// <summary>
/// Annual report §5.1–5.2 (Figure 1): what responsible officers said at interview — the share describing their workload as
/// manageable or unmanageable by grade and programme year, the share holding more than 75 cases, manageability by caseload
/// band, and every other interview question's share answering yes.
/// </summary>
public static class InterviewAnalysis
{
    public const string Name = "interviews";
    private static readonly string[] ChartedGrades = ["PO", "PSO"];
    public const string WorkloadQuestion = "workload_manageable";

    /// <summary>Grades as interviews.csv records them, then interviews without a grade ("").</summary>
    private static readonly string[] Grades = [.. CaseColumns.RoGrade.Values, ""];

    public static AnalysisResult Run(IReadOnlyList<InspectionFacts> inspections, AnalysisScope scope)
    {
        var workload = new AnalysisTable("workload-by-grade", "Workload manageable or unmanageable, by grade",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("grade", "Grade"), ("interviewed", "Officers interviewed"),
            ("answered", "Answered the workload question"), ("manageable", "Manageable"), ("unmanageable", "Unmanageable"),
            ("percent_manageable", "% manageable"), ("percent_unmanageable", "% unmanageable"));
        var caseload = new AnalysisTable("caseload", "Caseloads reported at interview",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("grade", "Grade"), ("reported", "Caseloads reported"),
            ("average", "Average caseload"), ("over_75", "More than 75 cases"), ("percent_over_75", "% with more than 75 cases"));
        var byBand = new AnalysisTable("workload-by-caseload-band", "Workload manageable, by caseload band",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("caseload_band", "Caseload"), ("answered", "Answered the workload question"),
            ("manageable", "Manageable"), ("percent_manageable", "% manageable"));
        var questions = new AnalysisTable("questions", "Every interview question",
            ("year", "Programme year"), ("provider_type", "Provider type"), ("metric", "Metric"), ("question", "Question"),
            ("answered", "Answered"), ("yes", "Yes"), ("percent", "% yes"));

        var groups = GroupingAndRounding.ByYearAndType(inspections).ToList();
        foreach (var (key, group) in groups)
        {
            var interviews = new InterviewTally();
            foreach (var i in group) interviews.Add(i.Interviews);
            if (interviews.Interviewed() == 0) continue;
            AddGrade(workload, caseload, key, null, interviews);
            foreach (var grade in Grades)
                if (interviews.Interviewed(grade) > 0) AddGrade(workload, caseload, key, grade, interviews);
            for (var band = 1; band <= CaseloadBands.Tokens.Count; band++)
            {
                var (yes, no) = interviews.Answers(WorkloadQuestion, band: band);
                byBand.Add(key.Year, key.ProviderType, CaseloadBands.Labels[band - 1], yes + no, yes, GroupingAndRounding.Percent(yes, yes + no));
            }
            foreach (var q in InterviewQuestions.All)
            {
                var (yes, no) = interviews.Answers(q.Column);
                if (yes + no > 0) questions.Add(key.Year, key.ProviderType, q.MetricId, q.Text, yes + no, yes, GroupingAndRounding.Percent(yes, yes + no));
            }
        }

        var charts = new List<BarChart>();
        foreach (var type in groups.Select(g => g.Key.ProviderType).Distinct())
        {
            var years = workload.Where(("provider_type", type), ("grade", "all")).Select(r => (string)r["year"]!).ToList();
            if (years.Count == 0) continue;
            charts.Add(new BarChart($"unmanageable-{type}", $"Percentage of POs and PSOs with 'unmanageable' caseloads, {type}",
                $"For each grade, the share of {type} responsible officers interviewed who described their workload as unmanageable, by programme year.",
                "workload-by-grade", ChartedGrades,
                years.Select(y => new ChartSeries(y, ChartedGrades.Select(g =>
                    workload.Where(("provider_type", type), ("year", y), ("grade", g)).Select(r => (double?)(int?)r["percent_unmanageable"]).FirstOrDefault()).ToList())).ToList())
            { Unit = "%" });
        }
        return new AnalysisResult(Name, "Responsible officer interviews: workloads and caseloads", scope, inspections.Count, [workload, caseload, byBand, questions])
        {
            Charts = charts,
            Notes =
            [
                "% manageable and % unmanageable are of the officers who answered the workload question (workload_manageable yes or no).",
                "\"More than 75 cases\" is strictly more than 75 (\"caseloads in excess of 75\", annual report §5.2), of the officers whose caseload was recorded. Caseload bands: fewer than 50, 50 to 74, 75 or more.",
                "To compare the same providers across years (annual report Figure 1), use --revisited-only.",
            ],
        };
    }

    /// <summary>One grade's rows (null: every grade; "": no grade recorded).</summary>
    private static void AddGrade(AnalysisTable workload, AnalysisTable caseload, YearAndType key, string? grade, InterviewTally interviews)
    {
        var label = grade switch { null => "all", "" => "not recorded", _ => grade };
        var (yes, no) = interviews.Answers(WorkloadQuestion, grade);
        workload.Add(key.Year, key.ProviderType, label, interviews.Interviewed(grade), yes + no, yes, no, GroupingAndRounding.Percent(yes, yes + no), GroupingAndRounding.Percent(no, yes + no));
        var (reported, total, over) = interviews.Caseloads(grade);
        caseload.Add(key.Year, key.ProviderType, label, reported, reported == 0 ? null : GroupingAndRounding.Round1((double)total / reported), over, GroupingAndRounding.Percent(over, reported));
    }
}
