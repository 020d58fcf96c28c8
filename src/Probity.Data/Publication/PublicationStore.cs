using System.Globalization;
using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.Publication;

/// <summary>
/// Publication: the lead inspector publishes the report with its publication date (the inspection moves to published,
/// and the cover prints the month instead of "publication date not recorded"); afterwards the ratings, figures and text
/// are read-only, and a correction is a new published version with a reason, the earlier versions kept as superseded.
/// </summary>
public sealed class PublicationStore
{
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal PublicationStore(InspectionGuard guard, AuditLog audit, TimeProvider clock)
    {
        _guard = guard;
        _audit = audit;
        _clock = clock;
    }

    /// <summary>Every published version, the first first (empty: not published in Probity).</summary>
    public Task<IReadOnlyList<ReportVersion>> VersionsAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<ReportVersion>>(inspectionId, async (s, _) => await ReadAsync(s, inspectionId, ct), ct);

    /// <summary>Moves the inspection from factual accuracy to published, published on <paramref name="on"/>: version 1 of its report.</summary>
    public Task<InspectionSummary> PublishAsync(long inspectionId, DateOnly on, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (s, before) =>
        {
            if ((before.FieldworkEnd ?? before.FieldworkStart) is { } fieldwork && on < fieldwork)
                throw new ChangeRefusedException($"The publication date {on:d MMMM yyyy} is before the inspection's fieldwork ({fieldwork:d MMMM yyyy}).");
            var after = await InspectionStore.MoveAsync(s, _audit, before, InspectionStatus.Published, expectedVersion, actor, null, on, ct);
            await AddVersionAsync(s, inspectionId, 1, on, null, actor, ct);
            return after;
        }, ct);

    /// <summary>
    /// Corrects one block of the published report's text (<paramref name="expectedBlockVersion"/>: the block's version as
    /// read; null for a block not written before) and publishes the result as the next version, with the reason.
    /// </summary>
    public Task<int> CorrectAsync(long inspectionId, string section, string text, string reason, DateOnly on, int? expectedBlockVersion, Actor actor,
        CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (s, inspection) =>
        {
            if (inspection.Status != InspectionStatus.Published)
                throw new ChangeRefusedException("Only a published report is corrected; until then its text is edited as a draft.");
            if (string.IsNullOrWhiteSpace(reason)) throw new ChangeRefusedException("Say why the report is corrected: readers see the reason with the new version.");
            if (string.IsNullOrWhiteSpace(section) || string.IsNullOrWhiteSpace(text)) throw new ChangeRefusedException("Choose the text to correct and write it as it should read.");
            var versions = await ReadAsync(s, inspectionId, ct);
            if (versions.Count > 0 && on < versions[^1].PublishedOn)
                throw new ChangeRefusedException($"The correction's date is before version {versions[^1].Number} was published ({versions[^1].PublishedOn:d MMMM yyyy}).");
            var before = await s.QueryAsync("select text from narrative_blocks where inspection_id = @id and section = @section", r => r.Required("text"), ct,
                ("id", inspectionId), ("section", section));
            var record = new RecordRef(inspectionId, "narrative", section, "this text");
            await VersionCheckedWrites.UpsertAsync(s, "narrative_blocks", "inspection_id = @inspection_id and section = @section",
                [("inspection_id", inspectionId), ("section", section)], expectedBlockVersion, record, "text = @text", [("text", text)], ct);
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "correct", before.FirstOrDefault(), text, ct);
            var number = versions.Count == 0 ? 1 : versions[^1].Number + 1;
            await AddVersionAsync(s, inspectionId, number, on, reason.Trim(), actor, ct);
            return number;
        }, ct);

    private async Task AddVersionAsync(DbSession s, long inspectionId, int number, DateOnly on, string? reason, Actor actor, CancellationToken ct)
    {
        var narrative = (await s.QueryAsync("select section, text from narrative_blocks where inspection_id = @id order by section",
            r => (Section: r.Required("section"), Text: r.Required("text")), ct, ("id", inspectionId))).ToDictionary(n => n.Section, n => n.Text);
        await s.ExecuteAsync("insert into report_versions (inspection_id, number, published_on, reason, narrative, published_at, published_by) " +
            "values (@id, @number, @on, @reason, @narrative, @at, @by)", ct,
            ("id", inspectionId), ("number", number), ("on", on), ("reason", reason), ("narrative", new JsonValue(AuditJson.Serialize(narrative))),
            ("at", _clock.GetUtcNow()), ("by", actor.UserName));
        await _audit.AppendAsync(s, actor, inspectionId, "publication", number.ToString(CultureInfo.InvariantCulture), number == 1 ? "publish" : "correct",
            null, new { PublishedOn = on, Reason = reason }, ct);
    }

    private static async Task<List<ReportVersion>> ReadAsync(DbSession session, long inspectionId, CancellationToken ct) =>
        await session.QueryAsync("select * from report_versions where inspection_id = @id order by number", r => new ReportVersion(
            r.Int("number")!.Value, r.Date("published_on")!.Value, r.Text("reason"), r.Timestamp("published_at")!.Value, r.Required("published_by"),
            AuditJson.Deserialize<Dictionary<string, string>>(r.Required("narrative")) ?? []), ct, ("id", inspectionId));
}
