using Probity.Data.Sql;

namespace Probity.Data.Cases;

/// <summary>The case_reopenings table as the other stores need it: is this case open at the panel, and closing it.</summary>
internal static class CaseReopenings
{
    public static async Task<bool> IsOpenAsync(DbSession session, long inspectionId, string caseId, CancellationToken ct) =>
        await session.ScalarAsync<long>("select count(*) from case_reopenings where inspection_id = @id and case_ref = @case and closed_at is null", ct,
            ("id", inspectionId), ("case", caseId)) > 0;

    /// <summary>The case is completed again: its reopening is over, and its answers freeze once more.</summary>
    public static Task CloseAsync(DbSession session, long inspectionId, string caseId, DateTimeOffset at, CancellationToken ct) =>
        session.ExecuteAsync("update case_reopenings set closed_at = @at where inspection_id = @id and case_ref = @case and closed_at is null", ct,
            ("at", at), ("id", inspectionId), ("case", caseId));
}
