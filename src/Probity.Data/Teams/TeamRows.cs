using Probity.Data.Sql;
using Probity.Data.Users;

namespace Probity.Data.Teams;

/// <summary>The inspection_team table: one row per person and role on an inspection.</summary>
internal static class TeamRows
{
    public static Task<List<TeamMember>> ListAsync(DbSession session, long inspectionId, CancellationToken ct) =>
        session.QueryAsync(
            "select u.user_name, u.display_name, t.role from inspection_team t join users u on u.id = t.user_id " +
            "where t.inspection_id = @id order by t.role, u.display_name",
            r => new TeamMember(r.Required("user_name"), TeamRoleNames.Parse(r.Required("role"))) { DisplayName = r.Required("display_name") }, ct, ("id", inspectionId));

    /// <summary>
    /// Replaces the team; refused (nothing written) when a member is unknown or lacks the account role the team role
    /// needs, or when the team has no lead.
    /// </summary>
    public static async Task ReplaceAsync(DbSession session, long inspectionId, IReadOnlyList<TeamMember> members, CancellationToken ct)
    {
        var problems = new List<string>();
        var rows = new List<(long UserId, TeamRole Role)>();
        foreach (var member in members.Distinct())
        {
            var user = await UserRows.FindAsync(session, member.UserName, ct);
            if (user is null) problems.Add($"there is no user \"{member.UserName}\"");
            else if (!May(user, member.Role)) problems.Add($"{user.DisplayName} cannot be {Article(member.Role)} {member.Role.DisplayName().ToLowerInvariant()}: their account does not have that role");
            else rows.Add((user.Id, member.Role));
        }
        if (!members.Any(m => m.Role == TeamRole.Lead)) problems.Add("the team needs a lead inspector");
        if (problems.Count > 0) throw new ChangeRefusedException(problems);
        await session.ExecuteAsync("delete from inspection_team where inspection_id = @id", ct, ("id", inspectionId));
        foreach (var (userId, role) in rows)
            await session.ExecuteAsync("insert into inspection_team (inspection_id, user_id, role) values (@id, @user, @role)", ct,
                ("id", inspectionId), ("user", userId), ("role", role.Token()));
    }

    private static bool May(UserAccount user, TeamRole role) => role switch
    {
        TeamRole.Lead => user.Roles.Contains(UserRole.LeadInspector),
        TeamRole.Inspector => user.Roles.Contains(UserRole.Inspector) || user.Roles.Contains(UserRole.LeadInspector),
        _ => user.Roles.Contains(UserRole.RatingsPanelMember),
    };

    private static string Article(TeamRole role) => role == TeamRole.Inspector ? "an" : "a";

    /// <summary>
    /// The condition (on inspections aliased <c>i</c>, with parameters @viewer and @published) under which a user may see an
    /// inspection: admins always, everyone signed in once it is published, otherwise its team only.
    /// </summary>
    public const string VisibleTo =
        "(i.status = @published " +
        "or exists (select 1 from user_roles r join users u on u.id = r.user_id where u.user_name = @viewer and r.role = 'admin') " +
        "or exists (select 1 from inspection_team t join users u on u.id = t.user_id where t.inspection_id = i.id and u.user_name = @viewer))";
}
