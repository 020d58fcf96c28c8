using System.Collections.Concurrent;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Analysis;

/// <summary>
/// One inspection's yes / no / na counts for every answerable item, for all its cases and split by each
/// <see cref="CaseSplit"/> value: cell × item × 3 integers, filled in one pass over the packed answer bytes. Only cases in an
/// item's population (and a prompt's case-attribute condition) count, exactly as <see cref="AnswerTallies"/> counts them.
/// </summary>
public sealed class ItemTallies
{
    private static readonly ConcurrentDictionary<FrameworkVersion, Scopes> ScopesByFramework = new();
    private readonly Scopes _scopes;
    private readonly bool[] _inScope;
    private readonly int[] _cells = new int[CaseSplits.Every.Count];

    public ItemTallies(FrameworkVersion framework) : this(framework, new int[CountsLayout.CellCount * framework.Questions.Count * 3]) { }

    internal ItemTallies(FrameworkVersion framework, int[] counts)
    {
        Framework = framework;
        ItemCount = framework.Questions.Count;
        Counts = counts;
        _scopes = ScopesByFramework.GetOrAdd(framework, f => new Scopes(f));
        _inScope = new bool[_scopes.Distinct.Length];
    }

    public FrameworkVersion Framework { get; }
    public int ItemCount { get; }
    internal int[] Counts { get; }

    /// <summary>Counts one case's answers (one byte per item, as <see cref="AnswerGrid.Row"/>) into every split it falls in.</summary>
    public void Add(CaseRecord record, ReadOnlySpan<byte> answers)
    {
        if (answers.Length != ItemCount) throw new ArgumentException($"expected {ItemCount} answers, got {answers.Length}", nameof(answers));
        var any = false;
        for (var s = 0; s < _inScope.Length; s++) any |= _inScope[s] = _scopes.Distinct[s].Contains(record);
        if (!any) return;
        var stride = ItemCount * 3;
        foreach (var split in CaseSplits.Every) _cells[split.Index] = (CountsLayout.SplitCell[split.Index] + split.CodeOf(record)) * stride;
        var counts = Counts.AsSpan();
        var scopeOf = _scopes.IndexOfItem;
        for (var i = 0; i < answers.Length; i++)
        {
            var answer = answers[i];
            if (answer is 0 or > 3 || !_inScope[scopeOf[i]]) continue;
            var at = i * 3 + answer - 1; // Judgement.Yes = 1, No = 2, NotApplicable = 3
            foreach (var cell in _cells) counts[cell + at]++;
        }
    }

    /// <summary>One item's tally over the cases with <paramref name="code"/> of <paramref name="split"/>.</summary>
    public Tally Get(CaseSplit split, int code, int item)
    {
        var at = Offset(split, code) + item * 3;
        return new Tally(Counts[at], Counts[at + 1], Counts[at + 2]);
    }

    /// <summary>Every item's tally for all cases, by id: what <see cref="InspectionRater"/> rates.</summary>
    public IReadOnlyDictionary<string, Tally> ForAllCases()
    {
        var items = Framework.Questions.Items;
        var map = new Dictionary<string, Tally>(items.Count);
        for (var i = 0; i < items.Count; i++) map[items[i].Id] = Get(CaseSplits.All, 1, i);
        return map;
    }

    /// <summary>Adds one cell of this inspection's counts (yes/no/na per item) into <paramref name="sums"/>.</summary>
    public void AddCellTo(CaseSplit split, int code, Span<long> sums)
    {
        var cell = Counts.AsSpan(Offset(split, code), ItemCount * 3);
        for (var i = 0; i < cell.Length; i++) sums[i] += cell[i];
    }

    private int Offset(CaseSplit split, int code)
    {
        if ((uint)code >= (uint)split.CodeCount) throw new ArgumentOutOfRangeException(nameof(code));
        return (CountsLayout.SplitCell[split.Index] + code) * ItemCount * 3;
    }

    /// <summary>The distinct item scopes of a framework, evaluated once per case rather than once per item.</summary>
    private sealed class Scopes
    {
        public Scopes(FrameworkVersion framework)
        {
            var scopes = framework.Questions.Items.Select(AnswerTallies.ScopeOf).ToArray();
            Distinct = scopes.Distinct().ToArray();
            IndexOfItem = scopes.Select(s => Array.IndexOf(Distinct, s)).ToArray();
        }

        public ItemScope[] Distinct { get; }
        public int[] IndexOfItem { get; }
    }
}
