using Probity.Core.Ratings;
using Probity.Core.Text;

namespace Probity.Core.Datasets;

/// <summary>
/// inspection.json: everything about an inspection that is not case data (exchange format §1). The fields of the contract
/// come first; the rest are additive extensions, each optional, that the report and the database need.
/// </summary>
public sealed record InspectionManifest
{
    public required string Framework { get; init; }
    public required ProviderInfo Provider { get; init; }
    public string? Reference { get; init; }
    public string? LeadInspector { get; init; }
    public DateOnly? FieldworkStart { get; init; }
    public DateOnly? FieldworkEnd { get; init; }

    /// <summary>Month of publication, "yyyy-MM".</summary>
    public string? Published { get; init; }

    public InspectionStatus? Status { get; init; }

    /// <summary>
    /// The inspection programme year it belongs to, "2019/20" (annual report 2019/20 §1.2: a round can run past March).
    /// When absent, the national analysis takes the April-to-March year of <see cref="FieldworkStart"/>.
    /// </summary>
    public string? ProgrammeYear { get; init; }

    /// <summary>Standards not inspected this time: excluded from the score and its maximum.</summary>
    public IReadOnlyList<string> NotInspected { get; init; } = [];

    /// <summary>The ratified judgement for each standard rated by judgement (R15).</summary>
    public IReadOnlyDictionary<string, Rating> DomainOneRatings { get; init; } = new Dictionary<string, Rating>();

    /// <summary>The lead inspector's proposals and rationale behind <see cref="DomainOneRatings"/>.</summary>
    public IReadOnlyDictionary<string, DomainOneProposal> DomainOneProposals { get; init; } = new Dictionary<string, DomainOneProposal>();

    public IReadOnlyList<PanelDecision> PanelDecisions { get; init; } = [];

    /// <summary>Per sample: the required size and whether every eligible case was taken (methodology, spec §6.2).</summary>
    public IReadOnlyDictionary<string, SamplePlan> Samples { get; init; } = new Dictionary<string, SamplePlan>();

    public FieldworkFacts Fieldwork { get; init; } = new();
    public PreviousInspection? PreviousInspection { get; init; }
    public ComparatorResults? NationalComparator { get; init; }
    public IReadOnlyList<KeyDataTable> KeyData { get; init; } = [];
    public IReadOnlyList<ContextualFact> ContextualFacts { get; init; } = [];
    public IReadOnlyList<PerformanceMeasure> PerformanceAgainstKeyTargets { get; init; } = [];
    public RecommendationSet Recommendations { get; init; } = new();

    /// <summary>Text blocks inspectors write, by section key (e.g. "executive-summary", "standard:2.1").</summary>
    public IReadOnlyDictionary<string, string> Narrative { get; init; } = new Dictionary<string, string>();

    /// <summary>The provider's factual accuracy check of the draft; null when it never happened.</summary>
    public FactualAccuracyRecord? FactualAccuracy { get; init; }

    /// <summary>Every published version of the report, the first first; empty when it was not published in Probity.</summary>
    public IReadOnlyList<PublishedVersion> Publication { get; init; } = [];

    public IReadOnlyList<OverriddenCheck> CheckOverrides { get; init; } = [];

    public SampleChanges SampleChanges { get; init; } = new();
}

public sealed record ProviderInfo(string Name, ProviderType Type)
{
    public string? ShortName { get; init; }

    /// <summary>The region a PDU belongs to.</summary>
    public string? Region { get; init; }

    public string DisplayShortName => ShortName ?? Name;
}

/// <summary>
/// Who is inspected. <see cref="Area"/> is a Quality &amp; Impact inspection (2017) of every provider in one police and crime
/// commissioner area together, with each case's <c>managing_organisation</c> saying which provider it belongs to.
/// </summary>
public enum ProviderType { CRC, NPS, PDU, Region, Area }

/// <summary>The inspection lifecycle, in order (see <see cref="Stages.StageGates"/>). Factual accuracy: the provider checks the draft report.</summary>
public enum InspectionStatus { Planned, Fieldwork, QualityAssurance, RatingsPanel, Drafting, FactualAccuracy, Published }

public static class InspectionStatusNames
{
    private static readonly string[] Displays = ["Planned", "Fieldwork", "Quality assurance", "Ratings panel", "Drafting", "Factual accuracy", "Published"];

    public static IReadOnlyList<string> AllTokens => ExchangeTokens.Statuses.Tokens;
    public static string Token(this InspectionStatus status) => ExchangeTokens.Statuses.Token(status);
    public static string DisplayName(this InspectionStatus status) => Displays[(int)status];
    public static bool TryParse(string? token, out InspectionStatus status) => ExchangeTokens.Statuses.TryParse(token, out status);
}

public sealed record DomainOneProposal(Rating? Proposed, string? Rationale);

public enum PanelMove { Up, Down }

public enum DecisionBasis
{
    /// <summary>Professional discretion near a band boundary (R11–R12); needs eligibility.</summary>
    Discretion,

    /// <summary>The unpaid-work qualitative adjustment (R13); no eligibility needed.</summary>
    UnpaidWorkQualitative,
}

/// <summary>A ratings panel decision moving one standard's rating one band (R12).</summary>
public sealed record PanelDecision(string Standard, PanelMove Move, DecisionBasis Basis, string Rationale)
{
    public string? ProposedBy { get; init; }
    public string? RatifiedBy { get; init; }
    public DateOnly? DecisionDate { get; init; }

    /// <summary>
    /// Why the rules do not cover this move, when the panel uses its discretion on a standard they do not make eligible
    /// in that direction (R12); null for a move the rules allow.
    /// </summary>
    public string? OutsideRules { get; init; }
}

public sealed record SamplePlan
{
    public int? Required { get; init; }
    public bool Census { get; init; }
    public int? EligiblePopulation { get; init; }
    public string? Note { get; init; }
}

/// <summary>Counts of fieldwork evidence printed in the report (spec §6.6). Null = not recorded.</summary>
public sealed record FieldworkFacts
{
    public int? ResponsibleOfficersInterviewed { get; init; }
    public int? Meetings { get; init; }
    public int? ServiceUsersContactAttempted { get; init; }
    public int? ServiceUsersViewsRecorded { get; init; }
    public int? ObservedWorkProjects { get; init; }
    public int? ObservedInductionSessions { get; init; }
    public string? OfficesVisited { get; init; }
    public string? SiteVisits { get; init; }
}

/// <summary>One comparison figure: counts where known (so R20 can test it), otherwise the printed percentage.</summary>
public sealed record ComparisonFigure
{
    public int? Yes { get; init; }
    public int? Answered { get; init; }
    public int? Percent { get; init; }

    public bool HasCounts => Yes is not null && Answered is > 0;
}

/// <summary>Key-question and prompt results of another inspection or an aggregate, by item id.</summary>
public record ComparatorResults
{
    public string? Label { get; init; }
    public string? Source { get; init; }

    /// <summary>The period the figures cover, as a sentence prints it ("between June 2018 and June 2019").</summary>
    public string? Period { get; init; }

    public IReadOnlyDictionary<string, ComparisonFigure> Results { get; init; } = new Dictionary<string, ComparisonFigure>();
}

/// <summary>The previous inspection of the same provider, as printed beside this one.</summary>
public sealed record PreviousInspection : ComparatorResults
{
    public string? Framework { get; init; }
    public int? Year { get; init; }
    public string? Reference { get; init; }
    public Rating? OverallRating { get; init; }
    public int? Score { get; init; }
    public IReadOnlyDictionary<string, Rating> Ratings { get; init; } = new Dictionary<string, Rating>();
}

/// <summary>A provider-supplied or inspection-derived table with fixed row labels (spec §7.2).</summary>
public sealed record KeyDataTable
{
    public required string Id { get; init; }
    public string? Standard { get; init; }
    public string? Title { get; init; }
    public string? PlacedUnder { get; init; }
    public IReadOnlyList<string> Columns { get; init; } = [];
    public string? Source { get; init; }
    public IReadOnlyList<KeyDataRow> Rows { get; init; } = [];
}

/// <summary>A row: one value per column; a null value may carry printed text instead ("No data", "Not known").</summary>
public sealed record KeyDataRow
{
    public required string Label { get; init; }
    public IReadOnlyList<decimal?> Values { get; init; } = [];
    public IReadOnlyList<string?> ValueText { get; init; } = [];
    public string? Unit { get; init; }
    public string? Footnote { get; init; }
}

public sealed record ContextualFact(string Label, string Value)
{
    public string? Source { get; init; }
}

public sealed record PerformanceMeasure(string Measure, string Label)
{
    public decimal? Provider { get; init; }
    public decimal? EnglandAndWales { get; init; }
    public decimal? Target { get; init; }
    public string? Source { get; init; }
}

public sealed record RecommendationSet
{
    public IReadOnlyList<PreviousRecommendation> Previous { get; init; } = [];
    public IReadOnlyList<Recommendation> New { get; init; } = [];
}

public enum RecommendationProgress { NoProgress, SomeProgress, SufficientProgress }

public static class RecommendationProgressNames
{
    public static IReadOnlyList<string> AllTokens => ExchangeTokens.Progress.Tokens;
    public static string Token(this RecommendationProgress progress) => ExchangeTokens.Progress.Token(progress);
    public static bool TryParse(string? token, out RecommendationProgress progress) => ExchangeTokens.Progress.TryParse(token, out progress);
}

public sealed record PreviousRecommendation(int Number, string Text)
{
    public RecommendationProgress? Progress { get; init; }
    public string? Evidence { get; init; }
}

public sealed record Recommendation(int Number, string Text)
{
    /// <summary>Who must act, e.g. the provider, "North East region", "HM Prison and Probation Service".</summary>
    public string? Addressee { get; init; }

    /// <summary>The number of the previous inspection's recommendation this one repeats.</summary>
    public int? RepeatsPrevious { get; init; }

    /// <summary>The narrative key of the text block whose finding the recommendation comes from (e.g. "standard:2.2:improvements").</summary>
    public string? Finding { get; init; }

    /// <summary>The provider's action plan for this recommendation, once published; null until recorded.</summary>
    public ActionPlan? ActionPlan { get; init; }
}
