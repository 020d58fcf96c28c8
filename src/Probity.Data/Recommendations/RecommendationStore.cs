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
                "text = @text, addressee = @addressee, repeats_previous = @repeats_previous, finding = @finding",
                [("text", recommendation.Text), ("addressee", recommendation.Addressee), ("repeats_previous", recommendation.RepeatsPrevious), ("finding", recommendation.Finding)], ct);
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "save", before?.Recommendation, recommendation, ct);
            return version;
        }, ct);

    /// <summary>Removes a new recommendation; those after it move up one, so the numbers stay 1, 2, 3 … as the report prints them.</summary>
    public Task RemoveNewAsync(long inspectionId, int number, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeReportTextAsync(inspectionId, async (s, _) =>
        {
            var current = (await ReadAsync(s, inspectionId, ct)).New;
            var before = current.FirstOrDefault(n => n.Recommendation.Number == number)
                ?? throw new RecordNotFoundException($"there is no recommendation {number}");
            var record = Record(inspectionId, number);
            if (before.Version != expectedVersion) throw await VersionCheckedWrites.ConflictAsync(s, record, ct);
            await s.ExecuteAsync("delete from recommendations where inspection_id = @id and number = @number", ct, ("id", inspectionId), ("number", number));
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "remove", before.Recommendation, null, ct);
            // One row at a time, in order, so that no two rows ever hold the same number (the key) mid-statement.
            foreach (var later in current.Where(n => n.Recommendation.Number > number))
                await RenumberAsync(s, inspectionId, later.Recommendation, later.Recommendation.Number - 1, actor, ct);
            return true;
        }, ct);

    /// <summary>
    /// Moves a new recommendation one place up (<paramref name="by"/> -1) or down (+1), swapping places with its neighbour;
    /// refused, as any stale save is, when it changed after <paramref name="expectedVersion"/>.
    /// </summary>
    public Task MoveNewAsync(long inspectionId, int number, int by, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (s, _) =>
        {
            if (by is not (-1 or 1)) throw new ChangeRefusedException("a recommendation moves one place up or down at a time");
            var current = (await ReadAsync(s, inspectionId, ct)).New;
            var moving = current.FirstOrDefault(n => n.Recommendation.Number == number)
                ?? throw new RecordNotFoundException($"there is no recommendation {number}");
            if (moving.Version != expectedVersion) throw await VersionCheckedWrites.ConflictAsync(s, Record(inspectionId, number), ct);
            var neighbour = current.FirstOrDefault(n => n.Recommendation.Number == number + by)
                ?? throw new ChangeRefusedException($"recommendation {number} is already {(by < 0 ? "first" : "last")}");
            // The rows keep their numbers and swap what they hold: the number is the key, and the place in the list.
            await RenumberAsync(s, inspectionId, neighbour.Recommendation, number, actor, ct);
            await RenumberAsync(s, inspectionId, moving.Recommendation, number + by, actor, ct);
            return true;
        }, ct);

    // Writes recommendation's content at number `to` (whose row exists), as a new version, and audits the move.
    private async Task RenumberAsync(DbSession s, long inspectionId, Recommendation recommendation, int to, Actor actor, CancellationToken ct)
    {
        var moved = recommendation with { Number = to };
        var exists = await s.ScalarAsync<int?>("select version from recommendations where inspection_id = @id and number = @number", ct, ("id", inspectionId), ("number", to));
        if (exists is null)
            await s.ExecuteAsync("update recommendations set number = @to, version = version + 1 where inspection_id = @id and number = @from", ct,
                ("id", inspectionId), ("to", to), ("from", recommendation.Number));
        else
            await s.ExecuteAsync("update recommendations set text = @text, addressee = @addressee, repeats_previous = @repeats, finding = @finding, version = version + 1 " +
                "where inspection_id = @id and number = @number", ct, ("id", inspectionId), ("number", to), ("text", moved.Text), ("addressee", moved.Addressee),
                ("repeats", moved.RepeatsPrevious), ("finding", moved.Finding));
        await _audit.AppendAsync(s, actor, inspectionId, "recommendation", Key(to), "move", recommendation, moved, ct);
    }

    private static RecordRef Record(long inspectionId, int number) => new(inspectionId, "recommendation", Key(number), $"recommendation {number}");

    private static async Task<StoredRecommendations> ReadAsync(DbSession session, long inspectionId, CancellationToken ct)
    {
        var previous = await session.QueryAsync("select * from previous_recommendations where inspection_id = @id order by number", r => new StoredPreviousRecommendation(
            new PreviousRecommendation(r.Int("number")!.Value, r.Required("text")) { Progress = StoredTokens.ParseProgress(r.Text("progress")), Evidence = r.Text("evidence") },
            r.Int("version")!.Value), ct, ("id", inspectionId));
        var fresh = await session.QueryAsync("select * from recommendations where inspection_id = @id order by number", r => new StoredRecommendation(
            new Recommendation(r.Int("number")!.Value, r.Required("text")) { Addressee = r.Text("addressee"), RepeatsPrevious = r.Int("repeats_previous"), Finding = r.Text("finding") },
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
