using System.Security.Cryptography;
using Probity.Data.Sql;

namespace Probity.Data.Users;

/// <summary>
/// Signed-in sessions kept in the database: started at sign-in, checked (and their last use noted) on each request,
/// ended by signing out, by their user or an admin, or by the account changing (<see cref="UserStore"/>). Idle and
/// absolute limits are measured with the injected clock.
/// </summary>
public sealed class SessionStore
{
    // A session's last use is written at most this often: a write on every request would cost more than the page.
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    private readonly Database _database;
    private readonly SecurityEvents _events;
    private readonly TimeProvider _clock;

    internal SessionStore(Database database, SecurityEvents events, TimeProvider clock)
    {
        _database = database;
        _events = events;
        _clock = clock;
    }

    /// <summary>A new session for a user whose password was right: their failed sign-ins are forgotten, and the sign-in recorded.</summary>
    public Task<UserSession> StartAsync(string userName, string? clientAddress, string? userAgent, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var user = await UserRows.GetAsync(session, userName, ct);
            var now = _clock.GetUtcNow().ToUniversalTime();
            var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var agent = userAgent is { Length: > 300 } ? userAgent[..300] : userAgent;
            await session.ExecuteAsync(
                "insert into user_sessions (id, user_id, created_at, last_seen_at, client_address, user_agent) values (@id, @user, @now, @now, @client, @agent); " +
                "update users set failed_sign_ins = 0, locked_until = null where id = @user", ct,
                ("id", id), ("user", user.Id), ("now", now), ("client", clientAddress), ("agent", agent));
            await _events.AppendAsync(session, SecurityEventKind.SignedIn, new Actor(userName), userName, clientAddress, ct);
            return new UserSession(id, userName, now, now, clientAddress, agent);
        }, ct);

    /// <summary>
    /// The session's user, when the session is open, within its limits and its account enabled; otherwise null, and a
    /// session past a limit (or of a disabled account) is ended with the reason.
    /// </summary>
    public async Task<UserAccount?> CheckAsync(string id, SessionLimits limits, CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        // The session and its user with their roles in one statement: this runs before every page.
        var found = await _database.ReadAsync(session => UserRows.ForSessionAsync(session, id, ct), ct);
        if (found is not { Ended: false }) return null;
        var user = found.User;
        var why = user.Disabled ? SessionEnd.Disabled
            : now - found.LastSeen > limits.Idle ? SessionEnd.Idle
            : now - found.Created > limits.Absolute ? SessionEnd.Expired
            : null;
        if (why is not null)
        {
            await _database.WriteAsync(session => UserSessions.EndAsync(session, id, why, now, ct), ct);
            return null;
        }
        if (now - found.LastSeen >= TouchEvery)
            await _database.WriteAsync(session => session.ExecuteAsync("update user_sessions set last_seen_at = @now where id = @id", ct,
                ("now", now.ToUniversalTime()), ("id", id)), ct);
        return user;
    }

    /// <summary>The user's open sessions, newest first (those past a limit are not shown: they end at their next use).</summary>
    public Task<IReadOnlyList<UserSession>> ListOpenAsync(string userName, SessionLimits limits, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<UserSession>>(async session =>
        {
            var now = _clock.GetUtcNow();
            var rows = await session.QueryAsync($"{UserSessions.Select} where u.user_name = @name and s.ended_at is null order by s.created_at desc",
                UserSessions.Map, ct, ("name", userName));
            return rows.Where(r => now - r.Session.LastSeen <= limits.Idle && now - r.Session.Created <= limits.Absolute).Select(r => r.Session).ToList();
        }, ct);

    /// <summary>Signing out: the session ends for every copy of its cookie.</summary>
    public Task SignOutAsync(string id, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var userName = await OwnerAsync(session, id, ct);
            if (userName is null || await UserSessions.EndAsync(session, id, SessionEnd.SignedOut, _clock.GetUtcNow(), ct) == 0) return;
            await _events.AppendAsync(session, SecurityEventKind.SignedOut, new Actor(userName), userName, null, ct);
        }, ct);

    /// <summary>
    /// Ends one of <paramref name="userName"/>'s sessions (by its user, or by an admin): false when it is not theirs or
    /// has already ended, so a user can end only their own.
    /// </summary>
    public Task<bool> EndAsync(string userName, string id, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            if (await OwnerAsync(session, id, ct) != userName) return false;
            var why = actor.UserName == userName ? SessionEnd.EndedByUser : SessionEnd.EndedByAdmin;
            if (await UserSessions.EndAsync(session, id, why, _clock.GetUtcNow(), ct) == 0) return false;
            await _events.AppendAsync(session, SecurityEventKind.SessionEnded, actor, userName, why, ct);
            return true;
        }, ct);

    /// <summary>An admin ends every session of a user.</summary>
    public Task<int> EndAllAsync(string userName, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var user = await UserRows.GetAsync(session, userName, ct);
            var ended = await UserSessions.EndAllAsync(session, user.Id, SessionEnd.EndedByAdmin, _clock.GetUtcNow(), ct);
            await _events.AppendAsync(session, SecurityEventKind.SessionEnded, actor, userName, $"{ended} ended by an admin", ct);
            return ended;
        }, ct);

    private static async Task<string?> OwnerAsync(DbSession session, string id, CancellationToken ct) =>
        (await session.QueryAsync("select u.user_name from user_sessions s join users u on u.id = s.user_id where s.id = @id", r => r.Required("user_name"), ct, ("id", id)))
            .FirstOrDefault();
}
