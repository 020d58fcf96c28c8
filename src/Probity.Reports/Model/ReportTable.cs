namespace Probity.Reports.Model;

/// <summary>How a cell's value reads as a number, for exports that keep numbers as numbers (XLSX).</summary>
public enum CellUnit { None, Percent, Number }

/// <summary>One printed cell: its text exactly as printed, bold for the lowest key question (R7), and footnote markers.</summary>
public sealed record Cell(string Text)
{
    public static readonly Cell Empty = new("");

    public bool Bold { get; init; }
    public IReadOnlyList<int> Notes { get; init; } = [];

    /// <summary>The number behind the text, where there is one (74 for "74%").</summary>
    public decimal? Value { get; init; }

    public CellUnit Unit { get; init; }

    /// <summary>R20–R21: the figure differs significantly from the one it is compared with.</summary>
    public bool Significant { get; init; }

    public static Cell Percent(int percent) => new($"{percent}%") { Value = percent, Unit = CellUnit.Percent };

    public Cell WithNote(int? note) => note is { } n ? this with { Notes = [.. Notes, n] } : this;
}

public enum RowKind
{
    /// <summary>A row of values.</summary>
    Values,

    /// <summary>A heading row inside a table (a standard, or a key question in Annex 4).</summary>
    Heading,

    /// <summary>A second-level heading row.</summary>
    Subheading,
}

public sealed record TableRow(Cell Label, IReadOnlyList<Cell> Cells)
{
    public RowKind Kind { get; init; } = RowKind.Values;

    /// <summary>The framework id the row is about (standard, key question or prompt), for tests and exports.</summary>
    public string? ItemId { get; init; }
}

/// <summary>
/// A table exactly as the report prints it. The HTML, the PDF and every export read the same object, so an export can
/// never disagree with the report.
/// </summary>
public sealed record ReportTable(string Id, string Title, Cell Corner, IReadOnlyList<Cell> Columns, IReadOnlyList<TableRow> Rows)
{
    /// <summary>Printed under the table; null where the table speaks for itself.</summary>
    public string? Caption { get; init; }
}
