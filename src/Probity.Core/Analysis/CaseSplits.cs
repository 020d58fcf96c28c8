using Probity.Core.Datasets;

namespace Probity.Core.Analysis;

/// <summary>
/// A case attribute the national figures are split by (annual report 2019/20 §5–6: RoSH level, responsible officer grade,
/// sex, IOM, caseload band). Each case falls in one value of each split; code 0 is "not recorded" and is never compared.
/// </summary>
public sealed class CaseSplit
{
    private readonly Func<CaseRecord, byte> _codeOf;

    internal CaseSplit(int index, string key, string title, IReadOnlyList<string> values, IReadOnlyList<string> labels, Func<CaseRecord, byte> codeOf)
    {
        Index = index;
        Key = key;
        Title = title;
        Values = values;
        Labels = labels;
        _codeOf = codeOf;
    }

    public int Index { get; }
    public string Key { get; }
    public string Title { get; }

    /// <summary>The tokens of codes 1, 2, …</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>How a value is printed, e.g. "fewer than 50".</summary>
    public IReadOnlyList<string> Labels { get; }

    public int CodeCount => Values.Count + 1;

    public byte CodeOf(CaseRecord record) => _codeOf(record);

    public string Label(int code) => code == 0 ? "not recorded" : Labels[code - 1];

    public override string ToString() => Key;
}

public static class CaseSplits
{
    private static readonly List<CaseSplit> Splits = [];

    /// <summary>Every case: the national pool itself.</summary>
    public static readonly CaseSplit All = Add("all", "All cases", ["all"], ["all cases"], _ => 1);

    public static readonly CaseSplit Rosh = Column("rosh", "Risk of serious harm (the inspector's judgement)", CaseColumns.Rosh);
    public static readonly CaseSplit ResponsibleOfficerGrade = Column("ro-grade", "Responsible officer's grade", CaseColumns.RoGrade);
    public static readonly CaseSplit Sex = Column("sex", "Sex", CaseColumns.Sex);
    public static readonly CaseSplit Iom = Column("iom", "Integrated offender management (IOM) case", CaseColumns.Iom);

    public static readonly CaseSplit CaseloadBand = Add("caseload-band", "Responsible officer's caseload",
        CaseloadBands.Tokens, CaseloadBands.Labels, r => CaseloadBands.CodeOf(r.ResponsibleOfficerCaseload));

    public static IReadOnlyList<CaseSplit> Every => Splits;

    /// <summary>The splits a national figure is compared across (all but <see cref="All"/>).</summary>
    public static IEnumerable<CaseSplit> Comparisons => Splits.Skip(1);

    public static CaseSplit? Find(string key) => Splits.Find(s => s.Key == key);

    private static CaseSplit Column(string key, string title, CaseColumn column) =>
        Add(key, title, column.Values, column.Values, r => r.Code(column));

    private static CaseSplit Add(string key, string title, IReadOnlyList<string> values, IReadOnlyList<string> labels, Func<CaseRecord, byte> codeOf)
    {
        var split = new CaseSplit(Splits.Count, key, title, values, labels, codeOf);
        Splits.Add(split);
        return split;
    }
}

/// <summary>The annual report's caseload bands (fewer than 50, 50 to 74, 75 or more), coded 1–3; 0 = no caseload recorded.</summary>
public static class CaseloadBands
{
    public static readonly IReadOnlyList<string> Tokens = ["under-50", "50-74", "75-plus"];
    public static readonly IReadOnlyList<string> Labels = ["fewer than 50", "50 to 74", "75 or more"];

    public static byte CodeOf(int? caseload) => caseload switch
    {
        null or < 0 => 0,
        < 50 => 1,
        < 75 => 2,
        _ => 3,
    };
}
