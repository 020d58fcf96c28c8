using Probity.Core.Datasets;

namespace Probity.Core.Analysis;

/// <summary>
/// Counts of an inspection's cases by their attributes, per sample: how many cases, each column's values, caseload bands,
/// the attribute pairs of <see cref="CountsLayout.Pairs"/>, and the per-case need summary. Enough for every case-level count
/// of the annual report (case numbers, needs, disability, first night, characteristics) without reading a case again.
/// </summary>
public sealed class CaseProfile
{
    // "yes" is the first value of every need_* and delivered_* column.
    private const byte Yes = 1;

    public CaseProfile() : this(new int[CountsLayout.SampleCount * CountsLayout.PerSample]) { }

    internal CaseProfile(int[] counts) => Counts = counts;

    internal int[] Counts { get; }

    public void Add(CaseRecord record)
    {
        var at = record.Code(CaseColumns.Sample) * CountsLayout.PerSample;
        var c = Counts.AsSpan(at, CountsLayout.PerSample);
        c[0]++;
        foreach (var column in CaseColumns.All) c[CountsLayout.ColumnOffset[column.Ordinal] + record.Code(column)]++;
        c[CountsLayout.CaseloadOffset + CaseloadBands.CodeOf(record.ResponsibleOfficerCaseload)]++;
        foreach (var pair in CountsLayout.Pairs)
            c[CountsLayout.PairOffset[pair.Index] + record.Code(pair.First) * (pair.Second.Values.Count + 1) + record.Code(pair.Second)]++;

        var needs = 0;
        var delivered = 0;
        foreach (var f in CaseColumns.OffendingFactors)
        {
            if (record.Code(f.Need) != Yes) continue;
            needs++;
            if (record.Code(f.Delivered) == Yes) delivered++;
        }
        if (needs == 0) return;
        c[CountsLayout.NeedSummaryOffset]++;
        if (delivered > 0) c[CountsLayout.NeedSummaryOffset + 1]++;
        if (delivered == needs) c[CountsLayout.NeedSummaryOffset + 2]++;
    }

    /// <summary>Adds another inspection's counts into this one (pooling).</summary>
    public void Add(CaseProfile other)
    {
        for (var i = 0; i < Counts.Length; i++) Counts[i] += other.Counts[i];
    }

    public int Cases(string sample) => Sample(sample)[0];

    public int Cases()
    {
        var total = 0;
        for (var i = 0; i < Counts.Length; i += CountsLayout.PerSample) total += Counts[i];
        return total;
    }

    /// <summary>Cases of <paramref name="sample"/> whose <paramref name="column"/> has <paramref name="token"/> (null: not recorded).</summary>
    public int Count(string sample, CaseColumn column, string? token) =>
        Sample(sample)[CountsLayout.ColumnOffset[column.Ordinal] + CodeOf(column, token)];

    /// <summary>Cases of the sample whose responsible officer's caseload falls in a band (code 0: no caseload recorded).</summary>
    public int CaseloadBand(string sample, int code) => Sample(sample)[CountsLayout.CaseloadOffset + code];

    /// <summary>Cases with <paramref name="first"/> in the pair's first column and <paramref name="second"/> in its second.</summary>
    public int Joint(string sample, AttributePair pair, string? first, string? second) =>
        Sample(sample)[CountsLayout.PairOffset[pair.Index] + CodeOf(pair.First, first) * (pair.Second.Values.Count + 1) + CodeOf(pair.Second, second)];

    /// <summary>Per case: with at least one offending-related factor; with services delivered for at least one; for every one.</summary>
    public (int WithNeed, int AnyDelivered, int AllDelivered) NeedSummary(string sample)
    {
        var c = Sample(sample);
        return (c[CountsLayout.NeedSummaryOffset], c[CountsLayout.NeedSummaryOffset + 1], c[CountsLayout.NeedSummaryOffset + 2]);
    }

    private ReadOnlySpan<int> Sample(string sample)
    {
        var code = CaseColumns.Sample.Code(sample);
        if (code == 0) throw new ArgumentException($"\"{sample}\" is not a sample", nameof(sample));
        return Counts.AsSpan(code * CountsLayout.PerSample, CountsLayout.PerSample);
    }

    private static byte CodeOf(CaseColumn column, string? token)
    {
        if (token is null) return 0;
        var code = column.Code(token);
        return code != 0 ? code : throw new ArgumentException($"\"{token}\" is not a value of {column.Name}", nameof(token));
    }
}
