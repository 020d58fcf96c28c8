using Probity.Core.Ratings;

namespace Probity.Core.Frameworks;

/// <summary>
/// One versioned inspection framework (spec §1): domains → standards → key questions → prompts, the populations they
/// are asked of, and the rating rules. Built only by <see cref="FrameworkLoader"/>, from data.
/// </summary>
public sealed class FrameworkVersion
{
    private readonly Dictionary<string, Standard> _standards;
    private readonly Dictionary<string, KeyQuestion> _keyQuestions;
    private readonly Dictionary<string, Prompt> _prompts;
    private readonly Dictionary<string, Population> _populations;

    internal FrameworkVersion(string id, string title, IReadOnlyList<Domain> domains, IReadOnlyList<Population> populations,
        IReadOnlyList<ApplicabilityCondition> conditions, RatingRules? ratingRules, SignificanceRule significance)
    {
        Id = id;
        Title = title;
        Domains = domains;
        Populations = populations;
        Conditions = conditions;
        RatingRules = ratingRules;
        Significance = significance;
        _standards = Standards.ToDictionary(s => s.Id);
        _keyQuestions = Standards.SelectMany(s => s.KeyQuestions).ToDictionary(k => k.Id);
        _prompts = _keyQuestions.Values.SelectMany(k => k.Prompts).ToDictionary(p => p.Id);
        _populations = populations.ToDictionary(p => p.Id);
        Questions = new QuestionIndex(this);
    }

    public string Id { get; }
    public string Title { get; }
    public IReadOnlyList<string> ProviderTypes { get; internal init; } = [];
    public string? PreviousVersion { get; internal init; }

    /// <summary>False where the prompts' wording was never published (2018, spec §4.5): case data is key-question level only.</summary>
    public bool PromptsKnown { get; internal init; } = true;

    public Terminology Terminology { get; internal init; } = Terminology.ServiceUser;

    /// <summary>The samples a case of this framework may belong to (exchange format <c>sample</c>).</summary>
    public IReadOnlyList<string> Samples { get; internal init; } = [];

    /// <summary>
    /// The organisational views findings are reported under where one inspection covers several providers (Quality &amp;
    /// Impact 2017: the CRC, the NPS, and the two working together). Empty for single-provider frameworks.
    /// </summary>
    public IReadOnlyList<FrameworkView> Views { get; internal init; } = [];

    public IReadOnlyList<Domain> Domains { get; }
    public IReadOnlyList<Population> Populations { get; }
    public IReadOnlyList<ApplicabilityCondition> Conditions { get; }

    /// <summary>Null for a framework with no ratings at all (e.g. the 2017 Quality &amp; Impact inspections).</summary>
    public RatingRules? RatingRules { get; }

    public bool IsRated => RatingRules is not null;
    public SignificanceRule Significance { get; }

    /// <summary>Every answerable item (key questions asked per case, and prompts) with a dense index for answer grids.</summary>
    public QuestionIndex Questions { get; }

    public IEnumerable<Standard> Standards => Domains.SelectMany(d => d.Standards);
    public IEnumerable<KeyQuestion> KeyQuestions => Standards.SelectMany(s => s.KeyQuestions);

    public Standard? FindStandard(string id) => _standards.GetValueOrDefault(id);
    public KeyQuestion? FindKeyQuestion(string id) => _keyQuestions.GetValueOrDefault(id);
    public Prompt? FindPrompt(string id) => _prompts.GetValueOrDefault(id);
    public Population? FindPopulation(string id) => _populations.GetValueOrDefault(id);

    public override string ToString() => Id;
}

/// <summary>
/// One organisational view of an area inspection. A view with a <see cref="Population"/> (the CRC's cases) splits each
/// counted item's tally to those cases; one without (the CRC and NPS working together) is reported in narrative only.
/// </summary>
public sealed record FrameworkView(string Key, string Title, Population? Population);

/// <summary>The words a framework uses for the person and the practitioner (2019: "service user"; 2021: "person on probation").</summary>
public sealed record Terminology(string PersonOnProbation, string Practitioner)
{
    public static readonly Terminology ServiceUser = new("service user", "responsible officer");
}

public sealed class Domain
{
    internal Domain(string key, string title, IReadOnlyList<Standard> standards)
    {
        Key = key;
        Title = title;
        Standards = standards;
    }

    public string Key { get; }
    public string Title { get; }

    /// <summary>Heading on the ratings page, e.g. "4. CRC-specific work".</summary>
    public string RatingsPageHeading { get; internal init; } = "";

    /// <summary>Heading of the body chapter, e.g. "3. CRC-specific work" (spec §11 quirk 2).</summary>
    public string ChapterHeading { get; internal init; } = "";

    public string? Footnote { get; internal init; }
    public IReadOnlyList<Standard> Standards { get; }
}

public enum RatingBasis
{
    /// <summary>Rated from case data by the lowest key-question band (R7).</summary>
    CaseData,

    /// <summary>Rated by the lead inspector's judgement, ratified by the panel (R15).</summary>
    Judgement,

    /// <summary>Not rated at all (unrated frameworks).</summary>
    None,
}

public sealed class Standard
{
    internal Standard(string id, string name, string statement, RatingBasis ratedBy, IReadOnlyList<KeyQuestion> keyQuestions)
    {
        Id = id;
        Name = name;
        Statement = statement;
        RatedBy = ratedBy;
        KeyQuestions = keyQuestions;
        foreach (var kq in keyQuestions) kq.Standard = this;
    }

    public string Id { get; }
    public string Name { get; }
    public string Statement { get; }
    public RatingBasis RatedBy { get; }

    /// <summary>How the report names the standard's work, e.g. "reviewing", "Through the Gate".</summary>
    public string Topic { get; internal init; } = "";

    public QualitativeAdjustmentRule? QualitativeAdjustment { get; internal init; }
    public IReadOnlyList<KeyQuestion> KeyQuestions { get; }
    public Domain Domain { get; internal set; } = null!;

    public IEnumerable<KeyQuestion> RatedKeyQuestions => KeyQuestions.Where(k => k.Role == KeyQuestionRole.Rated);

    public override string ToString() => $"{Id} {Name}";
}

/// <summary>
/// R13: a standard whose indicative rating may be moved one band on the evidence of a qualitative-only key question
/// (2019 unpaid work, on 4.1.3).
/// </summary>
public sealed record QualitativeAdjustmentRule(string EvidenceKeyQuestion, int MaxBands);

public enum KeyQuestionRole
{
    /// <summary>Answered per case; its percentage is banded and rates the standard.</summary>
    Rated,

    /// <summary>Produces qualitative evidence only: no percentage, never banded (R9).</summary>
    QualitativeOnly,

    /// <summary>A heading for the lead inspector's judgement in a judgement-rated standard.</summary>
    Judgement,

    /// <summary>Answered per case and counted, but rates nothing (unrated frameworks).</summary>
    Counted,
}

public sealed class KeyQuestion
{
    internal KeyQuestion(string id, string title, KeyQuestionRole role, Population? population, IReadOnlyList<Prompt> prompts)
    {
        Id = id;
        Title = title;
        Role = role;
        Population = population;
        Prompts = prompts;
        foreach (var p in prompts) p.KeyQuestion = this;
    }

    public string Id { get; }

    /// <summary>The wording in the chapter key-question tables.</summary>
    public string Title { get; }

    /// <summary>The wording in Annex 4 and chapter sub-headings where it differs from <see cref="Title"/> (spec §4.6 row 6).</summary>
    public string? AnnexTitle { get; internal init; }

    public string HeadingTitle => AnnexTitle ?? Title;
    public KeyQuestionRole Role { get; }

    /// <summary>The cases it is asked of; null where it has no case data.</summary>
    public Population? Population { get; }

    /// <summary>Framework versions whose data for this item is comparable (R22).</summary>
    public IReadOnlyList<string> ComparableWith { get; internal init; } = [];

    /// <summary>Where the wording did not come from the version itself (2018 domain one, spec §4.2).</summary>
    public string? WordingSource { get; internal init; }

    /// <summary>Fixed text printed in place of a percentage, e.g. "This question produces qualitative evidence only."</summary>
    public string? TableText { get; internal init; }

    /// <summary>Where the report tables the prompts for each view in order of prevalence (Quality &amp; Impact's Tables 4 and 6).</summary>
    public PromptTable? PromptTable { get; internal init; }

    public IReadOnlyList<Prompt> Prompts { get; }
    public Standard Standard { get; internal set; } = null!;

    public bool IsAnsweredPerCase => Population is not null && Role is KeyQuestionRole.Rated or KeyQuestionRole.Counted;

    public bool IsComparableWith(string? version) => version is not null && ComparableWith.Contains(version);

    public override string ToString() => Id;
}

/// <summary>
/// A key question whose prompts each apply to only some cases (one per assessed need) is reported as a table per view: the
/// prompts in order of how many cases they applied to, each with the share answered yes. <see cref="Title"/> may name the
/// view's organisation as "{organisation}".
/// </summary>
public sealed record PromptTable(string Title, string RowHeading, string ValueHeading);

public sealed class Prompt
{
    internal Prompt(string id, string text, ApplicabilityCondition? condition)
    {
        Id = id;
        Text = text;
        Condition = condition;
    }

    public string Id { get; }
    public string Text { get; }
    public ApplicabilityCondition? Condition { get; }
    public string? Footnote { get; internal init; }
    public string? Note { get; internal init; }
    public IReadOnlyList<string> ComparableWith { get; internal init; } = [];
    public KeyQuestion KeyQuestion { get; internal set; } = null!;

    public bool IsComparableWith(string? version) => version is not null && ComparableWith.Contains(version);

    public override string ToString() => Id;
}
