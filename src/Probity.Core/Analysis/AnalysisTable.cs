namespace Probity.Core.Analysis;

/// <summary>A column of an analysis table: its key (CSV header and JSON name) and its printed heading.</summary>
public sealed record AnalysisColumn(string Key, string Header);

/// <summary>
/// One table of figures: what the CLI writes as CSV and JSON and the dashboard prints beside its chart. Cells hold text,
/// whole numbers, decimals, booleans or nothing (null: no value, e.g. a percentage of no cases).
/// </summary>
public sealed class AnalysisTable
{
    private readonly List<object?[]> _rows = [];

    public AnalysisTable(string key, string title, params (string Key, string Header)[] columns)
    {
        Key = key;
        Title = title;
        Columns = columns.Select(c => new AnalysisColumn(c.Key, c.Header)).ToList();
    }

    public string Key { get; }
    public string Title { get; }
    public IReadOnlyList<AnalysisColumn> Columns { get; }
    public IReadOnlyList<object?[]> Rows => _rows;

    public void Add(params object?[] values)
    {
        if (values.Length != Columns.Count) throw new ArgumentException($"table {Key} has {Columns.Count} columns; got {values.Length} values");
        _rows.Add(values);
    }

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Key == column) return i;
        throw new ArgumentException($"table {Key} has no column \"{column}\"", nameof(column));
    }

    /// <summary>The rows whose cells equal the given values, e.g. <c>Where(("year", "2019/20"), ("item", "2.1.3"))</c>.</summary>
    public IEnumerable<AnalysisRow> Where(params (string Column, object? Value)[] match)
    {
        var at = match.Select(m => (Index: IndexOf(m.Column), m.Value)).ToArray();
        return _rows.Where(r => at.All(m => Equals(r[m.Index], m.Value))).Select(r => new AnalysisRow(this, r));
    }

    public AnalysisRow Single(params (string Column, object? Value)[] match) => Where(match).Single();
}

/// <summary>One row, read by column key.</summary>
public readonly record struct AnalysisRow(AnalysisTable Table, object?[] Cells)
{
    public object? this[string column] => Cells[Table.IndexOf(column)];
}

/// <summary>The outcome of one analysis over a scope: its tables, charts drawn from them, and notes on method.</summary>
public sealed record AnalysisResult(string Name, string Title, AnalysisScope Scope, int Inspections, IReadOnlyList<AnalysisTable> Tables)
{
    public IReadOnlyList<BarChart> Charts { get; init; } = [];

    /// <summary>How the figures are computed where the annual report leaves it open, and what was left out.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public AnalysisTable Table(string key) => Tables.FirstOrDefault(t => t.Key == key)
        ?? throw new ArgumentException($"analysis {Name} has no table \"{key}\"", nameof(key));
}
