namespace Probity.Core.Analysis;

/// <summary>
/// A horizontal bar chart of one analysis table: a bar (or a stack of segments) per category, a colour per series. The
/// table it is drawn from (<see cref="TableKey"/>) is always printed beside it, so no figure is only in the picture.
/// </summary>
public sealed record BarChart(string Key, string Title, string Description, string TableKey, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>Segments of one bar adding up (counts of ratings) rather than bars side by side (percentages).</summary>
    public bool Stacked { get; init; }

    /// <summary>"%" for percentages (the axis runs to 100), empty for counts.</summary>
    public string Unit { get; init; } = "";
}

/// <summary>One series: a value (or none) per category, and an optional colour.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, string? Colour = null);
