using Probity.Data.Audit;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.Checks;

/// <summary>
/// One overridden check before publication: <paramref name="FindingKey"/> names the finding (the check, the block and the
/// words), <paramref name="Block"/> and <paramref name="Words"/> say it in inspectors' words.
/// </summary>
public sealed record StoredCheckOverride(string FindingKey, string Block, string Words, string Reason, string By, DateTimeOffset At, int Version);

/// <summary>
/// A lead inspector's overrides of the checks before publication, for words that are right but look wrong ("was rated
/// 'Good' in 2018"). The checks themselves are worked out from the text each time (Probity.Reports); only the decision to
/// let a finding stand, and why, is kept here. Every override and withdrawal is audited.
/// </summary>
public sealed class CheckOverrideStore
{
    private const string Entity = "check-override";
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal CheckOverrideStore(InspectionGuard guard, AuditLog audit, TimeProvider clock)
    {
        _guard = guard;
        _audit = audit;
        _clock = clock;
    }

    public Task<IReadOnlyList<StoredCheckOverride>> ListAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<StoredCheckOverride>>(inspectionId, async (s, _) => await ReadAsync(s, inspectionId, ct), ct);

    /// <summary>Overrides a finding with a reason (new: <paramref name="expectedVersion"/> null; a changed reason: the version read).</summary>
    public Task<int> OverrideAsync(long inspectionId, string findingKey, string block, string words, string reason, int? expectedVersion, Actor actor,
        CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (s, inspection) =>
        {
            if (inspection.Status == Core.Datasets.InspectionStatus.Published)
                throw new ChangeRefusedException("the inspection is published: its checks can no longer be overridden");
            if (string.IsNullOrWhiteSpace(findingKey)) throw new ChangeRefusedException("an override must name the check it overrides");
            if (string.IsNullOrWhiteSpace(reason)) throw new ChangeRefusedException("an override needs a reason: say why the words are right as written");
            var before = (await ReadAsync(s, inspectionId, ct)).FirstOrDefault(o => o.FindingKey == findingKey);
            var record = Ref(inspectionId, findingKey, block);
            var version = await VersionCheckedWrites.UpsertAsync(s, "check_overrides", "inspection_id = @inspection_id and finding_key = @finding_key",
                [("inspection_id", inspectionId), ("finding_key", findingKey)], expectedVersion, record,
                "block = @block, words = @words, reason = @reason, overridden_by = @overridden_by, overridden_at = @overridden_at",
                [("block", block), ("words", words), ("reason", reason.Trim()), ("overridden_by", actor.UserName), ("overridden_at", _clock.GetUtcNow())], ct);
            await _audit.AppendAsync(s, actor, inspectionId, Entity, findingKey, "override",
                before is null ? null : new { before.Block, before.Words, before.Reason }, new { Block = block, Words = words, Reason = reason.Trim() }, ct);
            return version;
        }, ct);

    /// <summary>Withdraws an override, so its finding counts against publication again.</summary>
    public Task WithdrawAsync(long inspectionId, string findingKey, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (s, inspection) =>
        {
            if (inspection.Status == Core.Datasets.InspectionStatus.Published)
                throw new ChangeRefusedException("the inspection is published: its overrides can no longer change");
            var before = (await ReadAsync(s, inspectionId, ct)).FirstOrDefault(o => o.FindingKey == findingKey)
                ?? throw new RecordNotFoundException("that check is not overridden");
            var record = Ref(inspectionId, findingKey, before.Block);
            await VersionCheckedWrites.DeleteAsync(s, "check_overrides", "inspection_id = @inspection_id and finding_key = @finding_key", expectedVersion, record, ct,
                ("inspection_id", inspectionId), ("finding_key", findingKey));
            await _audit.AppendAsync(s, actor, inspectionId, Entity, findingKey, "withdraw", new { before.Block, before.Words, before.Reason }, null, ct);
            return true;
        }, ct);

    private static RecordRef Ref(long inspectionId, string findingKey, string block) =>
        new(inspectionId, Entity, findingKey, $"the override of the check on {block}");

    private static async Task<IReadOnlyList<StoredCheckOverride>> ReadAsync(DbSession session, long inspectionId, CancellationToken ct) =>
        await session.QueryAsync("select * from check_overrides where inspection_id = @id order by overridden_at, finding_key",
            r => new StoredCheckOverride(r.Required("finding_key"), r.Required("block"), r.Required("words"), r.Required("reason"),
                r.Required("overridden_by"), r.Timestamp("overridden_at")!.Value, r.Int("version")!.Value), ct, ("id", inspectionId));
}
