using Probity.Core.Datasets;
using Probity.Core.Ratings;

namespace Probity.Data.Cases;

/// <summary>
/// One case's assessment as an inspector edits it: answers by item id (key question or prompt; an item not in the map
/// is not recorded), evidence notes by item id, practice examples, and the assessment's status. Save it with the
/// <see cref="Version"/> it was loaded at; a save from an older version is refused.
/// </summary>
public sealed record CaseAssessment
{
    public required long InspectionId { get; init; }
    public required string CaseId { get; init; }

    /// <summary>The case's attributes (sample, RoSH, …), which decide which items it may answer yes or no.</summary>
    public required CaseRecord Case { get; init; }

    public IReadOnlyDictionary<string, Judgement> Answers { get; init; } = new Dictionary<string, Judgement>();
    public IReadOnlyDictionary<string, string> Notes { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<PracticeExample> PracticeExamples { get; init; } = [];
    public CaseAssessmentStatus Status { get; init; }

    /// <summary>The user name of the inspector who holds the case (changed with <see cref="CaseAssessmentStore.AssignAsync"/>).</summary>
    public string? AssignedTo { get; init; }

    public int Version { get; init; }
}

/// <summary>A case in an inspection's case list.</summary>
public sealed record CaseSummary(string CaseId, string Sample, CaseAssessmentStatus Status, string? AssignedTo, int Answered, int Version);
