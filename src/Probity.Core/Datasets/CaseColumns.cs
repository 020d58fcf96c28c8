namespace Probity.Core.Datasets;

/// <summary>
/// The coded columns of cases.csv (exchange format §1). Each has a fixed vocabulary, so a case stores one small code per
/// column and framework populations can filter on any of them by name. Adding a column here is an additive format change.
/// </summary>
public sealed class CaseColumn
{
    internal CaseColumn(int ordinal, string name, string description, params string[] values)
    {
        Ordinal = ordinal;
        Name = name;
        Description = description;
        Values = values;
    }

    public int Ordinal { get; }
    public string Name { get; }
    public string Description { get; }

    /// <summary>The allowed tokens; the stored code of a token is its index + 1 (0 = not recorded).</summary>
    public IReadOnlyList<string> Values { get; }

    public byte Code(ReadOnlySpan<char> token)
    {
        for (var i = 0; i < Values.Count; i++)
            if (token.Equals(Values[i], StringComparison.Ordinal)) return (byte)(i + 1);
        return 0;
    }

    public string? Token(byte code) => code == 0 ? null : Values[code - 1];

    public override string ToString() => Name;
}

public static class CaseColumns
{
    private static readonly string[] YesNoUnknown = ["yes", "no", "unknown"];
    private static readonly List<CaseColumn> Columns = [];

    public static readonly CaseColumn Sample = Add("sample", "which sample the case was drawn into",
        "case-supervision", "unpaid-work", "through-the-gate", "court-work", "victim-work");
    public static readonly CaseColumn Disposal = Add("disposal", "community sentence or post-release supervision", "community", "post-release");
    public static readonly CaseColumn Rosh = Add("rosh", "the inspector's judgement of risk of serious harm", "low", "medium", "high", "very-high");
    public static readonly CaseColumn Sex = Add("sex", "sex of the person on probation", "male", "female");
    public static readonly CaseColumn RoGrade = Add("ro_grade", "the responsible officer's grade", "PO", "PSO", "PQiP", "other");
    public static readonly CaseColumn Bame = Add("bame", "black, Asian and minority ethnic", YesNoUnknown);
    public static readonly CaseColumn Disability = Add("disability", "has a disability", YesNoUnknown);
    public static readonly CaseColumn SubstanceMisuse = Add("substance_misuse", "inspectors identified substance misuse problems", YesNoUnknown);
    public static readonly CaseColumn DomesticAbuse = Add("domestic_abuse", "inspectors identified domestic abuse issues", YesNoUnknown);
    public static readonly CaseColumn ChildSafeguarding = Add("child_safeguarding", "inspectors identified child safeguarding issues", YesNoUnknown);
    public static readonly CaseColumn Iom = Add("iom", "an integrated offender management (IOM) case", YesNoUnknown);
    public static readonly CaseColumn FirstNightAccommodation = Add("ttg_first_night_accommodation",
        "Through the Gate: settled accommodation on the first night after release", YesNoUnknown);

    /// <summary>Which organisation managed the case, where one inspection covers several (Quality &amp; Impact 2017: CRC or NPS).</summary>
    public static readonly CaseColumn ManagingOrganisation;

    /// <summary>The offending-related factors of the annual report (seed 001, Figure 3), in its order.</summary>
    public static readonly IReadOnlyList<OffendingFactor> OffendingFactors =
    [
        new("accommodation", "Lack of or unstable accommodation"),
        new("ete", "Lack of education, training and employment (ETE)"),
        new("relationships", "Weak family support and lack of positive relationships"),
        new("lifestyle", "Lifestyle factors (including criminal friends and associates)"),
        new("alcohol", "Alcohol misuse"),
        new("drugs", "Drug misuse"),
        new("thinking-behaviour", "Inappropriate thinking and behaviour"),
        new("attitudes", "Inappropriate attitudes to offending"),
    ];

    static CaseColumns()
    {
        foreach (var f in OffendingFactors)
        {
            f.Need = Add("need_" + f.Key.Replace('-', '_'), $"offending-related factor identified: {f.Name}", "yes", "no");
            f.Delivered = Add("delivered_" + f.Key.Replace('-', '_'), $"services delivered for: {f.Name}", "yes", "no", "na");
        }
        // Added after the factor columns so that every earlier column keeps its ordinal.
        ManagingOrganisation = Add("managing_organisation", "the organisation managing the case, in an inspection of every provider in an area", "CRC", "NPS");
    }

    public static IReadOnlyList<CaseColumn> All => Columns;

    public static CaseColumn? Find(string name) => Columns.Find(c => c.Name == name);

    private static CaseColumn Add(string name, string description, params string[] values)
    {
        var column = new CaseColumn(Columns.Count, name, description, values);
        Columns.Add(column);
        return column;
    }
}

public sealed class OffendingFactor(string key, string name)
{
    public string Key { get; } = key;
    public string Name { get; } = name;
    public CaseColumn Need { get; internal set; } = null!;
    public CaseColumn Delivered { get; internal set; } = null!;
}
