using System.Globalization;
using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.FactualAccuracy;

/// <summary>
/// The factual accuracy check: moving to the stage sets the provider's deadline; until it passes, the provider's contacts
/// comment on sections of the draft report; the lead inspector accepts each comment or declines it with a reason. Ratings
/// stay as ratified (the case data is locked from drafting on). Every step is audited.
/// </summary>
public sealed class FactualAccuracyStore
{
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal FactualAccuracyStore(InspectionGuard guard, AuditLog audit, TimeProvider clock)
    {
        _guard = guard;
        _audit = audit;
        _clock = clock;
    }

    public Task<FactualAccuracyCheck> GetAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync(inspectionId, (s, _) => ReadAsync(s, inspectionId, ct), ct);

    /// <summary>Moves the inspection from drafting to factual accuracy with the provider's deadline (today or later), in one change.</summary>
    public Task<InspectionSummary> StartAsync(long inspectionId, DateOnly deadline, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (s, before) =>
        {
            if (deadline < Today)
                throw new ChangeRefusedException($"The deadline {deadline:d MMMM yyyy} has already passed: give the provider a deadline from today on.");
            var after = await InspectionStore.MoveAsync(s, _audit, before, InspectionStatus.FactualAccuracy, expectedVersion, actor, null, null, ct);
            var earlier = (await ReadAsync(s, inspectionId, ct)).Deadline;
            await s.ExecuteAsync("delete from factual_accuracy_checks where inspection_id = @id", ct, ("id", inspectionId));
            await s.ExecuteAsync("insert into factual_accuracy_checks (inspection_id, deadline, set_at, set_by) values (@id, @deadline, @at, @by)", ct,
                ("id", inspectionId), ("deadline", deadline), ("at", _clock.GetUtcNow()), ("by", actor.UserName));
            await _audit.AppendAsync(s, actor, inspectionId, "factual-accuracy", Key(inspectionId), "set-deadline",
                earlier is null ? null : new { Deadline = earlier }, new { Deadline = deadline }, ct);
            return after;
        }, ct);

    /// <summary>A provider contact's comment on a section of the draft; refused outside the stage or after the deadline.</summary>
    public Task<long> CommentAsync(long inspectionId, string section, string sectionTitle, string text, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (s, inspection) =>
        {
            var check = await ReadAsync(s, inspectionId, ct);
            if (inspection.Status != InspectionStatus.FactualAccuracy)
                throw new ChangeRefusedException("The draft report is not out for its factual accuracy check, so comments cannot be added.");
            if (!check.OpenOn(Today))
                throw new ChangeRefusedException($"The deadline for comments was {check.Deadline:d MMMM yyyy}: comments can no longer be added. Contact the lead inspector.");
            if (string.IsNullOrWhiteSpace(section) || string.IsNullOrWhiteSpace(sectionTitle)) throw new ChangeRefusedException("Choose the section of the report the comment is about.");
            if (string.IsNullOrWhiteSpace(text)) throw new ChangeRefusedException("The comment is empty.");
            var id = (await s.ScalarAsync<long?>(
                "insert into factual_accuracy_comments (inspection_id, section, section_title, comment, made_by, made_at) " +
                "values (@id, @section, @title, @comment, @by, @at) returning id", ct,
                ("id", inspectionId), ("section", section), ("title", sectionTitle), ("comment", text), ("by", actor.UserName), ("at", _clock.GetUtcNow())))!.Value;
            await _audit.AppendAsync(s, actor, inspectionId, "factual-accuracy-comment", Key(id), "comment", null,
                new { Section = section, SectionTitle = sectionTitle, Comment = text }, ct);
            return id;
        }, ct);

    /// <summary>The lead inspector's outcome for a comment: accepted, or declined with a reason. Only in the factual accuracy stage.</summary>
    public Task<int> DecideAsync(long inspectionId, long commentId, CommentOutcome outcome, string? reason, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (s, inspection) =>
        {
            if (inspection.Status != InspectionStatus.FactualAccuracy)
                throw new ChangeRefusedException("Comments are decided during the factual accuracy check; the inspection is at " +
                    $"{inspection.Status.DisplayName().ToLowerInvariant()}.");
            var before = (await ReadAsync(s, inspectionId, ct)).Comments.FirstOrDefault(c => c.Id == commentId)
                ?? throw new RecordNotFoundException($"there is no comment {commentId} on this inspection");
            reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            if (outcome == CommentOutcome.Declined && reason is null)
                throw new ChangeRefusedException("Say why the comment is declined: the provider sees the reason.");
            var record = new RecordRef(inspectionId, "factual-accuracy-comment", Key(commentId), $"the comment on {before.SectionTitle}");
            var version = await VersionCheckedWrites.UpdateAsync(s, "factual_accuracy_comments",
                "outcome = @outcome, outcome_reason = @reason, decided_by = @by, decided_at = @at", "id = @comment and inspection_id = @id", expectedVersion, record, ct,
                ("comment", commentId), ("id", inspectionId), ("outcome", outcome.Token()), ("reason", reason), ("by", actor.UserName), ("at", _clock.GetUtcNow()));
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "decide",
                new { Outcome = before.Outcome?.Token(), Reason = before.OutcomeReason }, new { Outcome = outcome.Token(), Reason = reason }, ct);
            return version;
        }, ct);

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    private static async Task<FactualAccuracyCheck> ReadAsync(DbSession session, long inspectionId, CancellationToken ct)
    {
        var deadline = (await session.QueryAsync("select deadline from factual_accuracy_checks where inspection_id = @id", r => r.Date("deadline"), ct, ("id", inspectionId)))
            .FirstOrDefault();
        // The contact's name as the pages print it comes with each comment; the account's user name stays what is kept.
        var comments = await session.QueryAsync(
            "select c.*, u.display_name as made_by_name from factual_accuracy_comments c left join users u on u.user_name = c.made_by " +
            "where c.inspection_id = @id order by c.id", r => new FactualAccuracyComment(
            r.Id("id"), r.Required("section"), r.Required("section_title"), r.Required("comment"), r.Required("made_by"), r.Timestamp("made_at")!.Value,
            CommentOutcomeNames.Parse(r.Text("outcome")), r.Text("outcome_reason"), r.Text("decided_by"), r.Timestamp("decided_at"), r.Int("version")!.Value)
            { MadeByName = r.Text("made_by_name") }, ct, ("id", inspectionId));
        return new FactualAccuracyCheck(deadline, comments);
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
