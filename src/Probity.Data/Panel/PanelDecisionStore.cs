using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.Panel;

public sealed record StoredPanelDecision(PanelDecision Decision, int Version);

/// <summary>
/// The ratings panel's decisions (R12–R13), one per standard. Every save is checked by Core's
/// <see cref="InspectionRater"/> against the inspection's current data first: a decision that breaks a rule (not
/// eligible, a judgement standard, moving two bands) is refused with the rater's reason, and nothing is written.
/// </summary>
public sealed class PanelDecisionStore
{
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;

    internal PanelDecisionStore(InspectionGuard guard, AuditLog audit)
    {
        _guard = guard;
        _audit = audit;
    }

    public Task<IReadOnlyList<StoredPanelDecision>> ListAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<StoredPanelDecision>>(inspectionId, async (s, _) =>
            (await PanelRows.ReadAsync(s, inspectionId, ct)).Select(d => new StoredPanelDecision(d.Decision, d.Version)).ToList(), ct);

    /// <summary>Records the decision on its standard (new: <paramref name="expectedVersion"/> null; replacing: the version read).</summary>
    public Task<int> RecordAsync(long inspectionId, PanelDecision decision, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangePanelDecisionsAsync(inspectionId, async (s, _) =>
        {
            var stored = await PanelRows.ReadAsync(s, inspectionId, ct);
            var existing = stored.FindIndex(d => d.Decision.Standard == decision.Standard);
            var decisions = stored.Select(d => d.Decision).ToList();
            if (existing >= 0) decisions[existing] = decision;
            else decisions.Add(decision);
            await CheckAsync(s, inspectionId, decisions, existing >= 0 ? existing : decisions.Count - 1, ct);

            var record = Ref(inspectionId, decision.Standard);
            (string, object?)[] key = [("inspection_id", inspectionId), ("standard", decision.Standard)];
            (string, object?)[] values =
            [
                ("move", StoredTokens.Move(decision.Move)), ("basis", StoredTokens.Basis(decision.Basis)), ("rationale", decision.Rationale),
                ("proposed_by", decision.ProposedBy), ("ratified_by", decision.RatifiedBy), ("decision_date", decision.DecisionDate),
                ("outside_rules", decision.OutsideRules),
            ];
            if (expectedVersion is null && existing < 0)
                values = [.. values, ("ordinal", (await s.ScalarAsync<int?>("select max(ordinal) from panel_decisions where inspection_id = @id", ct, ("id", inspectionId)) ?? -1) + 1)];
            var version = await VersionCheckedWrites.UpsertAsync(s, "panel_decisions", "inspection_id = @inspection_id and standard = @standard", key, expectedVersion,
                record, string.Join(", ", values.Select(v => $"{v.Item1} = @{v.Item1}")), values, ct);
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "record", existing >= 0 ? stored[existing].Decision : null, decision, ct);
            return version;
        }, ct);

    /// <summary>Withdraws the decision on a standard, so its rating goes back to the banded one.</summary>
    public Task WithdrawAsync(long inspectionId, string standard, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangePanelDecisionsAsync(inspectionId, async (s, _) =>
        {
            var stored = (await PanelRows.ReadAsync(s, inspectionId, ct)).FirstOrDefault(d => d.Decision.Standard == standard)
                ?? throw new RecordNotFoundException($"there is no panel decision on standard {standard}");
            var record = Ref(inspectionId, standard);
            if (stored.Version != expectedVersion) throw await VersionCheckedWrites.ConflictAsync(s, record, ct);
            await s.ExecuteAsync("delete from panel_decisions where inspection_id = @id and standard = @standard and version = @version", ct,
                ("id", inspectionId), ("standard", standard), ("version", expectedVersion));
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "withdraw", stored.Decision, null, ct);
        }, ct);

    private static async Task CheckAsync(DbSession session, long inspectionId, IReadOnlyList<PanelDecision> decisions, int index, CancellationToken ct)
    {
        var dataset = await DatasetRows.LoadAsync(session, inspectionId, ct);
        var inputs = RatingInputs.From(dataset) with { PanelDecisions = decisions };
        var problems = InspectionRater.Rate(dataset.Framework, inputs).Problems
            .Where(p => p.DecisionIndex is null || p.DecisionIndex == index).Select(p => p.Message).ToList();
        if (problems.Count > 0) throw new ChangeRefusedException(problems);
    }

    private static RecordRef Ref(long inspectionId, string standard) =>
        new(inspectionId, "panel-decision", standard, $"the panel decision on standard {standard}");
}
