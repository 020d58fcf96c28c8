using Probity.Core.Statistics;
using Probity.Explore.Questions;

namespace Probity.Explore.Engine;

/// <summary>
/// One cell of an answer: the codes of its split values (-1: a total over that split), its yes / no / not applicable counts,
/// and the inspections behind it. A cell whose base (yes + no) is fewer than 5 is <see cref="Suppressed"/>, and so is a
/// total that would give such a cell away by subtraction.
/// </summary>
public sealed record ExploreCell(int[] Codes, long Yes, long No, long NotApplicable, int Inspections)
{
    public const int SuppressionBase = 5;

    public bool Suppressed { get; internal set; }

    public bool IsTotal => Codes.Contains(-1);

    public long Base => Yes + No;

    /// <summary>Cases (or interviews) with an answer: yes, no or not applicable.</summary>
    public long Cases => Yes + No + NotApplicable;

    public double? Percentage => Base == 0 ? null : 100.0 * Yes / Base;

    /// <summary>The 95% Wilson interval of the percentage, in percent.</summary>
    public (double Lower, double Upper)? Interval => Base == 0 ? null
        : WilsonInterval.Compute((int)Yes, (int)Base, 0.95) is var (l, u) ? (100 * l, 100 * u) : null;
}

/// <summary>The answer to a question: the cells of every split value that has answers, then the totals.</summary>
public sealed class ExploreResult
{
    internal ExploreResult(Question question, IReadOnlyList<ExploreCell> cells, IReadOnlyList<ExploreCell> totals)
    {
        Question = question;
        Cells = cells;
        Totals = totals;
        Suppression.Apply(question.Splits.Count, cells, totals);
    }

    public Question Question { get; }
    public IReadOnlyList<ExploreCell> Cells { get; }

    /// <summary>With one split, the overall total; with two, the total of each value of either split and the overall total.</summary>
    public IReadOnlyList<ExploreCell> Totals { get; }

    public string Label(ExploreCell cell, int split) =>
        cell.Codes[split] < 0 ? "all" : Question.Splits[split].Label(cell.Codes[split]);
}

/// <summary>
/// Statistical disclosure control: primary suppression of small bases, then any total with exactly one suppressed part
/// (which subtraction would give away), repeated until nothing changes, since a suppressed total is a part of a larger one.
/// </summary>
internal static class Suppression
{
    public static void Apply(int splits, IReadOnlyList<ExploreCell> cells, IReadOnlyList<ExploreCell> totals)
    {
        foreach (var cell in cells.Concat(totals)) cell.Suppressed = cell.Base < ExploreCell.SuppressionBase;
        if (splits == 0) return;
        var groups = new List<(ExploreCell Total, List<ExploreCell> Parts)>();
        if (splits == 1) groups.Add((totals.Single(), [.. cells]));
        else
        {
            var grand = totals.Single(t => t.Codes[0] < 0 && t.Codes[1] < 0);
            var rows = totals.Where(t => t.Codes[0] >= 0).ToList();
            var columns = totals.Where(t => t.Codes[1] >= 0).ToList();
            groups.AddRange(rows.Select(r => (r, cells.Where(c => c.Codes[0] == r.Codes[0]).ToList())));
            groups.AddRange(columns.Select(k => (k, cells.Where(c => c.Codes[1] == k.Codes[1]).ToList())));
            groups.Add((grand, rows));
            groups.Add((grand, columns));
        }
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (total, parts) in groups)
                if (!total.Suppressed && parts.Count(p => p.Suppressed) == 1)
                    changed = total.Suppressed = true;
        }
    }
}
