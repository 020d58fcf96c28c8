using Probity.Core.Datasets;
using Probity.Core.Stages;
using Probity.Data.Audit;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.Samples;

/// <summary>Stores the samples drawn for an inspection, so the draw can be shown, checked and reproduced later.</summary>
public sealed class DrawnSampleStore
{
    private static readonly string[] CaseParameters = ["sample", "ordinal", "case", "stratum", "role", "reserve", "values"];
    private readonly Database _database;
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal DrawnSampleStore(Database database, InspectionGuard guard, AuditLog audit, TimeProvider clock)
    {
        _database = database;
        _guard = guard;
        _audit = audit;
        _clock = clock;
    }

    /// <summary>
    /// Stores the draw and creates the inspection's cases from its sampled cases (see <see cref="SampledCaseRows.CreateFromDrawAsync"/>),
    /// in one transaction. From the ratings panel on, the draw is stored and no case changes.
    /// </summary>
    public Task<long> SaveAsync(long inspectionId, DrawnSample sample, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync(inspectionId, async (s, inspection) =>
        {
            var problems = Check(sample);
            if (problems.Count > 0) throw new ChangeRefusedException(problems);
            var at = _clock.GetUtcNow();
            var id = await s.ScalarAsync<long>(
                "insert into drawn_samples (inspection_id, sample, seed, parameters, column_headers, drawn_at, drawn_by) " +
                "values (@id, @sample, @seed, @parameters, @columns, @at, @by) returning id", ct,
                ("id", inspectionId), ("sample", sample.Sample), ("seed", sample.Seed), ("parameters", new JsonValue(AuditJson.Serialize(sample.Parameters))),
                ("columns", new JsonValue(AuditJson.Serialize(sample.Columns))), ("at", at), ("by", actor.UserName));
            await using var insert = s.Command("insert into drawn_sample_cases (drawn_sample_id, ordinal, case_ref, stratum, role, reserve_order, column_values) " +
                "values (@sample, @ordinal, @case, @stratum, @role, @reserve, @values)");
            var parameters = CaseParameters.Select(n => s.Add(insert, n, null)).ToArray();
            for (var i = 0; i < sample.Cases.Count; i++)
            {
                var drawn = sample.Cases[i];
                s.Dialect.Bind(parameters[0], id);
                s.Dialect.Bind(parameters[1], i);
                s.Dialect.Bind(parameters[2], drawn.CaseId);
                s.Dialect.Bind(parameters[3], drawn.Stratum);
                s.Dialect.Bind(parameters[4], drawn.Role == DrawnRole.Sample ? "sample" : "reserve");
                s.Dialect.Bind(parameters[5], drawn.ReserveOrder);
                s.Dialect.Bind(parameters[6], new JsonValue(AuditJson.Serialize(drawn.Values)));
                await insert.ExecuteNonQueryAsync(ct);
            }
            // From the ratings panel on the sample stands still: a draw then is kept as a record and changes no case.
            var created = StageGates.FreezesCaseAnswers(inspection.Status) ? 0 : await SampledCaseRows.CreateFromDrawAsync(s, inspectionId, inspection.Framework, sample, ct);
            var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await _audit.AppendAsync(s, actor, inspectionId, "drawn-sample", key, "save", null, new
            {
                sample.Sample, sample.Seed, sample.Parameters,
                Drawn = sample.Cases.Count(c => c.Role == DrawnRole.Sample), Reserves = sample.Cases.Count(c => c.Role == DrawnRole.Reserve),
                CasesCreated = created,
            }, ct);
            return id;
        }, ct);

    /// <summary>The inspection's drawn samples, newest first, without their cases.</summary>
    public Task<IReadOnlyList<DrawnSample>> ListAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<DrawnSample>>(inspectionId, async (s, _) =>
        {
            return await s.QueryAsync("select * from drawn_samples where inspection_id = @id order by id desc", DrawnSampleRows.MapHeader, ct, ("id", inspectionId));
        }, ct);

    public Task<DrawnSample> LoadAsync(long drawnSampleId, CancellationToken ct = default) =>
        _database.ReadAsync(async s => await DrawnSampleRows.LoadAsync(s, drawnSampleId, ct)
            ?? throw new RecordNotFoundException($"there is no drawn sample {drawnSampleId}"), ct);

    private static List<string> Check(DrawnSample sample)
    {
        var problems = new List<string>();
        if (CaseColumns.Sample.Code(sample.Sample) == 0)
            problems.Add($"\"{sample.Sample}\" is not a sample ({string.Join(", ", CaseColumns.Sample.Values)})");
        var seen = new HashSet<string>();
        foreach (var c in sample.Cases)
        {
            if (!seen.Add(c.CaseId)) problems.Add($"case {c.CaseId} is drawn twice");
            if (c.Values.Count != sample.Columns.Count) problems.Add($"case {c.CaseId} has {c.Values.Count} values for {sample.Columns.Count} columns");
            if ((c.Role == DrawnRole.Reserve) != (c.ReserveOrder is not null)) problems.Add($"case {c.CaseId}: a reserve has a reserve order, a sampled case has none");
        }
        return problems;
    }
}
