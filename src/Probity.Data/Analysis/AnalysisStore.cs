using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Analysis;

/// <summary>
/// The national analysis's way into storage: the stored inspections of a scope as <see cref="InspectionFacts"/>, each with
/// its packed tallies and case profile (a few kilobytes, whatever the number of cases) and only the other parts the
/// analysis reads. Core does all the counting; this reads compactly and keeps the packed tallies current.
/// </summary>
public sealed class AnalysisStore
{
    private readonly Database _database;
    private readonly AuditLog _audit;

    internal AnalysisStore(Database database, AuditLog audit)
    {
        _database = database;
        _audit = audit;
    }

    /// <summary>Rebuilds every inspection's tallies that are behind its cases; returns how many were rebuilt.</summary>
    public async Task<int> RefreshAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var stale = await _database.ReadAsync(s => InspectionCountsRows.StaleAsync(s, ct), ct);
        for (var i = 0; i < stale.Count; i++)
        {
            var (id, frameworkId) = stale[i];
            var framework = Framework(id, frameworkId);
            await _database.WriteAsync(s => InspectionCountsRows.RebuildAsync(s, id, framework, ct), ct);
            progress?.Report((i + 1, stale.Count));
        }
        return stale.Count;
    }

    /// <summary>The inspections of <paramref name="scope"/> with the parts <paramref name="reads"/> names, tallies brought up to date first.</summary>
    public async Task<IReadOnlyList<InspectionFacts>> LoadAsync(AnalysisScope scope, AnalysisData reads, CancellationToken ct = default)
    {
        if ((reads & (AnalysisData.Tallies | AnalysisData.Profile)) != 0) await RefreshAsync(ct: ct);
        return await _database.ReadAsync(s => ReadAsync(s, scope, reads, countsById: null, ct), ct);
    }

    /// <summary>
    /// The measured alternative to stored tallies: every case of the scope read in one streaming pass and counted in
    /// memory. Same result as <see cref="LoadAsync"/> with tallies and profile; the benchmark times both.
    /// </summary>
    public Task<IReadOnlyList<InspectionFacts>> ScanAsync(AnalysisScope scope, AnalysisData reads, CancellationToken ct = default) =>
        _database.ReadAsync(async s =>
        {
            var sql = ScopeSql.For(scope);
            var frameworks = await s.QueryAsync($"select i.id, i.framework {ScopeSql.From} where {sql.Where}",
                r => (Id: r.Id("id"), Framework: r.Required("framework")), ct, sql.Parameters);
            var countsById = frameworks.ToDictionary(f => f.Id, f => new InspectionCounts(Framework(f.Id, f.Framework)));
            await InspectionCountsRows.ScanAsync(s, $"where inspection_id in ({sql.Ids})", sql.Parameters, (id, record, answers) => countsById[id].Add(record, answers), null, ct);
            return await ReadAsync(s, scope, reads, countsById, ct);
        }, ct);

    /// <summary>
    /// Puts a national comparator (counts pooled by <see cref="NationalComparator"/>) on an inspection, as its
    /// nationalComparator block, audited. Refused once the inspection is published: its printed figures are final.
    /// </summary>
    public Task SetNationalComparatorAsync(long inspectionId, ComparatorResults comparator, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async s =>
        {
            var rows = await s.QueryAsync("select status, national_comparator from inspections where id = @id",
                r => (Status: StoredTokens.ParseStatus(r.Required("status")), Comparator: r.Text("national_comparator")), ct, ("id", inspectionId));
            var before = rows.Count == 1 ? rows[0] : throw new RecordNotFoundException($"there is no inspection with id {inspectionId}");
            if (before.Status == InspectionStatus.Published)
                throw new ChangeRefusedException($"inspection {inspectionId} is published, so its national comparison figures are final");
            await s.ExecuteAsync("update inspections set national_comparator = @comparator, version = version + 1 where id = @id", ct,
                ("comparator", ManifestRows.ComparatorJson(comparator)), ("id", inspectionId));
            await _audit.AppendAsync(s, actor, inspectionId, "inspection", inspectionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "national-comparator", AuditJson.Deserialize<ComparatorResults>(before.Comparator), comparator, ct);
        }, ct);

    private static async Task<IReadOnlyList<InspectionFacts>> ReadAsync(DbSession session, AnalysisScope scope, AnalysisData reads,
        Dictionary<long, InspectionCounts>? countsById, CancellationToken ct)
    {
        var sql = ScopeSql.For(scope);
        var p = sql.Parameters;
        var ids = sql.Ids;
        var facts = await session.QueryAsync(
            "select i.id, i.reference, i.framework, i.provider_id, p.name as provider_name, p.type as provider_type, g.name as region_name, " +
            $"i.fieldwork_start, i.programme_year, i.status, i.fw_observed_work_projects, i.fw_observed_induction_sessions {ScopeSql.From} where {sql.Where} order by i.id",
            r =>
            {
                var start = r.Date("fieldwork_start");
                return new InspectionFacts
                {
                    Id = r.Id("id"),
                    Reference = r.Text("reference"),
                    ProviderId = r.Id("provider_id"),
                    ProviderName = r.Required("provider_name"),
                    ProviderType = StoredTokens.ParseProviderType(r.Required("provider_type")),
                    Region = r.Text("region_name"),
                    Framework = Framework(r.Id("id"), r.Required("framework")),
                    FieldworkStart = start,
                    Year = ProgrammeYear.For(r.Text("programme_year"), start),
                    Status = StoredTokens.ParseStatus(r.Required("status")),
                    Fieldwork = new FieldworkFacts { ObservedWorkProjects = r.Int("fw_observed_work_projects"), ObservedInductionSessions = r.Int("fw_observed_induction_sessions") },
                };
            }, ct, p);

        if (countsById is null && (reads & (AnalysisData.Tallies | AnalysisData.Profile)) != 0)
            countsById = await ReadCountsAsync(session, facts, ids, p, reads, ct);

        var ratings = new Dictionary<long, Dictionary<string, Rating>>();
        var decisions = new Dictionary<long, List<PanelDecision>>();
        var notInspected = new Dictionary<long, List<string>>();
        if (reads.HasFlag(AnalysisData.RatingInputs))
        {
            foreach (var (id, standard, rating) in await session.QueryAsync(
                $"select inspection_id, standard, ratified from domain_one_ratings where ratified is not null and inspection_id in ({ids})",
                r => (r.Id("inspection_id"), r.Required("standard"), StoredTokens.ParseRating(r.Required("ratified"))!.Value), ct, p))
                Of(ratings, id)[standard] = rating;
            foreach (var (id, decision) in await session.QueryAsync(
                $"select * from panel_decisions where inspection_id in ({ids}) order by inspection_id, ordinal",
                r => (r.Id("inspection_id"), PanelRows.Decision(r)), ct, p))
                Of(decisions, id).Add(decision);
            foreach (var (id, standard) in await session.QueryAsync(
                $"select inspection_id, standard from not_inspected_standards where inspection_id in ({ids})", r => (r.Id("inspection_id"), r.Required("standard")), ct, p))
                Of(notInspected, id).Add(standard);
        }
        var interviews = reads.HasFlag(AnalysisData.Interviews) ? await ReadInterviewsAsync(session, ids, p, ct) : [];
        var previous = new Dictionary<long, List<PreviousRecommendation>>();
        var made = new Dictionary<long, List<Recommendation>>();
        if (reads.HasFlag(AnalysisData.Recommendations))
        {
            foreach (var (id, r) in await session.QueryAsync($"select * from previous_recommendations where inspection_id in ({ids}) order by inspection_id, number",
                r => (r.Id("inspection_id"), ManifestRows.PreviousRecommendation(r)), ct, p))
                Of(previous, id).Add(r);
            foreach (var (id, r) in await session.QueryAsync($"select * from recommendations where inspection_id in ({ids}) order by inspection_id, number",
                r => (r.Id("inspection_id"), ManifestRows.Recommendation(r)), ct, p))
                Of(made, id).Add(r);
        }

        var complete = facts.Select(f => f with
        {
            Counts = countsById?.GetValueOrDefault(f.Id),
            DomainOneRatings = ratings.GetValueOrDefault(f.Id) ?? [],
            PanelDecisions = decisions.GetValueOrDefault(f.Id) ?? [],
            NotInspected = notInspected.GetValueOrDefault(f.Id) ?? [],
            Interviews = interviews.GetValueOrDefault(f.Id) ?? new InterviewTally(),
            PreviousRecommendations = previous.GetValueOrDefault(f.Id) ?? [],
            Recommendations = made.GetValueOrDefault(f.Id) ?? [],
        });
        return scope.Apply(complete);
    }

    /// <summary>Every interview of the scope counted straight from the rows, one pass, no interview held as an object.</summary>
    private static async Task<Dictionary<long, InterviewTally>> ReadInterviewsAsync(DbSession session, string ids, (string, object?)[] parameters, CancellationToken ct)
    {
        var questions = InterviewQuestions.All;
        var tallies = new Dictionary<long, InterviewTally>();
        await using var command = session.Command(
            $"select inspection_id, grade, caseload, {string.Join(", ", questions.Select(q => q.Column))} from officer_interviews where inspection_id in ({ids})", parameters);
        await using var r = await command.ExecuteReaderAsync(ct);
        var answers = new bool?[questions.Count];
        while (await r.ReadAsync(ct))
        {
            var id = r.GetInt64(0);
            if (!tallies.TryGetValue(id, out var tally)) tallies[id] = tally = new InterviewTally();
            for (var q = 0; q < answers.Length; q++) answers[q] = r.IsDBNull(q + 3) ? null : r.GetBoolean(q + 3);
            tally.Add(r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2), answers);
        }
        return tallies;
    }

    private static async Task<Dictionary<long, InspectionCounts>> ReadCountsAsync(DbSession session, List<InspectionFacts> facts, string ids,
        (string, object?)[] parameters, AnalysisData reads, CancellationToken ct)
    {
        bool tallies = reads.HasFlag(AnalysisData.Tallies), profile = reads.HasFlag(AnalysisData.Profile);
        var frameworkOf = facts.ToDictionary(f => f.Id, f => f.Framework);
        var columns = string.Join(", ", new[] { tallies ? "tallies" : null, profile ? "profile" : null }.OfType<string>());
        var stored = await session.QueryAsync($"select inspection_id, {columns} from analysis_cubes where inspection_id in ({ids})", r =>
        {
            var id = r.Id("inspection_id");
            var t = tallies ? PackedCounts.DecodeTallies(frameworkOf[id], r.Bytes("tallies")) : null;
            var c = profile ? PackedCounts.DecodeProfile(r.Bytes("profile")) : null;
            if ((tallies && t is null) || (profile && c is null))
                throw new StoreException($"the stored tallies of inspection {id} could not be read; run the analysis again to rebuild them");
            return (Id: id, Counts: new InspectionCounts(t, c));
        }, ct, parameters);
        var countsById = stored.ToDictionary(x => x.Id, x => x.Counts);
        // An inspection without cases has no packed counts: its counts are all zero.
        foreach (var f in facts.Where(f => !countsById.ContainsKey(f.Id)))
            countsById[f.Id] = new InspectionCounts(tallies ? new ItemTallies(f.Framework) : null, profile ? new CaseProfile() : null);
        return countsById;
    }

    private static List<T> Of<T>(Dictionary<long, List<T>> map, long id) => map.TryGetValue(id, out var list) ? list : map[id] = [];

    private static Dictionary<string, Rating> Of(Dictionary<long, Dictionary<string, Rating>> map, long id) =>
        map.TryGetValue(id, out var d) ? d : map[id] = [];

    private static FrameworkVersion Framework(long inspectionId, string id) =>
        FrameworkCatalog.Find(id) ?? throw new StoreException($"inspection {inspectionId} uses framework \"{id}\", which this Probity does not know");
}
