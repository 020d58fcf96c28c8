using Probity.Data.Audit;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.Narrative;

/// <summary>A text block inspectors write, by section key (e.g. "executive-summary", "standard:2.1").</summary>
public sealed record NarrativeBlock(string Section, string Text, int Version);

/// <summary>The report's narrative text blocks; two inspectors drafting the same block cannot overwrite each other.</summary>
public sealed class NarrativeStore
{
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;

    internal NarrativeStore(InspectionGuard guard, AuditLog audit)
    {
        _guard = guard;
        _audit = audit;
    }

    public Task<IReadOnlyList<NarrativeBlock>> ListAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<NarrativeBlock>>(inspectionId, async (s, _) => await ReadAsync(s, inspectionId, ct), ct);

    /// <summary>Saves a block (new: <paramref name="expectedVersion"/> null); returns its new version.</summary>
    public Task<int> SaveAsync(long inspectionId, string section, string text, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeReportTextAsync(inspectionId, async (s, _) =>
        {
            if (string.IsNullOrWhiteSpace(section)) throw new ChangeRefusedException("a narrative block needs a section key");
            if (string.IsNullOrWhiteSpace(text)) throw new ChangeRefusedException($"the {section} text is empty; write it, or leave the section unsaved");
            var before = (await ReadAsync(s, inspectionId, ct)).FirstOrDefault(b => b.Section == section);
            var record = new RecordRef(inspectionId, "narrative", section, $"the {section} text");
            var version = await VersionCheckedWrites.UpsertAsync(s, "narrative_blocks", "inspection_id = @inspection_id and section = @section",
                [("inspection_id", inspectionId), ("section", section)], expectedVersion, record, "text = @text", [("text", text)], ct);
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "save", before?.Text, text, ct);
            return version;
        }, ct);

    /// <summary>The practice examples the cases flagged for <paramref name="standard"/>, in their order, each with whether the report prints it.</summary>
    public Task<IReadOnlyList<StoredPracticeExample>> PracticeExamplesAsync(long inspectionId, string standard, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<StoredPracticeExample>>(inspectionId, async (s, _) => await ReadExamplesAsync(s, inspectionId, standard, ct), ct);

    /// <summary>
    /// Chooses which of a standard's practice examples the report prints: those named in <paramref name="printed"/>; the
    /// rest are left out (and kept). An id that is not one of the standard's examples is refused and nothing changes.
    /// </summary>
    public Task ChoosePracticeExamplesAsync(long inspectionId, string standard, IReadOnlySet<long> printed, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (s, _) =>
        {
            var before = await ReadExamplesAsync(s, inspectionId, standard, ct);
            var unknown = printed.Where(id => before.All(e => e.Id != id)).ToList();
            if (unknown.Count > 0) throw new ChangeRefusedException($"practice example {unknown[0]} is not one of standard {standard}'s");
            foreach (var e in before)
                await s.ExecuteAsync("update practice_examples set in_report = @in_report where id = @id", ct, ("id", e.Id), ("in_report", printed.Contains(e.Id)));
            await _audit.AppendAsync(s, actor, inspectionId, "practice-examples", standard, "choose",
                before.Where(e => e.Example.InReport).Select(e => e.Id).ToList(), printed.Order().ToList(), ct);
            return true;
        }, ct);

    private static async Task<IReadOnlyList<StoredPracticeExample>> ReadExamplesAsync(DbSession session, long inspectionId, string standard, CancellationToken ct) =>
        await session.QueryAsync("select * from practice_examples where inspection_id = @id and standard = @standard order by ordinal, id",
            r => new StoredPracticeExample(r.Id("id"), Datasets.EvidenceRows.PracticeExample(r)), ct, ("id", inspectionId), ("standard", standard));

    private static Task<List<NarrativeBlock>> ReadAsync(DbSession session, long inspectionId, CancellationToken ct) =>
        session.QueryAsync("select section, text, version from narrative_blocks where inspection_id = @id order by section",
            r => new NarrativeBlock(r.Required("section"), r.Required("text"), r.Int("version")!.Value), ct, ("id", inspectionId));
}
