using Probity.Core.Datasets;
using Probity.Core.Text;
using Probity.Data.Audit;
using Probity.Data.Sql;

namespace Probity.Data.Datasets;

/// <summary>
/// What happened to an inspection after its ratings, in and out of its own tables for import and export: the factual
/// accuracy check and its comments, the published versions, the overridden checks, the withdrawn and added cases, and
/// the provider's action plan. People are named by their user names, as the stores record them; cases by reference.
/// </summary>
internal static class InspectionRecordRows
{
    /// <summary>Writes the records of an imported dataset; its cases and recommendations are stored already.</summary>
    public static async Task InsertAsync(DbSession session, long id, InspectionManifest manifest, CancellationToken ct)
    {
        if (manifest.FactualAccuracy is { } accuracy) await InsertFactualAccuracyAsync(session, id, accuracy, ct);
        foreach (var v in manifest.Publication)
            await session.ExecuteAsync("insert into report_versions (inspection_id, number, published_on, reason, narrative, published_at, published_by) " +
                "values (@id, @number, @on, @reason, @narrative, @at, @by)", ct,
                ("id", id), ("number", v.Number), ("on", v.PublishedOn), ("reason", v.Reason),
                ("narrative", new JsonValue(AuditJson.Serialize(v.Narrative))), ("at", v.PublishedAt), ("by", v.PublishedBy));
        foreach (var o in manifest.CheckOverrides)
            await session.ExecuteAsync("insert into check_overrides (inspection_id, finding_key, block, words, reason, overridden_by, overridden_at) " +
                "values (@id, @finding, @block, @words, @reason, @by, @at)", ct,
                ("id", id), ("finding", o.Finding), ("block", o.Block), ("words", o.Words), ("reason", o.Reason), ("by", o.OverriddenBy), ("at", o.OverriddenAt));
        foreach (var w in manifest.SampleChanges.Withdrawn)
            await session.ExecuteAsync("insert into withdrawn_cases (inspection_id, case_ref, sample, stratum, reason, replaced_by, withdrawn_at, withdrawn_by) " +
                "values (@id, @case, @sample, @stratum, @reason, @replaced, @at, @by)", ct,
                ("id", id), ("case", w.CaseId), ("sample", w.Sample), ("stratum", w.Stratum), ("reason", w.Reason), ("replaced", w.ReplacedBy),
                ("at", w.WithdrawnAt), ("by", w.WithdrawnBy));
        foreach (var a in manifest.SampleChanges.Added)
            await session.ExecuteAsync("update cases set stratum = @stratum, added_reason = @reason where inspection_id = @id and case_ref = @case", ct,
                ("id", id), ("case", a.CaseId), ("stratum", a.Stratum), ("reason", a.Reason));
        foreach (var r in manifest.Recommendations.New)
            if (r.ActionPlan is { } plan)
                await session.ExecuteAsync("insert into action_plan_responses (inspection_id, recommendation, response, actions, owner, target_date) " +
                    "values (@id, @number, @response, @actions, @owner, @target)", ct,
                    ("id", id), ("number", r.Number), ("response", ExchangeTokens.ActionPlanAnswers.Token(plan.Answer)), ("actions", plan.Actions),
                    ("owner", plan.Owner), ("target", plan.TargetDate));
    }

    private static async Task InsertFactualAccuracyAsync(DbSession session, long id, FactualAccuracyRecord accuracy, CancellationToken ct)
    {
        if (accuracy.Deadline is { } deadline)
            await session.ExecuteAsync("insert into factual_accuracy_checks (inspection_id, deadline, set_at, set_by) values (@id, @deadline, @at, @by)", ct,
                ("id", id), ("deadline", deadline), ("at", accuracy.SetAt), ("by", accuracy.SetBy));
        // In the order they were made: the comments' ids keep it, and export lists them by id.
        foreach (var c in accuracy.Comments)
            await session.ExecuteAsync("insert into factual_accuracy_comments (inspection_id, section, section_title, comment, made_by, made_at, " +
                "outcome, outcome_reason, decided_by, decided_at) values (@id, @section, @title, @comment, @by, @at, @outcome, @reason, @decidedBy, @decidedAt)", ct,
                ("id", id), ("section", c.Section), ("title", c.SectionTitle), ("comment", c.Text), ("by", c.MadeBy), ("at", c.MadeAt),
                ("outcome", c.Outcome is { } o ? ExchangeTokens.AccuracyOutcomes.Token(o) : null), ("reason", c.OutcomeReason),
                ("decidedBy", c.DecidedBy), ("decidedAt", c.DecidedAt));
    }

    /// <summary>Fills in everything <see cref="InsertAsync"/> wrote onto a manifest read by <see cref="ManifestRows.ReadAsync"/>.</summary>
    public static async Task<InspectionManifest> ReadAsync(DbSession session, long id, InspectionManifest manifest, CancellationToken ct)
    {
        var p = ("id", (object?)id);
        var versions = await session.QueryAsync("select * from report_versions where inspection_id = @id order by number", r =>
            new PublishedVersion(r.Int("number")!.Value, r.Date("published_on")!.Value, r.Timestamp("published_at")!.Value, r.Required("published_by"))
            {
                Reason = r.Text("reason"), Narrative = AuditJson.Deserialize<Dictionary<string, string>>(r.Required("narrative")) ?? [],
            }, ct, p);
        var overrides = await session.QueryAsync("select * from check_overrides where inspection_id = @id order by overridden_at, finding_key", r =>
            new OverriddenCheck(r.Required("finding_key"), r.Required("block"), r.Required("words"), r.Required("reason"), r.Required("overridden_by"),
                r.Timestamp("overridden_at")!.Value), ct, p);
        var withdrawn = await session.QueryAsync("select * from withdrawn_cases where inspection_id = @id order by withdrawn_at, case_ref", r =>
            new WithdrawnFromSample(r.Required("case_ref"), r.Required("sample"), r.Required("reason"), r.Timestamp("withdrawn_at")!.Value, r.Required("withdrawn_by"))
            {
                Stratum = r.Text("stratum"), ReplacedBy = r.Text("replaced_by"),
            }, ct, p);
        var added = await session.QueryAsync("select case_ref, stratum, added_reason from cases where inspection_id = @id and added_reason is not null order by ordinal",
            r => new AddedToSample(r.Required("case_ref"), r.Required("added_reason")) { Stratum = r.Text("stratum") }, ct, p);
        var plans = (await session.QueryAsync("select * from action_plan_responses where inspection_id = @id", r => (Number: r.Int("recommendation")!.Value,
            Plan: new ActionPlan(ParsePlanAnswer(r.Required("response")), r.Required("actions"), r.Required("owner")) { TargetDate = r.Date("target_date") }), ct, p))
            .ToDictionary(x => x.Number, x => x.Plan);
        return manifest with
        {
            FactualAccuracy = await ReadFactualAccuracyAsync(session, id, ct),
            Publication = versions,
            CheckOverrides = overrides,
            SampleChanges = new SampleChanges { Withdrawn = withdrawn, Added = added },
            Recommendations = manifest.Recommendations with
            {
                New = manifest.Recommendations.New.Select(r => plans.TryGetValue(r.Number, out var plan) ? r with { ActionPlan = plan } : r).ToList(),
            },
        };
    }

    private static async Task<FactualAccuracyRecord?> ReadFactualAccuracyAsync(DbSession session, long id, CancellationToken ct)
    {
        var p = ("id", (object?)id);
        var check = (await session.QueryAsync("select deadline, set_at, set_by from factual_accuracy_checks where inspection_id = @id",
            r => (Deadline: r.Date("deadline"), At: r.Timestamp("set_at"), By: r.Text("set_by")), ct, p)).FirstOrDefault();
        var comments = await session.QueryAsync("select * from factual_accuracy_comments where inspection_id = @id order by id", r =>
            new AccuracyComment(r.Required("section"), r.Required("section_title"), r.Required("comment"), r.Required("made_by"), r.Timestamp("made_at")!.Value)
            {
                Outcome = ParseOutcome(r.Text("outcome")), OutcomeReason = r.Text("outcome_reason"), DecidedBy = r.Text("decided_by"), DecidedAt = r.Timestamp("decided_at"),
            }, ct, p);
        if (check.Deadline is null && comments.Count == 0) return null;
        return new FactualAccuracyRecord { Deadline = check.Deadline, SetAt = check.At, SetBy = check.By, Comments = comments };
    }

    private static AccuracyOutcome? ParseOutcome(string? token) =>
        token is null ? null : ExchangeTokens.AccuracyOutcomes.TryParse(token, out var o) ? o : throw new StoreException($"\"{token}\" is not a stored comment outcome");

    private static ActionPlanAnswer ParsePlanAnswer(string token) =>
        ExchangeTokens.ActionPlanAnswers.TryParse(token, out var a) ? a : throw new StoreException($"\"{token}\" is not a stored action plan response");
}
