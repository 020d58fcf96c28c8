namespace Probity.Core.Stages;

/// <summary>
/// What the stage gates look at, gathered by whoever stores the inspection: whether a sample was drawn, who holds the
/// sampled cases and how far each one is, and what the rater still reports.
/// </summary>
public sealed record StageFacts
{
    /// <summary>A sample has been drawn (or the sampled cases came with an imported inspection).</summary>
    public bool SampleDrawn { get; init; }

    /// <summary>Sampled cases (not withdrawn) held by an inspector.</summary>
    public int CasesAssigned { get; init; }

    /// <summary>Sampled cases (not withdrawn) whose assessment is not completed, with where each one is ("in progress").</summary>
    public IReadOnlyList<UnfinishedCase> CasesNotCompleted { get; init; } = [];

    /// <summary>What the rater refuses (a panel decision the rules do not allow, a rating out of its band…), in its words.</summary>
    public IReadOnlyList<string> RatingProblems { get; init; } = [];

    /// <summary>Rated standards with no rating yet, as "1.1 Leadership".</summary>
    public IReadOnlyList<string> StandardsWithoutRating { get; init; } = [];
}

/// <summary>A sampled case still being assessed: its reference and its assessment status in words.</summary>
public sealed record UnfinishedCase(string CaseReference, string Status);
