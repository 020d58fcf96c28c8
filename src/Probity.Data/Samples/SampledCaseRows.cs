using System.Globalization;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Samples;

/// <summary>Turning drawn cases into the inspection's cases to assess, inside the transaction that stores the draw or the change.</summary>
internal static class SampledCaseRows
{
    /// <summary>
    /// Creates a case for every case the draw put in the sample (reserves wait). A sample drawn again replaces the cases
    /// its earlier draw created while no one has started them; once one has been started or given to an inspector, it is
    /// refused. Cases that came another way (imported, added by hand) stay. Returns how many cases were created.
    /// </summary>
    public static async Task<int> CreateFromDrawAsync(DbSession session, long inspectionId, string framework, DrawnSample sample, CancellationToken ct)
    {
        var earlier = await session.QueryAsync("select case_ref, assessment_status, assigned_user_id from cases where inspection_id = @id and sample = @sample and stratum is not null and added_reason is null",
            r => (Case: r.Required("case_ref"), Started: r.Required("assessment_status") != CaseAssessmentStatus.NotStarted.Token() || r.Long("assigned_user_id") is not null),
            ct, ("id", inspectionId), ("sample", sample.Sample));
        var started = earlier.Where(c => c.Started).Select(c => c.Case).ToList();
        if (started.Count > 0)
            throw new ChangeRefusedException($"This sample has already been drawn and {Count(started.Count, "of its cases has", "of its cases have")} been given out or started " +
                $"({string.Join(", ", started.Take(5))}{(started.Count > 5 ? ", …" : "")}): withdraw them, with a reason, before drawing the sample again.");
        // Not started and held by no one, so they have no notes or practice examples to go with them.
        await session.ExecuteAsync("delete from cases where inspection_id = @id and sample = @sample and stratum is not null and added_reason is null", ct,
            ("id", inspectionId), ("sample", sample.Sample));
        var questions = FrameworkCatalog.Get(framework).Questions.Count;
        var present = (await session.QueryAsync("select case_ref from cases where inspection_id = @id", r => r.Required("case_ref"), ct, ("id", inspectionId))).ToHashSet();
        var created = 0;
        // A drawn case the inspection holds already (imported with it, added by hand) is that same case: it stays as it is.
        foreach (var drawn in sample.Cases.Where(c => c.Role == DrawnRole.Sample && !present.Contains(c.CaseId)))
        {
            await InsertAsync(session, inspectionId, questions, Record(sample, drawn), drawn.Stratum, null, ct);
            created++;
        }
        return created;
    }

    /// <summary>The case as the extract describes it: its sample, and every extract column that is also a case attribute with a value it knows.</summary>
    public static CaseRecord Record(DrawnSample sample, DrawnCase drawn)
    {
        var record = new CaseRecord(drawn.CaseId);
        for (var i = 0; i < sample.Columns.Count; i++)
            if (CaseColumns.Find(sample.Columns[i]) is { } column && column != CaseColumns.Sample && drawn.Values[i] is { Length: > 0 } value && column.Code(value) != 0)
                record.Set(column, value);
        record.Set(CaseColumns.Sample, sample.Sample);
        return record;
    }

    public static async Task InsertAsync(DbSession session, long inspectionId, int questions, CaseRecord record, string? stratum, string? addedReason, CancellationToken ct)
    {
        if (await session.ScalarAsync<long>("select count(*) from cases where inspection_id = @id and case_ref = @case", ct, ("id", inspectionId), ("case", record.CaseId)) > 0)
            throw new ChangeRefusedException($"Case {record.CaseId} is already in the inspection.");
        if (await session.ScalarAsync<long>("select count(*) from withdrawn_cases where inspection_id = @id and case_ref = @case", ct, ("id", inspectionId), ("case", record.CaseId)) > 0)
            throw new ChangeRefusedException($"Case {record.CaseId} was withdrawn from this inspection, so it cannot come back into the sample.");
        var attributes = CaseTable.Attributes;
        List<(string, object?)> parameters =
        [
            ("id", inspectionId), ("case", record.CaseId), ("stratum", stratum), ("reason", addedReason), ("answers", new byte[questions]),
            ("status", CaseAssessmentStatus.NotStarted.Token()),
        ];
        parameters.AddRange(attributes.Select((c, i) => (A(i), (object?)record.Get(c))));
        await session.ExecuteAsync(
            $"insert into cases (inspection_id, case_ref, ordinal, stratum, added_reason, answers, assessment_status, {CaseTable.AttributeList}) " +
            "values (@id, @case, (select coalesce(max(ordinal), -1) + 1 from cases where inspection_id = @id), @stratum, @reason, @answers, @status, " +
            $"{string.Join(", ", attributes.Select((_, i) => "@" + A(i)))})", ct, [.. parameters]);
    }

    private static string A(int i) => "a" + i.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string one, string many) => n == 1 ? $"one {one}" : $"{n.ToString(CultureInfo.InvariantCulture)} {many}";
}
