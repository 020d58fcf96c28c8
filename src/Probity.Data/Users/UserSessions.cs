using System.Data.Common;
using Probity.Data.Sql;

namespace Probity.Data.Users;

/// <summary>The user_sessions table: what the stores share about it.</summary>
internal static class UserSessions
{
    public const string Select =
        "select s.id, u.user_name, s.created_at, s.last_seen_at, s.ended_at, s.client_address, s.user_agent from user_sessions s join users u on u.id = s.user_id";

    /// <summary>Ends every open session of the user (a password change, a disabled account, a change of roles).</summary>
    public static Task<int> EndAllAsync(DbSession session, long userId, string why, DateTimeOffset now, CancellationToken ct) =>
        session.ExecuteAsync("update user_sessions set ended_at = @now, ended_why = @why where user_id = @user and ended_at is null", ct,
            ("now", now.ToUniversalTime()), ("why", why), ("user", userId));

    public static Task<int> EndAsync(DbSession session, string id, string why, DateTimeOffset now, CancellationToken ct) =>
        session.ExecuteAsync("update user_sessions set ended_at = @now, ended_why = @why where id = @id and ended_at is null", ct,
            ("now", now.ToUniversalTime()), ("why", why), ("id", id));

    public static (UserSession Session, bool Ended) Map(DbDataReader row) =>
        (new UserSession(row.Required("id"), row.Required("user_name"), row.Timestamp("created_at")!.Value, row.Timestamp("last_seen_at")!.Value,
            row.Text("client_address"), row.Text("user_agent")), row.Timestamp("ended_at") is not null);
}
