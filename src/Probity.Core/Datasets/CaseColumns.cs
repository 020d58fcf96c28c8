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

    /// <summary>The nature of a disability, one yes/no column per kind (annual report 2019/20 §7.2: a multi-select), in its order.</summary>
    public static readonly IReadOnlyList<DisabilityKind> DisabilityKinds =
    [
        new("sight", "Blind or sight loss"),
        new("hearing", "Deaf or hearing loss"),
        new("mobility", "Mobility – for example, difficulty in walking short distances or climbing stairs"),
        new("dexterity", "Manual dexterity issues"),
        new("learning", "Learning disability"),
        new("mental-illness", "Mental illness"),
        new("speech", "Speech impairment"),
        new("cognitive", "Cognitive disability"),
        new("other", "Other impairment – for example, long-term or progressive condition, severe disfigurement"),
    ];

    /// <summary>The sentence has a mental health treatment requirement (annual report 2019/20 §7.2).</summary>
    public static readonly CaseColumn MentalHealthTreatmentRequirement;

    /// <summary>Through the Gate: where the person went on the first night after release (annual report 2019/20 §7.3).</summary>
    public static readonly CaseColumn FirstNightArrangement;

    /// <summary>The provider's own RoSH classification, beside the inspector's judgement in <see cref="Rosh"/> (annual report §6.2).</summary>
    public static readonly CaseColumn ProviderRosh;

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
        // The annual report's columns (2019/20), again after every earlier column.
        foreach (var d in DisabilityKinds)
            d.Column = Add("disability_" + d.Key.Replace('-', '_'), $"nature of the disability: {d.Name}", "yes", "no");
        MentalHealthTreatmentRequirement = Add("mhtr", "the sentence has a mental health treatment requirement", "yes", "no");
        FirstNightArrangement = Add("ttg_first_night_arrangement", "Through the Gate: the first night after release",
            "pre-existing", "new-permanent", "new-temporary", "none-or-not-recorded");
        ProviderRosh = Add("rosh_provider", "the provider's own classification of risk of serious harm", "low", "medium", "high", "very-high");
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

/// <summary>One kind of disability the annual report counts, with its yes/no case column.</summary>
public sealed class DisabilityKind(string key, string name)
{
    public string Key { get; } = key;
    public string Name { get; } = name;
    public CaseColumn Column { get; internal set; } = null!;
}

public sealed class OffendingFactor(string key, string name)
{
    public string Key { get; } = key;
    public string Name { get; } = name;
    public CaseColumn Need { get; internal set; } = null!;
    public CaseColumn Delivered { get; internal set; } = null!;
}
