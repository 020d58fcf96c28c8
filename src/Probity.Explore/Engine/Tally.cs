namespace Probity.Explore.Engine;

/// <summary>
/// Counts per cell (yes, no, not applicable) and the inspections behind each cell and total; one per thread while counting,
/// merged at the end. A cell's index is its split codes in order (code of the first split × size of the second + …).
/// </summary>
internal sealed class Tally(int cells, int[] inspectionSlots)
{
    private readonly long[] _counts = new long[cells * 3];
    private readonly int[] _inspections = new int[cells];
    private readonly Dictionary<(int, int), int> _totalInspections = [];

    public int Cells { get; } = cells;

    /// <summary>Adds one inspection's counts over its own cells (the case splits only; its inspection codes are fixed).</summary>
    public void AddInspection(ExploreData.InspectionEntry entry, long[] counts, int[] caseSplitIndexes, int[] localSizes, int[] sizes)
    {
        var rows = new HashSet<int>();
        var columns = new HashSet<int>();
        var codes = new int[sizes.Length];
        for (var local = 0; local < counts.Length / 3; local++)
        {
            if (counts[local * 3] + counts[local * 3 + 1] + counts[local * 3 + 2] == 0) continue;
            var rest = local;
            for (var k = localSizes.Length - 1; k >= 0; k--)
            {
                codes[caseSplitIndexes[k]] = rest % localSizes[k];
                rest /= localSizes[k];
            }
            for (var k = 0; k < sizes.Length; k++)
                if (Array.IndexOf(caseSplitIndexes, k) < 0) codes[k] = entry.Codes[SlotOf(k)];
            var cell = 0;
            for (var k = 0; k < sizes.Length; k++) cell = cell * sizes[k] + codes[k];
            for (var s = 0; s < 3; s++) _counts[cell * 3 + s] += counts[local * 3 + s];
            _inspections[cell]++;
            if (sizes.Length > 0) rows.Add(codes[0]);
            if (sizes.Length > 1) columns.Add(codes[1]);
        }
        if (rows.Count == 0) return;
        Bump((-1, -1));
        foreach (var r in rows) if (sizes.Length > 1) Bump((r, -1));
        foreach (var c in columns) Bump((-1, c));
    }

    /// <summary>Per split, the inspection attribute slot it reads (case splits: unused).</summary>
    public int[] InspectionSlots { get; } = inspectionSlots;

    private int SlotOf(int split) => InspectionSlots[split];

    private void Bump((int, int) key) => _totalInspections[key] = _totalInspections.GetValueOrDefault(key) + 1;

    public void Merge(Tally other)
    {
        lock (this)
        {
            for (var i = 0; i < _counts.Length; i++) _counts[i] += other._counts[i];
            for (var i = 0; i < _inspections.Length; i++) _inspections[i] += other._inspections[i];
            foreach (var (k, v) in other._totalInspections) _totalInspections[k] = _totalInspections.GetValueOrDefault(k) + v;
        }
    }

    public ExploreResult Result(Questions.Question question, int[] sizes)
    {
        var cells = new List<ExploreCell>();
        for (var cell = 0; cell < Cells; cell++)
        {
            if (_counts[cell * 3] + _counts[cell * 3 + 1] + _counts[cell * 3 + 2] == 0) continue;
            var codes = new int[sizes.Length];
            var rest = cell;
            for (var k = sizes.Length - 1; k >= 0; k--)
            {
                codes[k] = rest % sizes[k];
                rest /= sizes[k];
            }
            cells.Add(new ExploreCell(codes, _counts[cell * 3], _counts[cell * 3 + 1], _counts[cell * 3 + 2], _inspections[cell]));
        }
        var totals = new List<ExploreCell>();
        if (sizes.Length == 2)
        {
            foreach (var r in cells.Select(c => c.Codes[0]).Distinct().Order()) totals.Add(Total(cells.Where(c => c.Codes[0] == r), [r, -1]));
            foreach (var k in cells.Select(c => c.Codes[1]).Distinct().Order()) totals.Add(Total(cells.Where(c => c.Codes[1] == k), [-1, k]));
        }
        if (sizes.Length > 0) totals.Add(Total(cells, [.. sizes.Select(_ => -1)]));
        return new ExploreResult(question, cells, totals);
    }

    private ExploreCell Total(IEnumerable<ExploreCell> parts, int[] codes)
    {
        var list = parts.ToList();
        var key = codes.Length == 1 ? (-1, -1) : (codes[0], codes[1]);
        return new ExploreCell(codes, list.Sum(c => c.Yes), list.Sum(c => c.No), list.Sum(c => c.NotApplicable), _totalInspections.GetValueOrDefault(key));
    }
}
