using Probity.Core.Datasets;

namespace Probity.Core.Tests.Properties;

/// <summary>
/// Where two readings of a dataset differ, cell by cell: each difference named by its row (a case, or a case's answer
/// to one item) and its column, so a property can say that only one row, or one column, may differ.
/// </summary>
public static class DatasetDiff
{
    public sealed record Difference(string File, string Row, string Column);

    public static List<Difference> Between(InspectionDataset expected, InspectionDataset actual)
    {
        var differences = new List<Difference>();
        var actualCases = actual.Cases.Select((c, i) => (c, i)).ToDictionary(x => x.c.CaseId, x => x.i);
        var items = expected.Framework.Questions.Items;
        for (var c = 0; c < expected.Cases.Count; c++)
        {
            var before = expected.Cases[c];
            if (!actualCases.TryGetValue(before.CaseId, out var a))
            {
                differences.Add(new(CasesReader.FileName, before.CaseId, "case_id"));
                continue;
            }
            var after = actual.Cases[a];
            foreach (var column in CaseColumns.All.Where(column => before.Get(column) != after.Get(column)))
                differences.Add(new(CasesReader.FileName, before.CaseId, column.Name));
            if (before.ResponsibleOfficer != after.ResponsibleOfficer) differences.Add(new(CasesReader.FileName, before.CaseId, CasesReader.OfficerColumn));
            if (before.ResponsibleOfficerCaseload != after.ResponsibleOfficerCaseload) differences.Add(new(CasesReader.FileName, before.CaseId, CasesReader.CaseloadColumn));
            foreach (var extra in Extras(before).Union(Extras(after)).Where(e => !(Extras(before).Contains(e) && Extras(after).Contains(e))).Select(e => e.Key).Distinct())
                differences.Add(new(CasesReader.FileName, before.CaseId, extra));
            for (var q = 0; q < items.Count; q++)
            {
                var row = $"{before.CaseId} {items[q].Id}";
                if (expected.Answers[c, q] != actual.Answers[a, q]) differences.Add(new(AnswersReader.FileName, row, "answer"));
                if (expected.Answers.Note(c, q) != actual.Answers.Note(a, q)) differences.Add(new(AnswersReader.FileName, row, "note"));
            }
        }
        foreach (var added in actual.Cases.Where(c => !expected.Cases.Any(e => e.CaseId == c.CaseId)))
            differences.Add(new(CasesReader.FileName, added.CaseId, "case_id"));
        return differences;
    }

    private static HashSet<KeyValuePair<string, string>> Extras(CaseRecord record) => [.. record.ExtraColumns ?? new Dictionary<string, string>()];
}
