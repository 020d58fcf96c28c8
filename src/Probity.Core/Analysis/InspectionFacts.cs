using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Analysis;

/// <summary>
/// One stored inspection as the national analysis sees it: who and when, its framework, its packed case counts, what the
/// rater needs beside them, and its interviews and recommendations. Storage fills in only the parts an analysis asks for.
/// </summary>
public sealed record InspectionFacts
{
    public required long Id { get; init; }
    public string? Reference { get; init; }
    public required long ProviderId { get; init; }
    public required string ProviderName { get; init; }
    public required ProviderType ProviderType { get; init; }
    public string? Region { get; init; }
    public required FrameworkVersion Framework { get; init; }
    public DateOnly? FieldworkStart { get; init; }

    /// <summary>Null when the inspection names no year and has no fieldwork start.</summary>
    public ProgrammeYear? Year { get; init; }

    public InspectionStatus Status { get; init; } = InspectionStatus.Planned;
    public FieldworkFacts Fieldwork { get; init; } = new();

    /// <summary>The item tallies and case profile (empty for an inspection without cases).</summary>
    public InspectionCounts? Counts { get; init; }

    public IReadOnlyDictionary<string, Rating> DomainOneRatings { get; init; } = new Dictionary<string, Rating>();
    public IReadOnlyList<PanelDecision> PanelDecisions { get; init; } = [];
    public IReadOnlyCollection<string> NotInspected { get; init; } = [];
    /// <summary>The responsible officer interviews, as counts.</summary>
    public InterviewTally Interviews { get; init; } = new();
    public IReadOnlyList<PreviousRecommendation> PreviousRecommendations { get; init; } = [];
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];

    public string YearLabel => Year?.ToString() ?? "unknown";

    public InspectionCounts RequireCounts() =>
        Counts ?? throw new InvalidOperationException($"inspection {Id}'s case counts were not loaded for this analysis");

    /// <summary>The inspection's ratings, from its tallies and its panel's decisions, as the rater gives them (R2–R19).</summary>
    public InspectionRating Rate() => InspectionRater.Rate(Framework, new RatingInputs
    {
        Tallies = RequireCounts().Tallies.ForAllCases(),
        DomainOneRatings = DomainOneRatings,
        PanelDecisions = PanelDecisions,
        NotInspected = NotInspected,
    });

    /// <summary>The facts of an inspection held in memory (a parsed dataset), for tests and the generator.</summary>
    public static InspectionFacts From(InspectionDataset dataset, long id, long providerId)
    {
        var m = dataset.Manifest;
        return new InspectionFacts
        {
            Id = id,
            Reference = m.Reference,
            ProviderId = providerId,
            ProviderName = m.Provider.Name,
            ProviderType = m.Provider.Type,
            Region = m.Provider.Region,
            Framework = dataset.Framework,
            FieldworkStart = m.FieldworkStart,
            Year = ProgrammeYear.For(m.ProgrammeYear, m.FieldworkStart),
            Status = m.Status ?? InspectionStatus.Planned,
            Fieldwork = m.Fieldwork,
            Counts = InspectionCounts.Of(dataset),
            DomainOneRatings = m.DomainOneRatings,
            PanelDecisions = m.PanelDecisions,
            NotInspected = m.NotInspected,
            Interviews = InterviewTally.Of(dataset.Interviews),
            PreviousRecommendations = m.Recommendations.Previous,
            Recommendations = m.Recommendations.New,
        };
    }
}
