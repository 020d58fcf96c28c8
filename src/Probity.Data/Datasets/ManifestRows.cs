using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Data.Audit;
using Probity.Data.Sql;

namespace Probity.Data.Datasets;

/// <summary>
/// The manifest's editable parts as rows of their own tables (not a JSON blob), so the web app can change one proposal,
/// decision, recommendation or key data cell at a time. Written at import, read back to rebuild the manifest.
/// </summary>
internal static class ManifestRows
{
    public static async Task InsertAsync(DbSession session, long id, InspectionManifest manifest, CancellationToken ct)
    {
        foreach (var standard in manifest.NotInspected)
            await session.ExecuteAsync("insert into not_inspected_standards (inspection_id, standard) values (@id, @standard)", ct, ("id", id), ("standard", standard));
        foreach (var (sample, plan) in manifest.Samples)
            await session.ExecuteAsync("insert into sample_plans (inspection_id, sample, required, census, eligible_population, note) values (@id, @sample, @required, @census, @eligible, @note)",
                ct, ("id", id), ("sample", sample), ("required", plan.Required), ("census", plan.Census), ("eligible", plan.EligiblePopulation), ("note", plan.Note));
        foreach (var standard in manifest.DomainOneRatings.Keys.Union(manifest.DomainOneProposals.Keys))
        {
            var proposal = manifest.DomainOneProposals.GetValueOrDefault(standard);
            await session.ExecuteAsync("insert into domain_one_ratings (inspection_id, standard, proposed, rationale, ratified) values (@id, @standard, @proposed, @rationale, @ratified)",
                ct, ("id", id), ("standard", standard), ("proposed", proposal?.Proposed?.Token()), ("rationale", proposal?.Rationale),
                ("ratified", manifest.DomainOneRatings.TryGetValue(standard, out var r) ? r.Token() : null));
        }
        for (var i = 0; i < manifest.PanelDecisions.Count; i++)
            await PanelRows.InsertAsync(session, id, i, manifest.PanelDecisions[i], ct);
        for (var t = 0; t < manifest.KeyData.Count; t++) await KeyDataRows.InsertTableAsync(session, id, t, manifest.KeyData[t], ct);
        for (var i = 0; i < manifest.ContextualFacts.Count; i++)
        {
            var f = manifest.ContextualFacts[i];
            await session.ExecuteAsync("insert into contextual_facts (inspection_id, ordinal, label, value, source) values (@id, @ordinal, @label, @value, @source)",
                ct, ("id", id), ("ordinal", i), ("label", f.Label), ("value", f.Value), ("source", f.Source));
        }
        for (var i = 0; i < manifest.PerformanceAgainstKeyTargets.Count; i++)
        {
            var p = manifest.PerformanceAgainstKeyTargets[i];
            await session.ExecuteAsync("insert into performance_measures (inspection_id, ordinal, measure, label, provider_value, england_and_wales, target, source) " +
                "values (@id, @ordinal, @measure, @label, @provider, @ew, @target, @source)",
                ct, ("id", id), ("ordinal", i), ("measure", p.Measure), ("label", p.Label), ("provider", p.Provider), ("ew", p.EnglandAndWales),
                ("target", p.Target), ("source", p.Source));
        }
        foreach (var p in manifest.Recommendations.Previous)
            await session.ExecuteAsync("insert into previous_recommendations (inspection_id, number, text, progress, evidence) values (@id, @number, @text, @progress, @evidence)",
                ct, ("id", id), ("number", p.Number), ("text", p.Text), ("progress", p.Progress?.Token()), ("evidence", p.Evidence));
        foreach (var r in manifest.Recommendations.New)
            await session.ExecuteAsync("insert into recommendations (inspection_id, number, text, addressee, repeats_previous, finding) values (@id, @number, @text, @addressee, @repeats, @finding)",
                ct, ("id", id), ("number", r.Number), ("text", r.Text), ("addressee", r.Addressee), ("repeats", r.RepeatsPrevious), ("finding", r.Finding));
        foreach (var (section, text) in manifest.Narrative)
            await session.ExecuteAsync("insert into narrative_blocks (inspection_id, section, text) values (@id, @section, @text)",
                ct, ("id", id), ("section", section), ("text", text));
    }

    /// <summary>Fills in everything <see cref="InsertAsync"/> wrote onto a manifest holding the inspection row's own fields.</summary>
    public static async Task<InspectionManifest> ReadAsync(DbSession session, long id, InspectionManifest manifest, CancellationToken ct)
    {
        var p = ("id", (object?)id);
        var notInspected = await session.QueryAsync("select standard from not_inspected_standards where inspection_id = @id order by standard", r => r.Required("standard"), ct, p);
        var samples = await session.QueryAsync("select * from sample_plans where inspection_id = @id order by sample", r => (Sample: r.Required("sample"), Plan: new SamplePlan
        {
            Required = r.Int("required"), Census = r.Bool("census") ?? false, EligiblePopulation = r.Int("eligible_population"), Note = r.Text("note"),
        }), ct, p);
        var domainOne = await session.QueryAsync("select * from domain_one_ratings where inspection_id = @id order by standard", r =>
            (Standard: r.Required("standard"), Proposed: StoredTokens.ParseRating(r.Text("proposed")), Rationale: r.Text("rationale"), Ratified: StoredTokens.ParseRating(r.Text("ratified"))), ct, p);
        var facts = await ReadContextualFactsAsync(session, id, ct);
        var measures = await session.QueryAsync("select * from performance_measures where inspection_id = @id order by ordinal",
            r => new PerformanceMeasure(r.Required("measure"), r.Required("label"))
            {
                Provider = r.Decimal("provider_value"), EnglandAndWales = r.Decimal("england_and_wales"), Target = r.Decimal("target"), Source = r.Text("source"),
            }, ct, p);
        var previous = await session.QueryAsync("select * from previous_recommendations where inspection_id = @id order by number", PreviousRecommendation, ct, p);
        var fresh = await session.QueryAsync("select * from recommendations where inspection_id = @id order by number", Recommendation, ct, p);
        var narrative = await session.QueryAsync("select section, text from narrative_blocks where inspection_id = @id order by section",
            r => (Section: r.Required("section"), Text: r.Required("text")), ct, p);
        return manifest with
        {
            NotInspected = notInspected,
            Samples = samples.ToDictionary(x => x.Sample, x => x.Plan),
            DomainOneRatings = domainOne.Where(d => d.Ratified is not null).ToDictionary(d => d.Standard, d => d.Ratified!.Value),
            DomainOneProposals = domainOne.Where(d => d.Proposed is not null || d.Rationale is not null)
                .ToDictionary(d => d.Standard, d => new DomainOneProposal(d.Proposed, d.Rationale)),
            PanelDecisions = (await PanelRows.ReadAsync(session, id, ct)).Select(d => d.Decision).ToList(),
            KeyData = await KeyDataRows.ReadAsync(session, id, ct),
            ContextualFacts = facts,
            PerformanceAgainstKeyTargets = measures,
            Recommendations = new RecommendationSet { Previous = previous, New = fresh },
            Narrative = narrative.ToDictionary(n => n.Section, n => n.Text),
        };
    }

    /// <summary>The recommendation of a previous_recommendations row, with its progress.</summary>
    public static PreviousRecommendation PreviousRecommendation(System.Data.Common.DbDataReader row) =>
        new(row.Int("number")!.Value, row.Required("text")) { Progress = StoredTokens.ParseProgress(row.Text("progress")), Evidence = row.Text("evidence") };

    /// <summary>The recommendation of a recommendations row.</summary>
    public static Recommendation Recommendation(System.Data.Common.DbDataReader row) =>
        new(row.Int("number")!.Value, row.Required("text")) { Addressee = row.Text("addressee"), RepeatsPrevious = row.Int("repeats_previous"), Finding = row.Text("finding") };

    public static Task<List<ContextualFact>> ReadContextualFactsAsync(DbSession session, long id, CancellationToken ct) =>
        session.QueryAsync("select label, value, source from contextual_facts where inspection_id = @id order by ordinal",
            r => new ContextualFact(r.Required("label"), r.Required("value")) { Source = r.Text("source") }, ct, ("id", id));

    public static JsonValue? ComparatorJson<T>(T? value) where T : ComparatorResults =>
        value is null ? null : new JsonValue(AuditJson.Serialize(value));
}
