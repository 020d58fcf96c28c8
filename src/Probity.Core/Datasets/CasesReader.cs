using Probity.Core.Csv;
using Probity.Core.Frameworks;
using Probity.Core.Input;

namespace Probity.Core.Datasets;

/// <summary>Reads cases.csv: one row per inspected case, coded columns checked against their vocabularies.</summary>
public static class CasesReader
{
    public const string FileName = "cases.csv";
    public const string CaseIdColumn = "case_id";
    public const string OfficerColumn = "ro_id";
    public const string CaseloadColumn = "ro_caseload";

    public sealed record Result(List<CaseRecord> Cases, Dictionary<string, int> Lines);

    /// <param name="framework">When known, samples are checked against it.</param>
    public static Result? Read(TextReader text, FrameworkVersion? framework, List<DatasetProblem> problems, ReadingLimits? limits = null)
    {
        var table = CsvTable.Open(FileName, text, [CaseIdColumn, CaseColumns.Sample.Name], problems, limits);
        if (table is null) return null;
        var idColumn = table.IndexOf(CaseIdColumn);
        var officerColumn = table.IndexOf(OfficerColumn);
        var caseloadColumn = table.IndexOf(CaseloadColumn);
        var coded = CaseColumns.All.Select(c => (Column: c, Index: table.IndexOf(c.Name))).Where(c => c.Index is not null).ToList();
        var known = new HashSet<string>(CaseColumns.All.Select(c => c.Name)) { CaseIdColumn, OfficerColumn, CaseloadColumn };
        var extras = table.Header.Select((name, i) => (name, i)).Where(h => h.name.Length > 0 && !known.Contains(h.name)).ToList();

        var cases = new List<CaseRecord>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        while (table.Next())
        {
            if (table.UniqueCaseId(idColumn, lines) is not { } id) continue;
            var record = new CaseRecord(id);
            foreach (var (column, index) in coded)
            {
                var value = table[index];
                if (value.IsEmpty) continue;
                var code = column.Code(value);
                if (code == 0) table.Problem($"{column.Name} \"{value}\" is not one of {string.Join(", ", column.Values)}");
                else record.SetCode(column, code);
            }
            var sample = record.Get(CaseColumns.Sample);
            if (sample is null && table[table.IndexOf(CaseColumns.Sample.Name)].IsEmpty)
                table.Problem($"case {id} has no sample; it must be one of {string.Join(", ", framework?.Samples ?? CaseColumns.Sample.Values)}");
            else if (sample is not null && framework is not null && !framework.Samples.Contains(sample))
                table.Problem($"sample \"{sample}\" is not used by framework {framework.Id} (its samples: {string.Join(", ", framework.Samples)})");
            record.ResponsibleOfficer = table.Text(officerColumn);
            record.ResponsibleOfficerCaseload = table.Number(caseloadColumn, CaseloadColumn);
            if (extras.Count > 0 && extras.Where(e => !table[e.i].IsEmpty).ToDictionary(e => e.name, e => table[e.i].ToString()) is { Count: > 0 } kept)
                record.ExtraColumns = kept;
            cases.Add(record);
        }
        // Cases read up to a refusal are not the inspection's cases: checking answers against them would only mislead.
        return table.Stopped ? null : new Result(cases, lines);
    }
}
