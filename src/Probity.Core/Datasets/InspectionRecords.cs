namespace Probity.Core.Datasets;

/// <summary>
/// The factual accuracy check as it happened: the deadline the lead set (null: the stage was never started), who set it
/// and when, and every comment the provider's contacts made with the lead's outcome.
/// </summary>
public sealed record FactualAccuracyRecord
{
    public DateOnly? Deadline { get; init; }
    public DateTimeOffset? SetAt { get; init; }
    public string? SetBy { get; init; }
    public IReadOnlyList<AccuracyComment> Comments { get; init; } = [];
}

/// <summary>What the lead inspector decided about a provider's factual accuracy comment.</summary>
public enum AccuracyOutcome { Accepted, Declined }

/// <summary>
/// A provider contact's comment on one section of the draft (<see cref="Section"/>: the report's anchor, <see cref="SectionTitle"/>:
/// its heading), and the lead's outcome once decided (null: not decided).
/// </summary>
public sealed record AccuracyComment(string Section, string SectionTitle, string Text, string MadeBy, DateTimeOffset MadeAt)
{
    public AccuracyOutcome? Outcome { get; init; }
    public string? OutcomeReason { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
}

/// <summary>
/// One published version of the report: version 1 is the publication, each later one a correction with its reason. The
/// last is the current version; the earlier ones are superseded, kept with the text as they published it.
/// </summary>
public sealed record PublishedVersion(int Number, DateOnly PublishedOn, DateTimeOffset PublishedAt, string PublishedBy)
{
    public string? Reason { get; init; }
    public IReadOnlyDictionary<string, string> Narrative { get; init; } = new Dictionary<string, string>();
}

/// <summary>A lead inspector's override of a check before publication: the finding it covers, the block and words, why, who and when.</summary>
public sealed record OverriddenCheck(string Finding, string Block, string Words, string Reason, string OverriddenBy, DateTimeOffset OverriddenAt);

/// <summary>How the sample changed after it was drawn: the cases withdrawn (some swapped for a reserve) and the cases added in their place or by hand.</summary>
public sealed record SampleChanges
{
    public IReadOnlyList<WithdrawnFromSample> Withdrawn { get; init; } = [];
    public IReadOnlyList<AddedToSample> Added { get; init; } = [];

    public bool IsEmpty => Withdrawn.Count == 0 && Added.Count == 0;
}

/// <summary>A case taken out of the sample, with why; <see cref="ReplacedBy"/> is the reserve that took its place when it was swapped.</summary>
public sealed record WithdrawnFromSample(string CaseId, string Sample, string Reason, DateTimeOffset WithdrawnAt, string WithdrawnBy)
{
    public string? Stratum { get; init; }
    public string? ReplacedBy { get; init; }
}

/// <summary>A case of cases.csv that came into the sample after the draw (a reserve in place of a withdrawn case, or added by hand), with why.</summary>
public sealed record AddedToSample(string CaseId, string Reason)
{
    public string? Stratum { get; init; }
}

/// <summary>The provider's answer to a recommendation after publication.</summary>
public enum ActionPlanAnswer { Agreed, PartiallyAgreed, NotAgreed }

/// <summary>The provider's action plan for one recommendation: its answer, the actions, who owns them and by when.</summary>
public sealed record ActionPlan(ActionPlanAnswer Answer, string Actions, string Owner)
{
    public DateOnly? TargetDate { get; init; }
}
