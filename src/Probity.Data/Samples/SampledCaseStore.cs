using Probity.Core.Frameworks;
using Probity.Core.Sampling;
using Probity.Data.Audit;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.Samples;

/// <summary>
/// The cases of the sample as the lead inspector shapes it before the ratings panel: a case swapped for its stratum's
/// next reserve, added or withdrawn by hand — each with a reason, each audited. Withdrawn cases leave the figures and are
/// listed, with their reasons, for the report's methodology.
/// </summary>
public sealed class SampledCaseStore
{
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal SampledCaseStore(InspectionGuard guard, AuditLog audit, TimeProvider clock)
    {
        _guard = guard;
        _audit = audit;
        _clock = clock;
    }

    /// <summary>Takes the case out of the sample: its answers and notes go, and it is listed with the reason.</summary>
    public Task WithdrawAsync(long inspectionId, string caseId, string reason, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeSampleAsync(inspectionId, async (session, _) =>
        {
            var withdrawn = await WithdrawAsync(session, inspectionId, caseId, reason, null, actor, ct);
            await _audit.AppendAsync(session, actor, inspectionId, "case", caseId, "withdraw", new { withdrawn.Sample, withdrawn.Stratum }, new { withdrawn.Reason }, ct);
            return true;
        }, ct);

    /// <summary>
    /// Swaps the case for the next reserve of its stratum (or of <paramref name="fromStratum"/>, when the lead takes one
    /// from another stratum because the case's own has run out). Returns the reserve that came in.
    /// </summary>
    public Task<string> SwapForReserveAsync(long inspectionId, string caseId, string reason, Actor actor, string? fromStratum = null, CancellationToken ct = default) =>
        _guard.ChangeSampleAsync(inspectionId, async (session, inspection) =>
        {
            var offer = await OfferAsync(session, inspectionId, caseId, ct);
            var stratum = fromStratum ?? offer.Stratum;
            var reserve = stratum == offer.Stratum && offer.NextReserve is { } own ? own : offer.OtherStrata.FirstOrDefault(s => s.Stratum == stratum)?.CaseId;
            if (reserve is null)
                throw new ChangeRefusedException(offer.OtherStrata.Count == 0
                    ? $"There are no reserves left in this sample to take the place of case {caseId}. Withdraw it with a reason instead."
                    : $"The stratum {stratum ?? "of this case"} has no reserves left. Take the next reserve of another stratum: " +
                      string.Join("; ", offer.OtherStrata.Select(s => $"{s.Stratum} (case {s.CaseId})")) + ".");
            var (sample, drawn) = await LatestDrawAsync(session, inspectionId, offer.Sample, ct);
            var reserveCase = drawn!.Cases.First(c => c.CaseId == reserve);
            await WithdrawAsync(session, inspectionId, caseId, reason, reserve, actor, ct);
            await SampledCaseRows.InsertAsync(session, inspectionId, FrameworkCatalog.Get(inspection.Framework).Questions.Count,
                SampledCaseRows.Record(drawn, reserveCase), reserveCase.Stratum, $"reserve in place of case {caseId}: {reason.Trim()}", ct);
            await _audit.AppendAsync(session, actor, inspectionId, "case", caseId, "swap-for-reserve", new { Case = caseId, Sample = sample, offer.Stratum },
                new { Reserve = reserve, reserveCase.Stratum, Reason = reason.Trim() }, ct);
            return reserve;
        }, ct);

    /// <summary>What a swap of the case would bring in (see <see cref="ReserveOffer"/>).</summary>
    public Task<ReserveOffer> ReserveOfferAsync(long inspectionId, string caseId, CancellationToken ct = default) =>
        _guard.ReadAsync(inspectionId, (session, _) => OfferAsync(session, inspectionId, caseId, ct), ct);

    /// <summary>Adds a case to a sample by hand (with its extract values when the draw has it as a reserve).</summary>
    /// <param name="view">
    /// For a framework with organisational views (Quality &amp; Impact), the key of the view the case belongs to: the
    /// case takes the attributes that put it in that view (its managing organisation), so that its export reads back.
    /// </param>
    public Task AddAsync(long inspectionId, string sample, string caseId, string? view, string reason, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeSampleAsync(inspectionId, async (session, inspection) =>
        {
            RequireReason(reason, $"Say why case {caseId} is added to the sample: the report's methodology gives the reason.");
            if (Core.Datasets.CaseColumns.Sample.Code(sample) == 0) throw new ChangeRefusedException($"\"{sample}\" is not a sample of this inspection.");
            var framework = FrameworkCatalog.Get(inspection.Framework);
            var (_, drawn) = await LatestDrawAsync(session, inspectionId, sample, ct);
            var inDraw = drawn?.Cases.FirstOrDefault(c => c.CaseId == caseId);
            var record = inDraw is not null ? SampledCaseRows.Record(drawn!, inDraw) : new Core.Datasets.CaseRecord(caseId);
            record.Set(Core.Datasets.CaseColumns.Sample, sample);
            if (!Core.Datasets.CaseViews.PlaceIn(framework, record, view)) throw OutsideEveryView(framework, caseId, sample);
            await SampledCaseRows.InsertAsync(session, inspectionId, framework.Questions.Count, record, inDraw?.Stratum, reason.Trim(), ct);
            await _audit.AppendAsync(session, actor, inspectionId, "case", caseId, "add", null, new { Sample = sample, inDraw?.Stratum, View = view, Reason = reason.Trim() }, ct);
            return true;
        }, ct);

    /// <summary>The cases withdrawn from the inspection's sample, with their reasons, in the order they were withdrawn.</summary>
    public Task<IReadOnlyList<WithdrawnCase>> ListWithdrawnAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<WithdrawnCase>>(inspectionId, async (session, _) => await session.QueryAsync(
            "select * from withdrawn_cases where inspection_id = @id order by withdrawn_at, case_ref",
            r => new WithdrawnCase(r.Required("case_ref"), r.Required("sample"), r.Text("stratum"), r.Required("reason"), r.Text("replaced_by"),
                r.Timestamp("withdrawn_at")!.Value, r.Required("withdrawn_by")), ct, ("id", inspectionId)), ct);

    private async Task<WithdrawnCase> WithdrawAsync(DbSession session, long inspectionId, string caseId, string reason, string? replacedBy, Actor actor, CancellationToken ct)
    {
        RequireReason(reason, $"Say why case {caseId} is taken out of the sample: the report's methodology gives the reason.");
        var row = await CaseAsync(session, inspectionId, caseId, ct);
        var withdrawn = new WithdrawnCase(caseId, row.Sample, row.Stratum, reason.Trim(), replacedBy, _clock.GetUtcNow(), actor.UserName);
        await session.ExecuteAsync(
            "delete from practice_examples where inspection_id = @id and case_ref = @case; delete from answer_notes where inspection_id = @id and case_ref = @case; " +
            "delete from case_reopenings where inspection_id = @id and case_ref = @case; delete from cases where inspection_id = @id and case_ref = @case; " +
            "insert into withdrawn_cases (inspection_id, case_ref, sample, stratum, reason, replaced_by, withdrawn_at, withdrawn_by) " +
            "values (@id, @case, @sample, @stratum, @reason, @replaced, @at, @by)", ct,
            ("id", inspectionId), ("case", caseId), ("sample", withdrawn.Sample), ("stratum", withdrawn.Stratum), ("reason", withdrawn.Reason),
            ("replaced", replacedBy), ("at", withdrawn.WithdrawnAt), ("by", withdrawn.WithdrawnBy));
        return withdrawn;
    }

    private static async Task<ReserveOffer> OfferAsync(DbSession session, long inspectionId, string caseId, CancellationToken ct)
    {
        var row = await CaseAsync(session, inspectionId, caseId, ct);
        var (_, drawn) = await LatestDrawAsync(session, inspectionId, row.Sample, ct);
        if (drawn is null) return new ReserveOffer(caseId, row.Sample, row.Stratum, null, []);
        var used = (await session.QueryAsync("select case_ref from cases where inspection_id = @id union select case_ref from withdrawn_cases where inspection_id = @id",
            r => r.Required("case_ref"), ct, ("id", inspectionId))).ToHashSet();
        var left = drawn.Cases.Where(c => c.Role == DrawnRole.Reserve && !used.Contains(c.CaseId)).OrderBy(c => c.ReserveOrder).ToList();
        var next = left.FirstOrDefault(c => c.Stratum == row.Stratum)?.CaseId;
        var others = left.Where(c => c.Stratum != row.Stratum).GroupBy(c => c.Stratum)
            .Select(g => new StratumReserve(g.Key, g.First().CaseId, g.Count())).OrderBy(s => s.Stratum, StringComparer.Ordinal).ToList();
        return new ReserveOffer(caseId, row.Sample, row.Stratum, next, others);
    }

    /// <summary>Why a case added by hand to an area inspection belongs to no organisation's cases: the wrong sample, or no organisation said.</summary>
    private static ChangeRefusedException OutsideEveryView(FrameworkVersion framework, string caseId, string sample)
    {
        var samples = Core.Datasets.CaseViews.Choosable(framework).Select(v => v.Population!.Sample).Distinct().ToList();
        if (samples.Contains(sample)) return new($"Say which organisation managed case {caseId}: each case of this inspection is one organisation's.");
        var names = samples.Select(s => SampleTypes.TryParse(s, out var t) ? t.Name() : s);
        return new($"Case {caseId} cannot join that sample: this inspection assesses only the {string.Join(" and ", names).ToLowerInvariant()} sample.");
    }

    private sealed record SampledCase(string Sample, string? Stratum);

    private static async Task<SampledCase> CaseAsync(DbSession session, long inspectionId, string caseId, CancellationToken ct) =>
        await session.QuerySingleAsync("select sample, stratum from cases where inspection_id = @id and case_ref = @case",
            r => new SampledCase(r.Required("sample"), r.Text("stratum")), ct, ("id", inspectionId), ("case", caseId))
        ?? throw new RecordNotFoundException($"inspection {inspectionId} has no case \"{caseId}\"");

    /// <summary>The latest draw of <paramref name="sample"/> for the inspection, with its cases (null when it was never drawn).</summary>
    private static async Task<(string Sample, DrawnSample? Draw)> LatestDrawAsync(DbSession session, long inspectionId, string sample, CancellationToken ct)
    {
        var id = await session.ScalarAsync<long?>("select max(id) from drawn_samples where inspection_id = @id and sample = @sample", ct, ("id", inspectionId), ("sample", sample));
        return (sample, id is { } drawnId ? await DrawnSampleRows.LoadAsync(session, drawnId, ct) : null);
    }

    private static void RequireReason(string reason, string message)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new ChangeRefusedException(message);
    }
}
