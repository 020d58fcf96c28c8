using Probity.Core.Analysis;
using Probity.Core.Datasets;

namespace Probity.Core.Tests.Analysis;

public class CaseAndInterviewAnalysisTests
{
    [Fact]
    public void Cases_are_counted_by_sample_type_and_year_with_the_year_total_and_inspections_conducted()
    {
        var a = Programme.A();
        a.Fieldwork = new FieldworkFacts { ObservedWorkProjects = 3 };
        var b = Programme.B();
        b.Fieldwork = new FieldworkFacts { ObservedWorkProjects = 4 };
        var result = CaseCountAnalysis.Run([a.Facts(), b.Facts(), Programme.C().Facts()], AnalysisScope.Everything);
        Assert.Equal(10, result.Row("cases", ("year", "2018/19"), ("provider_type", "CRC"), ("sample", "case-supervision"))["cases"]);
        Assert.Equal(3, result.Row("cases", ("year", "2018/19"), ("provider_type", "CRC"), ("sample", "through-the-gate"))["cases"]);
        Assert.Equal(13, result.Row("cases", ("year", "2018/19"), ("provider_type", "all"), ("sample", "all samples"))["cases"]);
        Assert.Equal(21, result.Row("cases", ("year", "2019/20"), ("provider_type", "all"), ("sample", "all samples"))["cases"]);
        Assert.Empty(result.Table("cases").Where(("sample", "unpaid-work")));
        var conducted = result.Row("inspections", ("year", "2018/19"));
        Assert.Equal((2, 2, 7), ((int)conducted["inspections"]!, (int)conducted["with_cases"]!, (int?)conducted["unpaid_work_projects_observed"]));
        Assert.Null(conducted["induction_sessions_observed"]);
        Assert.Null(result.Row("inspections", ("year", "2019/20"))["unpaid_work_projects_observed"]);
    }

    [Fact]
    public void Interviews_give_workload_by_grade_caseloads_over_75_strictly_and_manageability_by_band()
    {
        var inspection = new HandBuilt.Inspection(9, 9, ProviderType.CRC, "2019/20");
        OfficerInterview Officer(string id, string? grade, int? caseload, bool? manageable) => new(id)
        {
            Grade = grade, Caseload = caseload,
            Answers = manageable is { } m ? new Dictionary<string, bool> { ["workload_manageable"] = m, ["training_access"] = true } : new Dictionary<string, bool>(),
        };
        inspection.Interviews.AddRange([Officer("R1", "PO", 40, true), Officer("R2", "PO", 76, false), Officer("R3", "PO", 75, false),
            Officer("R4", "PSO", 60, true), Officer("R5", "PSO", null, null)]);
        var result = InterviewAnalysis.Run([inspection.Facts()], AnalysisScope.Everything);

        AnalysisRow Grade(string table, string grade) => result.Row(table, ("grade", grade));
        var all = Grade("workload-by-grade", "all");
        Assert.Equal((5, 4, 2, 2, 50, 50), ((int)all["interviewed"]!, (int)all["answered"]!, (int)all["manageable"]!, (int)all["unmanageable"]!, (int?)all["percent_manageable"], (int?)all["percent_unmanageable"]));
        Assert.Equal((33, 67), ((int?)Grade("workload-by-grade", "PO")["percent_manageable"], (int?)Grade("workload-by-grade", "PO")["percent_unmanageable"]));
        Assert.Equal((2, 1, 100), ((int)Grade("workload-by-grade", "PSO")["interviewed"]!, (int)Grade("workload-by-grade", "PSO")["answered"]!, (int?)Grade("workload-by-grade", "PSO")["percent_manageable"]));

        // 40, 76, 75, 60: average 62.75; only 76 is "in excess of 75".
        var caseload = Grade("caseload", "all");
        Assert.Equal((4, 62.8, 1, 25), ((int)caseload["reported"]!, (double?)caseload["average"], (int)caseload["over_75"]!, (int?)caseload["percent_over_75"]));
        Assert.Equal((2, 0, 0), ((int)result.Row("workload-by-caseload-band", ("caseload_band", "75 or more"))["answered"]!,
            (int)result.Row("workload-by-caseload-band", ("caseload_band", "75 or more"))["manageable"]!,
            (int?)result.Row("workload-by-caseload-band", ("caseload_band", "75 or more"))["percent_manageable"]));
        Assert.Equal(100, result.Row("workload-by-caseload-band", ("caseload_band", "fewer than 50"))["percent_manageable"]);
        Assert.Equal(4, result.Row("questions", ("metric", "ro.inServiceTrainingAccess"))["answered"]);

        var chart = Assert.Single(result.Charts);
        Assert.Equal([67.0, 0.0], chart.Series.Single().Values.Select(v => v!.Value));
    }
}
