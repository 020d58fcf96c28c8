using Probity.Core.Csv;
using Probity.Core.Datasets;
using Probity.Core.Input;

namespace Probity.Core.Sampling;

/// <summary>
/// Reads a caseload extract (CSV, exchange-format conventions: header row, columns in any order, unknown columns kept
/// and ignored). Accepted whole or not at all: every problem is reported as file:line and the result is then null.
/// </summary>
public static class PopulationReader
{
    public static SamplingPopulation? Read(string fileName, TextReader text, SamplingPlan plan, List<DatasetProblem> problems,
        ReadingLimits? limits = null)
    {
        var before = problems.Count;
        var table = CsvTable.Open(fileName, text, plan.RequiredColumns(), problems, limits);
        if (table is null) return null;
        foreach (var name in PopulationColumns.AddedBySampling.Where(table.Header.Contains))
            problems.Add(new(fileName, 1, $"the column \"{name}\" is one the sample file adds; rename it in the population"));

        var columns = new Columns(table);
        var cases = new List<PopulationCase>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var offices = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        while (table.Next())
        {
            if (table.UniqueCaseId(columns.CaseId, lines) is not { } id) continue;
            cases.Add(new PopulationCase(id, table.Line, cases.Count)
            {
                Sex = Code(table, columns.Sex, PopulationColumns.Sex),
                Disposal = Code(table, columns.Disposal, PopulationColumns.Disposal),
                RecordedRosh = Code(table, columns.RecordedRosh, PopulationColumns.RecordedRosh),
                OfficerGrade = Code(table, columns.OfficerGrade, PopulationColumns.OfficerGrade),
                ManagedBy = Code(table, columns.ManagedBy, PopulationColumns.ManagedBy),
                TtgEntitled = Code(table, columns.TtgEntitled, PopulationColumns.TtgEntitled),
                SentenceDate = Date(table, columns.SentenceDate, PopulationColumns.SentenceDate),
                ReleaseDate = Date(table, columns.ReleaseDate, PopulationColumns.ReleaseDate),
                Requirements = Requirements(table, columns.Requirements),
                Office = Intern(offices, table[columns.Office]),
            });
        }
        return problems.Count == before ? new SamplingPopulation(fileName, table.Header, cases) : null;
    }

    private static byte Code(CsvTable table, int? index, Datasets.CaseColumn column)
    {
        var value = table[index];
        if (value.IsEmpty) return 0;
        var code = column.Code(value);
        if (code == 0) table.Problem($"{column.Name} \"{value}\" is not one of {string.Join(", ", column.Values)}");
        return code;
    }

    private static DateOnly? Date(CsvTable table, int? index, string column)
    {
        var value = table[index];
        if (value.IsEmpty) return null;
        if (IsoDate.TryParse(value, out var date)) return date;
        table.Problem($"{column} \"{value}\" is not a date written yyyy-mm-dd");
        return null;
    }

    private static ushort Requirements(CsvTable table, int? index)
    {
        ushort flags = 0;
        foreach (var range in table[index].Split(PopulationColumns.RequirementSeparator))
        {
            var token = table[index][range].Trim();
            if (token.IsEmpty) continue;
            var found = false;
            for (var i = 0; i < PopulationColumns.RequirementTypes.Count && !found; i++)
                if (token.Equals(PopulationColumns.RequirementTypes[i], StringComparison.Ordinal))
                {
                    flags |= (ushort)(1 << i);
                    found = true;
                }
            if (!found)
                table.Problem($"requirement \"{token}\" is not one of {string.Join(", ", PopulationColumns.RequirementTypes)} (separate several with \"{PopulationColumns.RequirementSeparator}\")");
        }
        return flags;
    }

    // A million rows name a handful of offices: keep one string per office.
    private static string? Intern(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> offices, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return null;
        if (offices.TryGetValue(value, out var known)) return known;
        var office = value.ToString();
        offices[office] = office;
        return office;
    }

    private sealed class Columns(CsvTable table)
    {
        public readonly int? CaseId = table.IndexOf(PopulationColumns.CaseId);
        public readonly int? Sex = table.IndexOf(PopulationColumns.Sex.Name);
        public readonly int? Disposal = table.IndexOf(PopulationColumns.Disposal.Name);
        public readonly int? RecordedRosh = table.IndexOf(PopulationColumns.RecordedRosh.Name);
        public readonly int? OfficerGrade = table.IndexOf(PopulationColumns.OfficerGrade.Name);
        public readonly int? ManagedBy = table.IndexOf(PopulationColumns.ManagedBy.Name);
        public readonly int? TtgEntitled = table.IndexOf(PopulationColumns.TtgEntitled.Name);
        public readonly int? SentenceDate = table.IndexOf(PopulationColumns.SentenceDate);
        public readonly int? ReleaseDate = table.IndexOf(PopulationColumns.ReleaseDate);
        public readonly int? Requirements = table.IndexOf(PopulationColumns.Requirements);
        public readonly int? Office = table.IndexOf(PopulationColumns.Office);
    }
}
