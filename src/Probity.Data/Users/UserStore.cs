using Probity.Data.Audit;
using Probity.Data.Sql;

namespace Probity.Data.Users;

/// <summary>Users, their roles, and sign-in bookkeeping. Password hashes never reach the audit log.</summary>
public sealed class UserStore
{
    private readonly Database _database;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;
    private readonly SecurityEvents _events;

    internal UserStore(Database database, AuditLog audit, TimeProvider clock, SecurityEvents events)
    {
        _database = database;
        _audit = audit;
        _clock = clock;
        _events = events;
    }

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<UserAccount>>(async session => await UserRows.ListAsync(session, ct), ct);

    /// <summary>The user, or null when there is none with that name (sign-in must not reveal which names exist).</summary>
    public Task<UserAccount?> FindAsync(string userName, CancellationToken ct = default) =>
        _database.ReadAsync(session => UserRows.FindAsync(session, userName, ct), ct);

    public Task<UserAccount> CreateAsync(NewUser user, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var problems = Check(user.UserName, user.DisplayName, user.Roles, user.ProviderId);
            if (problems.Count > 0) throw new ChangeRefusedException(problems);
            if (await UserRows.FindAsync(session, user.UserName, ct) is not null) throw new ChangeRefusedException($"the user name \"{user.UserName}\" is taken");
            var id = await session.ScalarAsync<long>("insert into users (user_name, display_name, password_hash, provider_id) values (@name, @display, @hash, @provider) returning id",
                ct, ("name", user.UserName), ("display", user.DisplayName), ("hash", user.PasswordHash), ("provider", user.ProviderId));
            foreach (var role in user.Roles.Distinct())
                await session.ExecuteAsync("insert into user_roles (user_id, role) values (@id, @role)", ct, ("id", id), ("role", role.Token()));
            var created = await UserRows.GetAsync(session, user.UserName, ct);
            await _audit.AppendAsync(session, actor, null, "user", user.UserName, "create", null, View(created), ct);
            return created;
        }, ct);

    /// <summary>Changes display name, roles and provider; refused if the user changed since <paramref name="expectedVersion"/>.</summary>
    public Task<UserAccount> UpdateAsync(string userName, string displayName, IReadOnlyCollection<UserRole> roles, long? providerId, int expectedVersion,
        Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var problems = Check(userName, displayName, roles, providerId);
            if (problems.Count > 0) throw new ChangeRefusedException(problems);
            var before = await UserRows.GetAsync(session, userName, ct);
            await VersionCheckedWrites.UpdateAsync(session, "users", "display_name = @display, provider_id = @provider", "id = @id", expectedVersion, Ref(userName), ct,
                ("id", before.Id), ("display", displayName), ("provider", providerId));
            await session.ExecuteAsync("delete from user_roles where user_id = @id", ct, ("id", before.Id));
            foreach (var role in roles.Distinct())
                await session.ExecuteAsync("insert into user_roles (user_id, role) values (@id, @role)", ct, ("id", before.Id), ("role", role.Token()));
            var after = await UserRows.GetAsync(session, userName, ct);
            await _audit.AppendAsync(session, actor, null, "user", userName, "update", View(before), View(after), ct);
            if (!before.Roles.SetEquals(after.Roles))
            {
                await UserSessions.EndAllAsync(session, before.Id, SessionEnd.RolesChanged, _clock.GetUtcNow(), ct);
                await _events.AppendAsync(session, SecurityEventKind.RolesChanged, actor, userName,
                    string.Join(", ", after.Roles.Order().Select(r => r.Token())), ct);
            }
            return after;
        }, ct);

    /// <summary>A password set without asking its user to change it (the demo's, a test's): see the overload.</summary>
    public Task SetPasswordHashAsync(string userName, string passwordHash, Actor actor, CancellationToken ct = default) =>
        SetPasswordHashAsync(userName, passwordHash, mustChange: false, actor, ct);

    /// <summary>
    /// A new password: unlocks the account and ends its sessions. One an admin sets is marked <paramref name="mustChange"/>:
    /// its user must choose their own at their next sign-in.
    /// </summary>
    public Task SetPasswordHashAsync(string userName, string passwordHash, bool mustChange, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var user = await UserRows.GetAsync(session, userName, ct);
            await session.ExecuteAsync(
                "update users set password_hash = @hash, failed_sign_ins = 0, locked_until = null, must_change_password = @must, version = version + 1 where id = @id", ct,
                ("hash", passwordHash), ("must", mustChange), ("id", user.Id));
            await _audit.AppendAsync(session, actor, null, "user", userName, "set-password", null, new { PasswordChanged = true, MustChange = mustChange }, ct);
            await UserSessions.EndAllAsync(session, user.Id, SessionEnd.PasswordChanged, _clock.GetUtcNow(), ct);
            await _events.AppendAsync(session, actor.UserName == userName ? SecurityEventKind.PasswordChanged : SecurityEventKind.PasswordSetByAdmin, actor, userName, null, ct);
        }, ct);

    /// <summary>The same password hashed again at a higher work factor: nothing else about the account changes.</summary>
    public Task RehashPasswordAsync(string userName, string oldHash, string newHash, CancellationToken ct = default) =>
        _database.WriteAsync(session => session.ExecuteAsync("update users set password_hash = @new where user_name = @name and password_hash = @old", ct,
            ("new", newHash), ("name", userName), ("old", oldHash)), ct);

    /// <summary>Disables (or enables again) an account; disabling ends its sessions at once.</summary>
    public Task SetDisabledAsync(string userName, bool disabled, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var user = await UserRows.GetAsync(session, userName, ct);
            if (user.Disabled == disabled) return;
            await session.ExecuteAsync("update users set disabled = @disabled, version = version + 1 where id = @id", ct, ("disabled", disabled), ("id", user.Id));
            await _audit.AppendAsync(session, actor, null, "user", userName, disabled ? "disable" : "enable", new { Disabled = !disabled }, new { Disabled = disabled }, ct);
            if (disabled) await UserSessions.EndAllAsync(session, user.Id, SessionEnd.Disabled, _clock.GetUtcNow(), ct);
            await _events.AppendAsync(session, disabled ? SecurityEventKind.Disabled : SecurityEventKind.Enabled, actor, userName, null, ct);
        }, ct);

    /// <summary>
    /// Counts a failed sign-in for <paramref name="userNameTried"/> in one statement (the database adds one, so parallel
    /// attempts cannot overwrite each other's count), and records it: at <paramref name="lockOutAfter"/> failures the
    /// account is locked for <paramref name="lockOutFor"/>. Attempts at a locked account are recorded but not counted; a
    /// name no account has is recorded the same way (the statement changes nothing).
    /// </summary>
    public Task<FailedSignIn> CountFailedSignInAsync(string userNameTried, int lockOutAfter, TimeSpan lockOutFor, string? client, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var now = _clock.GetUtcNow().ToUniversalTime();
            const string Count = "case when locked_until is null then failed_sign_ins + 1 else 1 end";
            var counted = (await session.QueryAsync(
                $"update users set failed_sign_ins = {Count}, locked_until = case when {Count} >= @after then @until else null end " +
                "where user_name = @name and (locked_until is null or locked_until <= @now) returning failed_sign_ins",
                row => row.Int("failed_sign_ins"), ct, ("after", lockOutAfter), ("until", now + lockOutFor), ("name", userNameTried), ("now", now))).FirstOrDefault();
            var actor = new Actor(userNameTried);
            await _events.AppendAsync(session, SecurityEventKind.SignInFailed, actor, userNameTried, client, ct);
            var lockedNow = counted == lockOutAfter;
            if (lockedNow)
            {
                await _events.AppendAsync(session, SecurityEventKind.LockedOut, actor, userNameTried, $"{counted} failed sign-ins", ct);
                await _audit.AppendAsync(session, actor, null, "user", userNameTried, "lock-out", null, new { FailedSignIns = counted, LockedUntil = now + lockOutFor }, ct);
            }
            return new FailedSignIn(counted, lockedNow);
        }, ct);

    /// <summary>Counts a failed sign-in (as <see cref="CountFailedSignInAsync"/>) and gives the account as it is now.</summary>
    public async Task<UserAccount> RecordFailedSignInAsync(string userName, int lockOutAfter, TimeSpan lockOutFor, CancellationToken ct = default)
    {
        await CountFailedSignInAsync(userName, lockOutAfter, lockOutFor, null, ct);
        return await _database.ReadAsync(session => UserRows.GetAsync(session, userName, ct), ct);
    }

    public Task RecordSignInAsync(string userName, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var user = await UserRows.GetAsync(session, userName, ct);
            await session.ExecuteAsync("update users set failed_sign_ins = 0, locked_until = null where id = @id", ct, ("id", user.Id));
        }, ct);

    private static List<string> Check(string userName, string displayName, IReadOnlyCollection<UserRole> roles, long? providerId)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(userName) || userName.Any(char.IsWhiteSpace)) problems.Add("a user name is needed, without spaces");
        if (string.IsNullOrWhiteSpace(displayName)) problems.Add("a display name is needed");
        if (roles.Count == 0) problems.Add("a user needs at least one role");
        if (roles.Contains(UserRole.ProviderContact) && providerId is null) problems.Add("a provider contact must belong to a provider");
        if (!roles.Contains(UserRole.ProviderContact) && providerId is not null) problems.Add("only a provider contact belongs to a provider");
        return problems;
    }

    private static object View(UserAccount user) => new { user.UserName, user.DisplayName, Roles = user.Roles.Order().Select(r => r.Token()), user.ProviderId };

    private static RecordRef Ref(string userName) => new(null, "user", userName, $"user {userName}");
}
