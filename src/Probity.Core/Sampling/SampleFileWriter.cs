using Probity.Core.Csv;
using Probity.Core.Datasets;

namespace Probity.Core.Sampling;

/// <summary>
/// Writes the sample file: the population's own columns for every drawn case, plus <c>stratum</c>, <c>role</c>
/// (<c>sample</c> or <c>reserve</c>) and <c>reserve_order</c>. The population is read a second time rather than kept in
/// memory: a million-row extract then costs a few hundred rows, not a copy of every cell.
/// </summary>
public static class SampleFileWriter
{
    /// <param name="population">The same text the draw was made from, read again from the start.</param>
    public static void Write(TextReader population, SampleDraw draw, TextWriter output)
    {
        var drawn = draw.Cases().ToList();
        var byRow = new Dictionary<int, int>(drawn.Count);
        for (var i = 0; i < drawn.Count; i++) byRow[drawn[i].Case.Row] = i;

        var problems = new List<DatasetProblem>();
        var table = CsvTable.Open(draw.PopulationFile, population, [PopulationColumns.CaseId], problems) ?? throw Changed(problems);
        var idColumn = table.IndexOf(PopulationColumns.CaseId);
        var cells = new string[drawn.Count][];
        for (var row = 0; table.Next(); row++)
        {
            if (!byRow.TryGetValue(row, out var i)) continue;
            if (table.Text(idColumn) != drawn[i].Case.CaseId) throw Changed([new(draw.PopulationFile, table.Line, $"expected case {drawn[i].Case.CaseId} here")]);
            cells[i] = Enumerable.Range(0, table.Header.Count).Select(table.Record.GetString).ToArray();
        }
        if (problems.Count > 0 || cells.Any(c => c is null)) throw Changed(problems);

        var csv = new CsvWriter(output);
        csv.Record([.. table.Header, .. PopulationColumns.AddedBySampling]);
        for (var i = 0; i < drawn.Count; i++)
        {
            foreach (var cell in cells[i]) csv.Field(cell);
            csv.Field(drawn[i].Stratum.Label);
            csv.Field(drawn[i].Role.Token());
            csv.Field(drawn[i].ReserveOrder);
            csv.EndRecord();
        }
    }

    private static InvalidOperationException Changed(IEnumerable<DatasetProblem> problems) =>
        new($"the population file changed after it was sampled; draw the sample again ({string.Join("; ", problems)})");
}
