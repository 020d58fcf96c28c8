using Probity.Data.Audit;
using Probity.Data.Sql;

namespace Probity.Data.Samples;

/// <summary>The drawn_samples and drawn_sample_cases tables, read back.</summary>
internal static class DrawnSampleRows
{
    /// <summary>The draw with every drawn case in order, or null when there is none with that id.</summary>
    public static async Task<DrawnSample?> LoadAsync(DbSession s, long drawnSampleId, CancellationToken ct)
    {
        var header = await s.QuerySingleAsync("select * from drawn_samples where id = @id", MapHeader, ct, ("id", drawnSampleId));
        if (header is null) return null;
        var cases = await s.QueryAsync("select * from drawn_sample_cases where drawn_sample_id = @id order by ordinal", r => new DrawnCase(
            r.Required("case_ref"), r.Required("stratum"), r.Required("role") == "sample" ? DrawnRole.Sample : DrawnRole.Reserve, r.Int("reserve_order"),
            AuditJson.Deserialize<List<string?>>(r.Required("column_values"))!), ct, ("id", drawnSampleId));
        return header with { Cases = cases };
    }

    public static DrawnSample MapHeader(System.Data.Common.DbDataReader row) => new(
        row.Required("sample"), row.Long("seed")!.Value, AuditJson.Deserialize<Dictionary<string, string>>(row.Required("parameters"))!,
        AuditJson.Deserialize<List<string>>(row.Required("column_headers"))!, [])
    {
        Id = row.Id("id"), DrawnAt = row.Timestamp("drawn_at")!.Value, DrawnBy = row.Text("drawn_by"),
    };
}
