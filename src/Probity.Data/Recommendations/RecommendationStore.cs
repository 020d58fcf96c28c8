using System.Globalization;
using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.Recommendations;

public sealed record StoredPreviousRecommendation(PreviousRecommendation Recommendation, int Version);

public sealed record StoredRecommendation(Recommendation Recommendation, int Version);

public sealed record StoredRecommendations(IReadOnlyList<StoredPreviousRecommendation> Previous, IReadOnlyList<StoredRecommendation> New);

/// <summary>
/// The previous inspection's recommendations with this inspection's progress judgement on each (sufficient / some / no
/// progress, spec §8.4), and the new recommendations, which may repeat a previous one.
/// </summary>
public sealed class RecommendationStore
{
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;

    internal RecommendationStore(InspectionGuard guard, AuditLog audit)
    {
        _guard = guard;
        _audit = audit;
    }

    public Task<StoredRecommendations> GetAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync(inspectionId, (s, _) => ReadAsync(s, inspectionId, ct), ct);

    /// <summary>Adds or edits a previous recommendation and the progress judged on it.</summary>
    public Task<int> SavePreviousAsync(long inspectionId, PreviousRecommendation recommendation, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeReportTextAsync(inspectionId, async (s, _) =>
        {
            var before = (await ReadAsync(s, inspectionId, ct)).Previous.FirstOrDefault(p => p.Recommendation.Number == recommendation.Number);
            Check(recommendation.Number, recommendation.Text);
            var record = new RecordRef(inspectionId, "previous-recommendation", Key(recommendation.Number), $"previous recommendation {recommendation.Number}");
            var version = await VersionCheckedWrites.UpsertAsync(s, "previous_recommendations", "inspection_id = @inspection_id and number = @number",
                [("inspection_id", inspectionId), ("number", recommendation.Number)], expectedVersion, record,
                "text = @text, progress = @progress, evidence = @evidence",
                [("text", recommendation.Text), ("progress", recommendation.Progress?.Token()), ("evidence", recommendation.Evidence)], ct);
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "save", before?.Recommendation, recommendation, ct);
            return version;
        }, ct);

    /// <summary>Adds or edits a new recommendation; one that repeats a previous recommendation must name one that exists.</summary>
    public Task<int> SaveNewAsync(long inspectionId, Recommendation recommendation, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeReportTextAsync(inspectionId, async (s, _) =>
        {
            var current = await ReadAsync(s, inspectionId, ct);
            Check(recommendation.Number, recommendation.Text);
            if (recommendation.RepeatsPrevious is { } repeated && current.Previous.All(x => x.Recommendation.Number != repeated))
                throw new ChangeRefusedException($"recommendation {recommendation.Number} repeats previous recommendation {repeated}, which is not recorded");
            var before = current.New.FirstOrDefault(n => n.Recommendation.Number == recommendation.Number);
            var record = new RecordRef(inspectionId, "recommendation", Key(recommendation.Number), $"recommendation {recommendation.Number}");
            var version = await VersionCheckedWrites.UpsertAsync(s, "recommendations", "inspection_id = @inspection_id and number = @number",
                [("inspection_id", inspectionId), ("number", recommendation.Number)], expectedVersion, record,
                "text = @text, addressee = @addressee, repeats_previous = @repeats_previous",
                [("text", recommendation.Text), ("addressee", recommendation.Addressee), ("repeats_previous", recommendation.RepeatsPrevious)], ct);
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "save", before?.Recommendation, recommendation, ct);
            return version;
        }, ct);

    public Task RemoveNewAsync(long inspectionId, int number, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeReportTextAsync(inspectionId, async (s, _) =>
        {
            var before = (await ReadAsync(s, inspectionId, ct)).New.FirstOrDefault(n => n.Recommendation.Number == number)
                ?? throw new RecordNotFoundException($"there is no recommendation {number}");
            var record = new RecordRef(inspectionId, "recommendation", Key(number), $"recommendation {number}");
            if (before.Version != expectedVersion) throw await VersionCheckedWrites.ConflictAsync(s, record, ct);
            await s.ExecuteAsync("delete from recommendations where inspection_id = @id and number = @number", ct, ("id", inspectionId), ("number", number));
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "remove", before.Recommendation, null, ct);
            return true;
        }, ct);

    private static async Task<StoredRecommendations> ReadAsync(DbSession session, long inspectionId, CancellationToken ct)
    {
        var previous = await session.QueryAsync("select * from previous_recommendations where inspection_id = @id order by number", r => new StoredPreviousRecommendation(
            new PreviousRecommendation(r.Int("number")!.Value, r.Required("text")) { Progress = StoredTokens.ParseProgress(r.Text("progress")), Evidence = r.Text("evidence") },
            r.Int("version")!.Value), ct, ("id", inspectionId));
        var fresh = await session.QueryAsync("select * from recommendations where inspection_id = @id order by number", r => new StoredRecommendation(
            new Recommendation(r.Int("number")!.Value, r.Required("text")) { Addressee = r.Text("addressee"), RepeatsPrevious = r.Int("repeats_previous") },
            r.Int("version")!.Value), ct, ("id", inspectionId));
        return new StoredRecommendations(previous, fresh);
    }

    private static void Check(int number, string text)
    {
        if (number < 1) throw new ChangeRefusedException("recommendations are numbered from 1");
        if (string.IsNullOrWhiteSpace(text)) throw new ChangeRefusedException($"recommendation {number} has no text");
    }

    private static string Key(int number) => number.ToString(CultureInfo.InvariantCulture);
}
