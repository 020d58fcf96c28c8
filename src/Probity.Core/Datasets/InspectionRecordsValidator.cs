namespace Probity.Core.Datasets;

/// <summary>
/// The checks of the inspection's records that need its cases and status: a withdrawn case is no longer in cases.csv, the
/// case that replaced it and each added case are, no case is listed twice; published versions belong to a published
/// inspection; one override per finding and one plan per recommendation's number.
/// </summary>
internal static class InspectionRecordsValidator
{
    public static void Check(InspectionDataset dataset, Action<string, string> report)
    {
        // Named by field as the manifest reader names its problems ("sampleChanges.added[0].caseId: …").
        void problem(string path, string message) => report(path, $"{path[2..]}: {message}");
        var m = dataset.Manifest;
        var withdrawn = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < m.SampleChanges.Withdrawn.Count; i++)
        {
            var w = m.SampleChanges.Withdrawn[i];
            var path = $"$.sampleChanges.withdrawn[{i}]";
            if (!withdrawn.Add(w.CaseId)) problem($"{path}.caseId", $"case {w.CaseId} is listed as withdrawn more than once");
            if (dataset.IndexOf(w.CaseId) is not null)
                problem($"{path}.caseId", $"case {w.CaseId} is withdrawn from the sample but is still in cases.csv: a withdrawn case has no answers");
        }
        for (var i = 0; i < m.SampleChanges.Withdrawn.Count; i++)
            if (m.SampleChanges.Withdrawn[i].ReplacedBy is { } reserve && dataset.IndexOf(reserve) is null && !withdrawn.Contains(reserve))
                problem($"$.sampleChanges.withdrawn[{i}].replacedBy", $"case {reserve} is neither in cases.csv nor withdrawn");
        var added = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < m.SampleChanges.Added.Count; i++)
        {
            var a = m.SampleChanges.Added[i];
            var path = $"$.sampleChanges.added[{i}].caseId";
            if (!added.Add(a.CaseId)) problem(path, $"case {a.CaseId} is listed as added more than once");
            if (dataset.IndexOf(a.CaseId) is null) problem(path, $"case {a.CaseId} is added to the sample but is not in cases.csv");
        }
        if (m.Publication.Count > 0 && m.Status != InspectionStatus.Published)
            problem("$.publication", $"the report has published versions, so the status must be \"{InspectionStatus.Published.Token()}\"");
        var findings = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < m.CheckOverrides.Count; i++)
            if (!findings.Add(m.CheckOverrides[i].Finding))
                problem($"$.checkOverrides[{i}].finding", "this check is overridden twice: keep one override per finding");
        var numbers = new HashSet<int>();
        for (var i = 0; i < m.Recommendations.New.Count; i++)
            if (!numbers.Add(m.Recommendations.New[i].Number))
                problem($"$.recommendations.new[{i}].number", $"recommendation {m.Recommendations.New[i].Number} is listed twice");
    }
}
