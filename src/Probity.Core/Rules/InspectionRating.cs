using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;

namespace Probity.Core.Rules;

/// <summary>What the rater needs: counts per item, the judgement ratings, the panel's decisions, standards not inspected.</summary>
public sealed record RatingInputs
{
    /// <summary>Tallies by key question or prompt id, over each item's population.</summary>
    public required IReadOnlyDictionary<string, Tally> Tallies { get; init; }

    public IReadOnlyDictionary<string, Rating> DomainOneRatings { get; init; } = new Dictionary<string, Rating>();
    public IReadOnlyList<PanelDecision> PanelDecisions { get; init; } = [];
    public IReadOnlyCollection<string> NotInspected { get; init; } = [];

    /// <summary>Tallies split by the framework's views (area inspections); empty otherwise.</summary>
    public IReadOnlyList<ViewTallies> Views { get; init; } = [];

    public static RatingInputs From(InspectionDataset dataset) => new()
    {
        Tallies = AnswerTallies.Count(dataset),
        Views = AnswerTallies.CountByView(dataset),
        DomainOneRatings = dataset.Manifest.DomainOneRatings,
        PanelDecisions = dataset.Manifest.PanelDecisions,
        NotInspected = dataset.Manifest.NotInspected,
    };
}

public enum StandardStatus
{
    /// <summary>Has a final rating.</summary>
    Rated,

    /// <summary>Marked not inspected: no rating, and left out of the score and its maximum.</summary>
    NotInspected,

    /// <summary>Should have a rating but has none (no ratified judgement, or no key question with a value — R8).</summary>
    NoRating,

    /// <summary>The framework rates nothing.</summary>
    Unrated,
}

public sealed record KeyQuestionResult(KeyQuestion KeyQuestion, Tally? Tally, bool IsLowest)
{
    public int? Percent => Tally?.Percent;

    /// <summary>The band of a rated key question's percentage; null for qualitative-only and judgement questions.</summary>
    public Rating? Band { get; init; }
}

public sealed record StandardRating(Standard Standard, StandardStatus Status, IReadOnlyList<KeyQuestionResult> KeyQuestions)
{
    public int? LowestPercent { get; init; }
    public IReadOnlyList<string> LowestKeyQuestions { get; init; } = [];

    /// <summary>The banded rating (R7), or for a standard with a qualitative adjustment its indicative rating (R13).</summary>
    public Rating? IndicativeRating { get; init; }

    public DiscretionEligibility Eligibility { get; init; } = DiscretionEligibility.None;
    public PanelDecision? AppliedDecision { get; init; }

    /// <summary>R16: the published rating.</summary>
    public Rating? Rating { get; init; }

    public int? Score { get; init; }
}

/// <summary>A problem with the rating inputs; <see cref="DecisionIndex"/> points at the panel decision it is about.</summary>
public sealed record RatingProblem(string Message, int? DecisionIndex = null);

public sealed record InspectionRating(FrameworkVersion Framework, IReadOnlyList<StandardRating> Standards)
{
    public int? Score { get; init; }
    public int MaxScore { get; init; }
    public Rating? OverallRating { get; init; }

    /// <summary>Every answerable item's tally and percentage (R23 for prompts), by id.</summary>
    public IReadOnlyDictionary<string, Tally> Items { get; init; } = new Dictionary<string, Tally>();

    /// <summary>The same tallies split by the framework's views (one provider's cases of an area inspection).</summary>
    public IReadOnlyList<ViewTallies> Views { get; init; } = [];

    public IReadOnlyList<RatingProblem> Problems { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public StandardRating? Standard(string id) => Standards.FirstOrDefault(s => s.Standard.Id == id);

    public KeyQuestionResult? KeyQuestion(string id) =>
        Standards.SelectMany(s => s.KeyQuestions).FirstOrDefault(k => k.KeyQuestion.Id == id);
}
