using System.Data.Common;
using System.Globalization;
using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Data.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Analysis;

/// <summary>
/// Keeps analysis_cubes in step with the cases: written from the dataset at import; otherwise rebuilt from the stored rows
/// (one pass per inspection) whenever the triggers have moved the inspection's generation past the packed counts', or the counts
/// were packed with another layout. Rebuilding is the only path that reads cases; every analysis reads packed counts.
/// </summary>
internal static class InspectionCountsRows
{
    public static string Layout => CountsLayout.Fingerprint.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>At import, in its transaction: the packed counts of the dataset just written, at the generation its cases moved to.</summary>
    public static async Task WriteForImportAsync(DbSession session, long inspectionId, InspectionDataset dataset, CancellationToken ct)
    {
        var generation = await GenerationAsync(session, inspectionId, ct);
        if (generation is null) return; // no cases, nothing to count
        await UpsertAsync(session, inspectionId, generation.Value, InspectionCounts.Of(dataset), ct);
    }

    /// <summary>The inspections whose packed counts are missing, behind its cases, or packed with another layout.</summary>
    public static Task<List<(long Id, string Framework)>> StaleAsync(DbSession session, CancellationToken ct) =>
        session.QueryAsync(
            "select g.inspection_id, i.framework from analysis_generations g join inspections i on i.id = g.inspection_id " +
            "left join analysis_cubes c on c.inspection_id = g.inspection_id " +
            "where c.inspection_id is null or c.generation <> g.generation or c.layout <> @layout order by g.inspection_id",
            r => (r.Id("inspection_id"), r.Required("framework")), ct, ("layout", Layout));

    /// <summary>
    /// Rebuilds one inspection's counts from its stored cases. The generation is read first: a save that lands during the
    /// scan moves it on again, so the counts are rebuilt next time rather than wrongly marked current.
    /// </summary>
    public static async Task RebuildAsync(DbSession session, long inspectionId, FrameworkVersion framework, CancellationToken ct)
    {
        var generation = await GenerationAsync(session, inspectionId, ct) ?? 0;
        var caseCounts = new InspectionCounts(framework);
        await ScanAsync(session, "where inspection_id = @id", [("id", inspectionId)], (_, record, answers) => caseCounts.Add(record, answers), framework.Questions.Count, ct);
        await UpsertAsync(session, inspectionId, generation, caseCounts, ct);
    }

    /// <summary>
    /// One streaming pass over the cases the filter selects, in inspection order: each row's attributes decoded into one
    /// reused <see cref="CaseRecord"/> and its packed answers handed on as bytes, never as objects per answer.
    /// </summary>
    public static async Task ScanAsync(DbSession session, string filter, (string, object?)[] parameters, Action<long, CaseRecord, ReadOnlySpan<byte>> each,
        int? expectedItems, CancellationToken ct)
    {
        var attributes = CaseTable.Attributes;
        await using var command = session.Command($"select inspection_id, {CaseTable.AttributeList}, ro_caseload, answers from cases {filter} order by inspection_id", parameters);
        await using var r = await command.ExecuteReaderAsync(ct);
        var record = new CaseRecord("scan");
        var caseload = attributes.Count + 1;
        while (await r.ReadAsync(ct))
        {
            for (var a = 0; a < attributes.Count; a++) record.Set(attributes[a], r.IsDBNull(a + 1) ? null : r.GetString(a + 1));
            record.ResponsibleOfficerCaseload = r.IsDBNull(caseload) ? null : r.GetInt32(caseload);
            var answers = (byte[])r.GetValue(caseload + 1);
            if (expectedItems is { } n && answers.Length != n)
                throw new StoreException($"a case of inspection {r.GetInt64(0)} has {answers.Length} answers stored but its framework has {n} items");
            each(r.GetInt64(0), record, answers);
        }
    }

    private static Task<long?> GenerationAsync(DbSession session, long inspectionId, CancellationToken ct) =>
        session.ScalarAsync<long?>("select generation from analysis_generations where inspection_id = @id", ct, ("id", inspectionId));

    private static Task<int> UpsertAsync(DbSession session, long inspectionId, long generation, InspectionCounts caseCounts, CancellationToken ct) =>
        session.ExecuteAsync(
            "insert into analysis_cubes (inspection_id, generation, layout, tallies, profile) values (@id, @generation, @layout, @tallies, @profile) " +
            "on conflict (inspection_id) do update set generation = excluded.generation, layout = excluded.layout, tallies = excluded.tallies, profile = excluded.profile",
            ct, ("id", inspectionId), ("generation", generation), ("layout", Layout), ("tallies", PackedCounts.Encode(caseCounts.Tallies)), ("profile", PackedCounts.Encode(caseCounts.Profile)));
}
