using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Rules;

namespace Probity.Reports.Model.KeyData;

/// <summary>
/// One figure computed from the inspection's own evidence (spec §7.2–7.3): a share of cases or of interviewed
/// responsible officers (with its counts, so R20 can test it), or an average. The metric id matches the ids under which
/// the previous inspection's and the national figures are held in inspection.json.
/// </summary>
public sealed record EvidenceMeasure(string MetricId, string Description, Tally? Share, decimal? Average)
{
    /// <summary>The printed whole percentage (R4) of a share, or the whole-number average.</summary>
    public int? Whole => Share is { } t ? t.Percent : Average is { } a ? (int)Math.Floor(a + 0.5m) : null;

    public bool IsShare => Share is not null;
}

/// <summary>The evidence measures of an inspection, by metric id (only those its evidence can give).</summary>
public static class EvidenceMeasures
{
    public const string CaseSupervisionSample = "case-supervision";

    /// <summary>kd-1.3's row wording for the case characteristics it prints, by Core's metric id.</summary>
    private static readonly Dictionary<string, string> CharacteristicWording = new()
    {
        ["cs.female"] = "inspected domain-two cases who are female",
        ["cs.bame"] = "inspected cases who are black and minority ethnic",
        ["cs.disability"] = "inspected cases with a disability",
        ["cs.substanceMisuse"] = "inspected cases with substance misuse problems",
        ["cs.domesticAbuse"] = "inspected cases with domestic abuse issues",
        ["cs.childSafeguarding"] = "inspected cases with child safeguarding issues",
        ["cs.childSafeguardingUnknown"] = "inspected cases with no clear record of child safeguarding issues",
    };

    /// <summary>
    /// Case characteristics of the inspected domain-two cases (kd-1.3), with the "unknown" share of child safeguarding:
    /// the metrics, columns and values are Core's (<see cref="ProfileAnalysis.Characteristics"/>), so a report and the
    /// national profile count the same thing.
    /// </summary>
    public static readonly IReadOnlyList<(string Metric, CaseColumn Column, string Value, string Description)> CaseCharacteristics =
        ProfileAnalysis.Characteristics
            .Where(c => CharacteristicWording.ContainsKey(c.Metric))
            .Select(c => (c.Metric, c.Column, c.Token, CharacteristicWording[c.Metric]))
            .ToList();

    public const string PoAverageCaseload = "ro.poAverageCaseload";
    public const string PsoAverageCaseload = "ro.psoAverageCaseload";
    public const string PoCaseloadUnmanageable = "ro.poCaseloadUnmanageable";
    public const string PsoCaseloadUnmanageable = "ro.psoCaseloadUnmanageable";
    private const string WorkloadColumn = "workload_manageable";

    public static IReadOnlyDictionary<string, EvidenceMeasure> Compute(InspectionDataset dataset)
    {
        var measures = new Dictionary<string, EvidenceMeasure>();
        void Add(EvidenceMeasure measure) => measures[measure.MetricId] = measure;

        // Every domain-two case is in the denominator: an "unknown" is a case without a clear record, not a missing case.
        var cases = dataset.Cases.Where(c => c.Sample == CaseSupervisionSample).ToList();
        foreach (var (metric, column, value, description) in CaseCharacteristics)
        {
            if (cases.Count == 0 || cases.All(c => c.Get(column) is null)) continue;
            var yes = cases.Count(c => c.Get(column) == value);
            Add(new(metric, description, new Tally(yes, cases.Count - yes), null));
        }

        var interviews = dataset.Interviews;
        foreach (var q in InterviewQuestions.All)
        {
            var answers = interviews.Where(i => i.Answers.ContainsKey(q.Column)).Select(i => i.Answers[q.Column]).ToList();
            if (answers.Count > 0) Add(new(q.MetricId, q.Text, new Tally(answers.Count(a => a), answers.Count(a => !a)), null));
        }

        // kd-1.2-caseload: the grade's average caseload, and the share of the grade who said their workload is not manageable.
        foreach (var (grade, average, unmanageable) in new[] { ("PO", PoAverageCaseload, PoCaseloadUnmanageable), ("PSO", PsoAverageCaseload, PsoCaseloadUnmanageable) })
        {
            var ofGrade = interviews.Where(i => i.Grade == grade).ToList();
            var caseloads = ofGrade.Where(i => i.Caseload is not null).Select(i => (decimal)i.Caseload!.Value).ToList();
            if (caseloads.Count > 0) Add(new(average, $"average caseload of {grade}s interviewed", null, caseloads.Average()));
            var said = ofGrade.Where(i => i.Answers.ContainsKey(WorkloadColumn)).ToList();
            if (said.Count > 0)
            {
                var no = said.Count(i => !i.Answers[WorkloadColumn]);
                Add(new(unmanageable, $"{grade}s describing their caseload as unmanageable", new Tally(no, said.Count - no), null));
            }
        }
        return measures;
    }
}
