using Probity.Core.Datasets;
using Probity.Reports.Model.KeyData;

namespace Probity.Reports.Tests;

/// <summary>Key data computed from the inspection's own evidence (spec §7.2–7.3).</summary>
public class KeyDataTests
{
    private static OfficerInterview Officer(int n, string grade, int caseload, bool? manageable, bool? quality = null)
    {
        var answers = new Dictionary<string, bool>();
        if (manageable is { } m) answers["workload_manageable"] = m;
        if (quality is { } q) answers["prioritises_quality"] = q;
        return new OfficerInterview($"RO-{n}") { Grade = grade, Caseload = caseload, Answers = answers };
    }

    private static readonly IReadOnlyList<OfficerInterview> Interviews =
    [
        Officer(1, "PO", 50, false, true), Officer(2, "PO", 52, true, true), Officer(3, "PO", 54, true, false),
        Officer(4, "PSO", 40, false), Officer(5, "PSO", 45, true, true), Officer(6, "PSO", 47, null),
    ];

    [Fact]
    public void The_northumbria_interviews_reproduce_every_published_staff_figure()
    {
        var m = EvidenceMeasures.Compute(Northumbria.Example.Dataset);
        Assert.Equal(51, m[EvidenceMeasures.PoAverageCaseload].Whole);
        Assert.Equal(48, m[EvidenceMeasures.PsoAverageCaseload].Whole);
        Assert.Equal(50, m[EvidenceMeasures.PoCaseloadUnmanageable].Whole);
        Assert.Equal(33, m[EvidenceMeasures.PsoCaseloadUnmanageable].Whole);
        var published = new Dictionary<string, int>
        {
            ["ro.orgPrioritisesQuality"] = 54, ["ro.workloadManageable"] = 62, ["ro.skillsAndKnowledge"] = 97, ["ro.inServiceTrainingAccess"] = 81,
            ["ro.trainingPositive"] = 80, ["ro.wellbeingPositive"] = 83, ["ro.safetyConsidered"] = 71, ["ro.reasonableAdjustmentsPositive"] = 90,
            ["ro.accessToServices"] = 83,
        };
        foreach (var (metric, percent) in published) Assert.Equal(percent, m[metric].Whole);
        Assert.True(m["ro.partnerCoordinationGood"].Whole > 80); // "Over 80 per cent"
        Assert.Equal(62, Northumbria.Example.Dataset.Interviews.Count);
    }

    [Fact]
    public void Staff_tables_are_built_from_interviews_with_the_previous_inspection_beside_them()
    {
        var dataset = Synthetic.Dataset(m => m with
        {
            PreviousInspection = new PreviousInspection
            {
                Results = new Dictionary<string, ComparisonFigure> { [EvidenceMeasures.PoCaseloadUnmanageable] = new() { Percent = 44 } },
            },
        }, interviews: Interviews);
        var page = Synthetic.Html(Synthetic.Report(dataset));
        Assert.Equal(["Not known", "52"], page.Cells("kd-1.2-caseload", "Average caseload for PO (FTE)").Values.Select(HtmlPage.Text));
        Assert.Equal(["Not known", "44"], page.Cells("kd-1.2-caseload", "Average caseload for a probation services officer (PSO) (FTE)").Values.Select(HtmlPage.Text));
        Assert.Equal(["44%", "33%"], page.Cells("kd-1.2-caseload", "Proportion of POs (or equivalent) in this CRC describing caseload as unmanageable").Values.Select(HtmlPage.Text));
        Assert.Equal(["Not known", "50%"], page.Cells("kd-1.2-caseload", "Proportion of PSOs (or equivalent) in this CRC describing caseload as unmanageable").Values.Select(HtmlPage.Text));
        Assert.Equal(["Not known", "75%"], page.Cells("kd-1.1-key-data", "Proportion of staff interviewed who agreed that the organisation prioritised quality").Values.Select(HtmlPage.Text));
    }

    [Fact]
    public void A_typed_figure_the_evidence_contradicts_is_replaced_and_reported()
    {
        var typed = new KeyDataTable
        {
            Id = "kd-1.2-caseload", Standard = "1.2", Title = "Caseload data", Columns = ["Previous year", "Current year"],
            Rows = [new KeyDataRow { Label = "Average caseload for PO (FTE)", Values = [null, 99], ValueText = ["Not known", null] }],
        };
        var report = Synthetic.Report(Synthetic.Dataset(m => m with { KeyData = [typed] }, interviews: Interviews));
        var page = Synthetic.Html(report);
        Assert.Equal(["Not known", "52"], page.Cells("kd-1.2-caseload", "Average caseload for PO (FTE)").Values.Select(HtmlPage.Text));
        Assert.Contains(report.Warnings, w => w.Contains("kd-1.2-caseload") && w.Contains("99") && w.Contains("52"));
    }

    [Fact]
    public void Without_a_national_figure_the_case_characteristics_print_this_inspection_alone()
    {
        var page = Synthetic.Html(Synthetic.Report(Synthetic.Dataset()));
        Assert.Equal(["This CRC in current inspection"], page.Columns("kd-1.3-case-characteristics"));
    }
}
