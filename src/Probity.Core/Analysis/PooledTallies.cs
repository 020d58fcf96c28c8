using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Core.Analysis;

/// <summary>
/// The yes / no / na of every item of one framework version summed over many inspections (one split value, or all cases):
/// the pooled national figure, Σ yes / Σ (yes + no) — the natural reading of "proportion of CRC cases" (annual report §6.1).
/// </summary>
public sealed class PooledTallies
{
    private readonly long[] _sums;

    public PooledTallies(FrameworkVersion framework)
    {
        Framework = framework;
        _sums = new long[framework.Questions.Count * 3];
    }

    public FrameworkVersion Framework { get; }

    public static PooledTallies Of(IEnumerable<InspectionFacts> inspections, FrameworkVersion framework, CaseSplit split, int code)
    {
        var pooled = new PooledTallies(framework);
        foreach (var i in inspections) pooled.Add(i.RequireCounts().Tallies, split, code);
        return pooled;
    }

    public void Add(ItemTallies tallies, CaseSplit split, int code) => tallies.AddCellTo(split, code, _sums);

    public void Add(PooledTallies other)
    {
        for (var i = 0; i < _sums.Length; i++) _sums[i] += other._sums[i];
    }

    public Tally this[int item] => new(checked((int)_sums[item * 3]), checked((int)_sums[item * 3 + 1]), checked((int)_sums[item * 3 + 2]));

    public Tally this[string id] => this[Framework.Questions[id].Index];
}
