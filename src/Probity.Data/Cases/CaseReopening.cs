using Probity.Core.Ratings;

namespace Probity.Data.Cases;

/// <summary>
/// A case a lead inspector reopened at the ratings panel: who, when and why, whether it is still open, and what has
/// changed since (each answer that differs from what the panel saw, and the status then and now).
/// </summary>
public sealed record CaseReopening(
    string CaseId,
    string Reason,
    string ReopenedBy,
    DateTimeOffset ReopenedAt,
    DateTimeOffset? ClosedAt,
    CaseAssessmentStatus StatusBefore,
    CaseAssessmentStatus StatusNow,
    IReadOnlyList<AnswerChange> Changes)
{
    public bool IsOpen => ClosedAt is null;
}

/// <summary>One answer as the panel saw it and as it is now (<see cref="Judgement.NotRecorded"/>: no answer).</summary>
public sealed record AnswerChange(string Question, Judgement Before, Judgement After);
