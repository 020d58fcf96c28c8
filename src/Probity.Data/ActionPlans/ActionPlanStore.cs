using System.Globalization;
using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.ActionPlans;

/// <summary>
/// The provider's action plan: after publication its contacts record, for each recommendation, agreed / partially agreed /
/// not agreed, the actions, an owner and a target date. The next inspection of the provider starts its progress
/// judgements on the previous recommendations from this plan.
/// </summary>
public sealed class ActionPlanStore
{
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;

    internal ActionPlanStore(InspectionGuard guard, AuditLog audit)
    {
        _guard = guard;
        _audit = audit;
    }

    /// <summary>Each recommendation of the inspection, in order, with the plan recorded for it.</summary>
    public Task<IReadOnlyList<PlannedRecommendation>> GetAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<PlannedRecommendation>>(inspectionId, async (s, _) => await ReadAsync(s, inspectionId, ct), ct);

    /// <summary>Records or changes the plan for one recommendation (new: <paramref name="expectedVersion"/> null); only once published.</summary>
    public Task<int> SaveAsync(long inspectionId, ActionPlanEntry entry, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (s, inspection) =>
        {
            if (inspection.Status != InspectionStatus.Published)
                throw new ChangeRefusedException("The action plan is recorded once the report is published.");
            var before = (await ReadAsync(s, inspectionId, ct)).FirstOrDefault(r => r.Number == entry.Recommendation)
                ?? throw new RecordNotFoundException($"the report has no recommendation {entry.Recommendation}");
            if (string.IsNullOrWhiteSpace(entry.Actions)) throw new ChangeRefusedException($"Enter the actions for recommendation {entry.Recommendation}.");
            if (string.IsNullOrWhiteSpace(entry.Owner)) throw new ChangeRefusedException($"Enter who owns the actions for recommendation {entry.Recommendation}.");
            var record = new RecordRef(inspectionId, "action-plan", Key(entry.Recommendation), $"the plan for recommendation {entry.Recommendation}");
            var version = await VersionCheckedWrites.UpsertAsync(s, "action_plan_responses", "inspection_id = @inspection_id and recommendation = @recommendation",
                [("inspection_id", inspectionId), ("recommendation", entry.Recommendation)], expectedVersion, record,
                "response = @response, actions = @actions, owner = @owner, target_date = @target_date",
                [("response", entry.Response.Token()), ("actions", entry.Actions), ("owner", entry.Owner), ("target_date", entry.TargetDate)], ct);
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "save", before.Plan is { } p ? View(p.Entry) : null, View(entry), ct);
            return version;
        }, ct);

    /// <summary>
    /// For an inspection with a previous inspection of the provider: the previous inspection's recommendations with the
    /// provider's plan for each — where this inspection's progress judgements start. Empty when there is no previous one.
    /// </summary>
    public Task<IReadOnlyList<PlannedRecommendation>> PreviousPlanAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<PlannedRecommendation>>(inspectionId, async (s, inspection) =>
            inspection.PreviousInspectionId is { } previous ? await ReadAsync(s, previous, ct) : [], ct);

    /// <summary>
    /// Starts this inspection's previous recommendations from the previous inspection's plan: each previous recommendation
    /// not yet recorded here is added with its text, and the provider's answer and actions as the evidence to judge
    /// progress against. Those already recorded are left as they are. Returns how many were added.
    /// </summary>
    public Task<int> StartProgressFromPlanAsync(long inspectionId, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeReportTextAsync(inspectionId, async (s, inspection) =>
        {
            if (inspection.PreviousInspectionId is not { } previous)
                throw new ChangeRefusedException("This inspection has no previous inspection of the provider to start from.");
            var recorded = (await s.QueryAsync("select number from previous_recommendations where inspection_id = @id", r => r.Int("number")!.Value, ct,
                ("id", inspectionId))).ToHashSet();
            var added = 0;
            foreach (var r in (await ReadAsync(s, previous, ct)).Where(r => !recorded.Contains(r.Number)))
            {
                var evidence = r.Plan is { Entry: var plan }
                    ? $"Action plan: {plan.Response.DisplayName().ToLowerInvariant()}. {plan.Actions} (owner: {plan.Owner}" +
                      (plan.TargetDate is { } by ? $", by {by.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})" : ")")
                    : null;
                await s.ExecuteAsync("insert into previous_recommendations (inspection_id, number, text, evidence) values (@id, @number, @text, @evidence)", ct,
                    ("id", inspectionId), ("number", r.Number), ("text", r.Text), ("evidence", evidence));
                await _audit.AppendAsync(s, actor, inspectionId, "previous-recommendation", Key(r.Number), "start-from-plan", null,
                    new { r.Number, r.Text, Evidence = evidence }, ct);
                added++;
            }
            return added;
        }, ct);

    private static object View(ActionPlanEntry e) => new { Response = e.Response.Token(), e.Actions, e.Owner, e.TargetDate };

    private static async Task<List<PlannedRecommendation>> ReadAsync(DbSession session, long inspectionId, CancellationToken ct)
    {
        var plans = (await session.QueryAsync("select * from action_plan_responses where inspection_id = @id", r => new StoredActionPlanEntry(
            new ActionPlanEntry(r.Int("recommendation")!.Value, PlanResponseNames.Parse(r.Required("response"))!.Value, r.Required("actions"), r.Required("owner"),
                r.Date("target_date")), r.Int("version")!.Value), ct, ("id", inspectionId))).ToDictionary(p => p.Entry.Recommendation);
        return await session.QueryAsync("select number, text, addressee from recommendations where inspection_id = @id order by number",
            r => new PlannedRecommendation(r.Int("number")!.Value, r.Required("text"), r.Text("addressee"), plans.GetValueOrDefault(r.Int("number")!.Value)), ct,
            ("id", inspectionId));
    }

    private static string Key(int number) => number.ToString(CultureInfo.InvariantCulture);
}
