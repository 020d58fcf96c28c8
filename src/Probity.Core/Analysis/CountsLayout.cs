using System.Text;
using Probity.Core.Datasets;

namespace Probity.Core.Analysis;

/// <summary>
/// Where each count sits in an inspection's packed tallies and case profile. The layout follows the splits and the case
/// columns, so its <see cref="Fingerprint"/> changes whenever they do: stored tallies with another fingerprint are rebuilt
/// from the cases rather than misread.
/// </summary>
public static class CountsLayout
{
    /// <summary>Per split, the index of its first cell (code 0); a cell holds yes/no/na for every item.</summary>
    internal static readonly int[] SplitCell;
    internal static readonly int CellCount;

    /// <summary>The case-attribute pairs counted jointly, e.g. need_drugs × delivered_drugs.</summary>
    public static readonly IReadOnlyList<AttributePair> Pairs;

    internal static readonly int[] ColumnOffset;
    internal static readonly int[] PairOffset;
    internal static readonly int CaseloadOffset;
    internal static readonly int NeedSummaryOffset;

    /// <summary>Counts kept for each sample (cases, every column's values, caseload bands, pairs, the need summary).</summary>
    internal static readonly int PerSample;

    internal static readonly int SampleCount = CaseColumns.Sample.Values.Count + 1;

    public static readonly ulong Fingerprint;

    static CountsLayout()
    {
        var description = new StringBuilder("probity-cube/1|splits");
        SplitCell = new int[CaseSplits.Every.Count];
        foreach (var split in CaseSplits.Every)
        {
            SplitCell[split.Index] = CellCount;
            CellCount += split.CodeCount;
            description.Append('|').Append(split.Key).Append(':').AppendJoin(',', split.Values);
        }

        var pairs = new List<AttributePair>();
        foreach (var f in CaseColumns.OffendingFactors) pairs.Add(new(pairs.Count, f.Need, f.Delivered));
        foreach (var d in CaseColumns.DisabilityKinds) pairs.Add(new(pairs.Count, CaseColumns.Disability, d.Column));
        pairs.Add(new(pairs.Count, CaseColumns.ProviderRosh, CaseColumns.Rosh));
        Pairs = pairs;

        var next = 1; // 0: cases
        description.Append("|columns");
        ColumnOffset = new int[CaseColumns.All.Count];
        foreach (var column in CaseColumns.All)
        {
            ColumnOffset[column.Ordinal] = next;
            next += column.Values.Count + 1;
            description.Append('|').Append(column.Name).Append(':').AppendJoin(',', column.Values);
        }
        CaseloadOffset = next;
        next += CaseloadBands.Tokens.Count + 1;
        description.Append("|caseload:").AppendJoin(',', CaseloadBands.Tokens).Append("|pairs");
        PairOffset = new int[pairs.Count];
        foreach (var pair in pairs)
        {
            PairOffset[pair.Index] = next;
            next += (pair.First.Values.Count + 1) * (pair.Second.Values.Count + 1);
            description.Append('|').Append(pair.First.Name).Append('×').Append(pair.Second.Name);
        }
        NeedSummaryOffset = next;
        next += 3;
        PerSample = next;
        description.Append("|needs:3");
        Fingerprint = Fnv1a(description.ToString());
    }

    public static AttributePair NeedPair(OffendingFactor factor) => Pairs.First(p => p.Second == factor.Delivered);

    public static AttributePair DisabilityPair(DisabilityKind kind) => Pairs.First(p => p.Second == kind.Column);

    public static AttributePair RoshAgreement => Pairs[^1];

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}

/// <summary>Two case columns counted together (value of the first × value of the second).</summary>
public sealed record AttributePair(int Index, CaseColumn First, CaseColumn Second);
