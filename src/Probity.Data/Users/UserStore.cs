using Probity.Data.Audit;
using Probity.Data.Sql;

namespace Probity.Data.Users;

/// <summary>Users, their roles, and sign-in bookkeeping. Password hashes never reach the audit log.</summary>
public sealed class UserStore
{
    private readonly Database _database;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal UserStore(Database database, AuditLog audit, TimeProvider clock)
    {
        _database = database;
        _audit = audit;
        _clock = clock;
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
            return after;
        }, ct);

    public Task SetPasswordHashAsync(string userName, string passwordHash, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var user = await UserRows.GetAsync(session, userName, ct);
            await session.ExecuteAsync("update users set password_hash = @hash, failed_sign_ins = 0, locked_until = null, version = version + 1 where id = @id", ct,
                ("hash", passwordHash), ("id", user.Id));
            await _audit.AppendAsync(session, actor, null, "user", userName, "set-password", null, new { PasswordChanged = true }, ct);
        }, ct);

    /// <summary>
    /// Counts a failed sign-in; at <paramref name="lockOutAfter"/> failures the account is locked for
    /// <paramref name="lockOutFor"/> from now (the injected clock's now).
    /// </summary>
    public Task<UserAccount> RecordFailedSignInAsync(string userName, int lockOutAfter, TimeSpan lockOutFor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var user = await UserRows.GetAsync(session, userName, ct);
            var failures = user.FailedSignIns + 1;
            DateTimeOffset? until = failures >= lockOutAfter ? _clock.GetUtcNow() + lockOutFor : user.LockedUntil;
            await session.ExecuteAsync("update users set failed_sign_ins = @failures, locked_until = @until where id = @id", ct,
                ("failures", failures), ("until", until?.ToUniversalTime()), ("id", user.Id));
            if (until != user.LockedUntil)
                await _audit.AppendAsync(session, new Actor(userName), null, "user", userName, "lock-out", null, new { FailedSignIns = failures, LockedUntil = until }, ct);
            return await UserRows.GetAsync(session, userName, ct);
        }, ct);

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
