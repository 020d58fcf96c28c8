using System.Data.Common;
using Probity.Data.Sql;

namespace Probity.Data.Users;

/// <summary>The users and user_roles tables: a user read with its roles, in one statement.</summary>
internal static class UserRows
{
    private const string SelectWithRoles = "select u.*, r.role from users u left join user_roles r on r.user_id = u.id";

    public static async Task<List<UserAccount>> ListAsync(DbSession session, CancellationToken ct) =>
        Group(await session.QueryAsync($"{SelectWithRoles} order by u.user_name", MapRow, ct));

    /// <summary>The user, or null when there is none with that name.</summary>
    public static async Task<UserAccount?> FindAsync(DbSession session, string userName, CancellationToken ct) =>
        Group(await session.QueryAsync($"{SelectWithRoles} where u.user_name = @name", MapRow, ct, ("name", userName))).SingleOrDefault();

    public static async Task<UserAccount> GetAsync(DbSession session, string userName, CancellationToken ct) =>
        await FindAsync(session, userName, ct) ?? throw new RecordNotFoundException($"there is no user \"{userName}\"");

    /// <summary>
    /// The user of a session, with their roles, and the session's times: one statement, for the check on every request.
    /// Null when there is no such session.
    /// </summary>
    public static async Task<SessionUser?> ForSessionAsync(DbSession session, string sessionId, CancellationToken ct)
    {
        var rows = await session.QueryAsync(
            "select u.*, r.role, s.created_at as session_created_at, s.last_seen_at as session_last_seen_at, s.ended_at as session_ended_at " +
            "from user_sessions s join users u on u.id = s.user_id left join user_roles r on r.user_id = u.id where s.id = @id",
            row => (Row: MapRow(row), Created: row.Timestamp("session_created_at")!.Value, LastSeen: row.Timestamp("session_last_seen_at")!.Value,
                Ended: row.Timestamp("session_ended_at") is not null), ct, ("id", sessionId));
        if (rows.Count == 0) return null;
        var user = Group(rows.ConvertAll(r => r.Row))[0];
        return new SessionUser(user, rows[0].Created, rows[0].LastSeen, rows[0].Ended);
    }

    /// <summary>One account per user, in the order the rows came, with the roles of all its rows.</summary>
    private static List<UserAccount> Group(List<(UserAccount User, UserRole? Role)> rows) =>
        rows.GroupBy(r => r.User.Id)
            .Select(g => g.First().User with { Roles = g.Where(r => r.Role is not null).Select(r => r.Role!.Value).ToHashSet() })
            .ToList();

    private static (UserAccount, UserRole?) MapRow(DbDataReader row) => (Map(row), row.Text("role") is { } role ? ParseRole(role) : null);

    private static UserRole ParseRole(string token) =>
        UserRoleNames.TryParse(token, out var role) ? role : throw new StoreException($"unknown role \"{token}\" in the database");

    private static UserAccount Map(DbDataReader row) => new(
        row.Id("id"), row.Required("user_name"), row.Required("display_name"), new HashSet<UserRole>(), row.Text("password_hash"), row.Int("failed_sign_ins")!.Value,
        row.Timestamp("locked_until"), row.Long("provider_id"), row.Int("version")!.Value)
    {
        MustChangePassword = row.Bool("must_change_password") == true,
        Disabled = row.Bool("disabled") == true,
    };
}

/// <summary>A session's user and times, as the check on every request reads them.</summary>
internal sealed record SessionUser(UserAccount User, DateTimeOffset Created, DateTimeOffset LastSeen, bool Ended);
