using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Data.Audit;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.Cases;

/// <summary>
/// Reopening one case at the ratings panel: its answers are frozen there, and a lead inspector lets one case change again,
/// with a reason. The panel sees each reopened case with what changed since.
/// </summary>
public sealed class CaseReopeningStore
{
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal CaseReopeningStore(InspectionGuard guard, AuditLog audit, TimeProvider clock)
    {
        _guard = guard;
        _audit = audit;
        _clock = clock;
    }

    /// <summary>Reopens the case (at the ratings panel only): it goes back to in progress and its holder may save again.</summary>
    public Task ReopenAsync(long inspectionId, string caseId, string reason, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeCaseDataAsync(inspectionId, async (session, inspection) =>
        {
            if (inspection.Status != InspectionStatus.RatingsPanel)
                throw new ChangeRefusedException($"A case is reopened at the ratings panel; this inspection is at {inspection.Status.DisplayName().ToLowerInvariant()}, " +
                    "where its cases can be changed without reopening.");
            if (string.IsNullOrWhiteSpace(reason)) throw new ChangeRefusedException($"Say why case {caseId} is reopened: the panel sees the reason beside what changed.");
            var row = await session.QuerySingleAsync("select answers, assessment_status from cases where inspection_id = @id and case_ref = @case",
                r => new Frozen(r.Bytes("answers"), r.Required("assessment_status")), ct, ("id", inspectionId), ("case", caseId))
                ?? throw new RecordNotFoundException($"inspection {inspectionId} has no case \"{caseId}\"");
            if (await CaseReopenings.IsOpenAsync(session, inspectionId, caseId, ct))
                throw new ChangeRefusedException($"Case {caseId} is already reopened.");
            await session.ExecuteAsync(
                "insert into case_reopenings (inspection_id, case_ref, reason, answers_before, status_before, reopened_at, reopened_by) " +
                "values (@id, @case, @reason, @answers, @status, @at, @by)", ct,
                ("id", inspectionId), ("case", caseId), ("reason", reason.Trim()), ("answers", row.Answers), ("status", row.Status), ("at", _clock.GetUtcNow()), ("by", actor.UserName));
            await session.ExecuteAsync("update cases set assessment_status = @status, version = version + 1 where inspection_id = @id and case_ref = @case", ct,
                ("status", CaseAssessmentStatus.InProgress.Token()), ("id", inspectionId), ("case", caseId));
            await _audit.AppendAsync(session, actor, inspectionId, "case", caseId, "reopen", new { Status = row.Status },
                new { Status = CaseAssessmentStatus.InProgress.Token(), Reason = reason.Trim() }, ct);
        }, ct);

    /// <summary>Every reopening of the inspection's cases, oldest first, each with what changed since.</summary>
    public Task<IReadOnlyList<CaseReopening>> ListAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<CaseReopening>>(inspectionId, async (session, inspection) =>
        {
            var framework = FrameworkCatalog.Get(inspection.Framework);
            return await session.QueryAsync(
                "select o.case_ref, o.reason, o.reopened_by, o.reopened_at, o.closed_at, o.answers_before, o.status_before, c.answers, c.assessment_status " +
                "from case_reopenings o join cases c on c.inspection_id = o.inspection_id and c.case_ref = o.case_ref " +
                "where o.inspection_id = @id order by o.id",
                r => new CaseReopening(r.Required("case_ref"), r.Required("reason"), r.Required("reopened_by"), r.Timestamp("reopened_at")!.Value,
                    r.Timestamp("closed_at"), CaseAssessmentStatusNames.Parse(r.Required("status_before")),
                    CaseAssessmentStatusNames.Parse(r.Required("assessment_status")), Changes(framework, r.Bytes("answers_before"), r.Bytes("answers"))),
                ct, ("id", inspectionId));
        }, ct);

    private sealed record Frozen(byte[] Answers, string Status);

    private static List<AnswerChange> Changes(FrameworkVersion framework, byte[] before, byte[] after)
    {
        var changes = new List<AnswerChange>();
        for (var i = 0; i < framework.Questions.Count; i++)
        {
            var was = i < before.Length ? before[i] : (byte)0;
            var now = i < after.Length ? after[i] : (byte)0;
            if (was != now) changes.Add(new AnswerChange(framework.Questions.Items[i].Id, (Judgement)was, (Judgement)now));
        }
        return changes;
    }
}
