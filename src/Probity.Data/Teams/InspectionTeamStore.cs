using System.Globalization;
using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.Teams;

/// <summary>
/// Who works on each inspection, and so who may see it: a draft is seen by its team and by admins only; a published
/// inspection by everyone signed in.
/// </summary>
public sealed class InspectionTeamStore
{
    private readonly Database _database;
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;

    internal InspectionTeamStore(Database database, InspectionGuard guard, AuditLog audit)
    {
        _database = database;
        _guard = guard;
        _audit = audit;
    }

    public Task<IReadOnlyList<TeamMember>> GetAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<TeamMember>>(inspectionId, async (session, _) => await TeamRows.ListAsync(session, inspectionId, ct), ct);

    /// <summary>Replaces the team (a lead and anyone else, each with the account role their part needs).</summary>
    public Task<IReadOnlyList<TeamMember>> SetAsync(long inspectionId, IReadOnlyList<TeamMember> members, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync<IReadOnlyList<TeamMember>>(inspectionId, async (session, _) =>
        {
            var before = await TeamRows.ListAsync(session, inspectionId, ct);
            await TeamRows.ReplaceAsync(session, inspectionId, members, ct);
            var after = await TeamRows.ListAsync(session, inspectionId, ct);
            await _audit.AppendAsync(session, actor, inspectionId, "team", inspectionId.ToString(CultureInfo.InvariantCulture), "set",
                AuditView(before), AuditView(after), ct);
            return after;
        }, ct);

    /// <summary>Whether <paramref name="userName"/> may see the inspection (false, not an error, for one that does not exist).</summary>
    public Task<bool> MayViewAsync(long inspectionId, string userName, CancellationToken ct = default) =>
        _database.ReadAsync(async session => await session.ScalarAsync<long>(
            $"select count(*) from inspections i where i.id = @id and {TeamRows.VisibleTo}", ct,
            ("id", inspectionId), ("viewer", userName), ("published", InspectionStatus.Published.Token())) > 0, ct);

    /// <summary>The inspections <paramref name="userName"/> may see, in the order <see cref="InspectionStore.ListAsync"/> gives.</summary>
    public Task<IReadOnlyList<InspectionSummary>> ListVisibleAsync(string userName, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<InspectionSummary>>(async session => await InspectionRow.SummariesAsync(session, $"where {TeamRows.VisibleTo}", ct,
            ("viewer", userName), ("published", InspectionStatus.Published.Token())), ct);

    /// <summary>The inspections <paramref name="userName"/> is on the team of, whatever their stage.</summary>
    public Task<IReadOnlyList<InspectionSummary>> ListForMemberAsync(string userName, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<InspectionSummary>>(async session => await InspectionRow.SummariesAsync(session,
            "where exists (select 1 from inspection_team t join users u on u.id = t.user_id where t.inspection_id = i.id and u.user_name = @viewer)", ct,
            ("viewer", userName)), ct);

    private static object AuditView(IEnumerable<TeamMember> members) => members.Select(m => new { m.UserName, Role = m.Role.Token() });
}
