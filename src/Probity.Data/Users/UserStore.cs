using System.Data.Common;
using Probity.Data.Audit;
using Probity.Data.Sql;

namespace Probity.Data.Users;

/// <summary>Users, their roles, and sign-in bookkeeping. Password hashes never reach the audit log.</summary>
public sealed class UserStore
{
    private readonly ProbityStore _store;

    internal UserStore(ProbityStore store) => _store = store;

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct = default) =>
        _store.ReadAsync<IReadOnlyList<UserAccount>>(async s =>
        {
            var roles = await RolesAsync(s, null, ct);
            return (await s.QueryAsync("select * from users order by user_name", Map, ct)).Select(u => WithRoles(u, roles)).ToList();
        }, ct);

    /// <summary>The user, or null when there is none with that name (sign-in must not reveal which names exist).</summary>
    public Task<UserAccount?> FindAsync(string userName, CancellationToken ct = default) =>
        _store.ReadAsync(s => FindAsync(s, userName, ct), ct);

    public Task<UserAccount> CreateAsync(NewUser user, Actor actor, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var problems = Check(user.UserName, user.DisplayName, user.Roles, user.ProviderId);
            if (problems.Count > 0) throw new ChangeRefusedException(problems);
            if (await FindAsync(s, user.UserName, ct) is not null) throw new ChangeRefusedException($"the user name \"{user.UserName}\" is taken");
            var id = await s.ScalarAsync<long>("insert into users (user_name, display_name, password_hash, provider_id) values (@name, @display, @hash, @provider) returning id",
                ct, ("name", user.UserName), ("display", user.DisplayName), ("hash", user.PasswordHash), ("provider", user.ProviderId));
            foreach (var role in user.Roles.Distinct())
                await s.ExecuteAsync("insert into user_roles (user_id, role) values (@id, @role)", ct, ("id", id), ("role", role.Token()));
            var created = await GetAsync(s, user.UserName, ct);
            await AuditLog.AppendAsync(s, actor, null, "user", user.UserName, "create", null, View(created), ct);
            return created;
        }, ct);

    /// <summary>Changes display name, roles and provider; refused if the user changed since <paramref name="expectedVersion"/>.</summary>
    public Task<UserAccount> UpdateAsync(string userName, string displayName, IReadOnlyCollection<UserRole> roles, long? providerId, int expectedVersion,
        Actor actor, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var problems = Check(userName, displayName, roles, providerId);
            if (problems.Count > 0) throw new ChangeRefusedException(problems);
            var before = await GetAsync(s, userName, ct);
            await Versioned.UpdateAsync(s, "users", "display_name = @display, provider_id = @provider", "id = @id", expectedVersion, Ref(userName), ct,
                ("id", before.Id), ("display", displayName), ("provider", providerId));
            await s.ExecuteAsync("delete from user_roles where user_id = @id", ct, ("id", before.Id));
            foreach (var role in roles.Distinct())
                await s.ExecuteAsync("insert into user_roles (user_id, role) values (@id, @role)", ct, ("id", before.Id), ("role", role.Token()));
            var after = await GetAsync(s, userName, ct);
            await AuditLog.AppendAsync(s, actor, null, "user", userName, "update", View(before), View(after), ct);
            return after;
        }, ct);

    public Task SetPasswordHashAsync(string userName, string passwordHash, Actor actor, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var user = await GetAsync(s, userName, ct);
            await s.ExecuteAsync("update users set password_hash = @hash, failed_sign_ins = 0, locked_until = null, version = version + 1 where id = @id", ct,
                ("hash", passwordHash), ("id", user.Id));
            await AuditLog.AppendAsync(s, actor, null, "user", userName, "set-password", null, new { PasswordChanged = true }, ct);
        }, ct);

    /// <summary>Counts a failed sign-in; at <paramref name="lockOutAfter"/> failures the account is locked until now + <paramref name="lockOutFor"/>.</summary>
    public Task<UserAccount> RecordFailedSignInAsync(string userName, int lockOutAfter, TimeSpan lockOutFor, DateTimeOffset now, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var user = await GetAsync(s, userName, ct);
            var failures = user.FailedSignIns + 1;
            DateTimeOffset? until = failures >= lockOutAfter ? now + lockOutFor : user.LockedUntil;
            await s.ExecuteAsync("update users set failed_sign_ins = @failures, locked_until = @until where id = @id", ct,
                ("failures", failures), ("until", until?.ToUniversalTime()), ("id", user.Id));
            if (until != user.LockedUntil)
                await AuditLog.AppendAsync(s, new Actor(userName), null, "user", userName, "lock-out", null, new { FailedSignIns = failures, LockedUntil = until }, ct);
            return await GetAsync(s, userName, ct);
        }, ct);

    public Task RecordSignInAsync(string userName, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var user = await GetAsync(s, userName, ct);
            await s.ExecuteAsync("update users set failed_sign_ins = 0, locked_until = null where id = @id", ct, ("id", user.Id));
        }, ct);

    internal static async Task<UserAccount> GetAsync(DbSession s, string userName, CancellationToken ct) =>
        await FindAsync(s, userName, ct) ?? throw new RecordNotFoundException($"there is no user \"{userName}\"");

    private static async Task<UserAccount?> FindAsync(DbSession s, string userName, CancellationToken ct)
    {
        var user = await s.QuerySingleAsync("select * from users where user_name = @name", Map, ct, ("name", userName));
        return user is null ? null : WithRoles(user, await RolesAsync(s, user.Id, ct));
    }

    private static async Task<ILookup<long, UserRole>> RolesAsync(DbSession s, long? userId, CancellationToken ct)
    {
        var rows = userId is null
            ? await s.QueryAsync("select user_id, role from user_roles", MapRole, ct)
            : await s.QueryAsync("select user_id, role from user_roles where user_id = @id", MapRole, ct, ("id", userId));
        return rows.ToLookup(r => r.UserId, r => r.Role);
    }

    private static (long UserId, UserRole Role) MapRole(DbDataReader r) =>
        (r.Id("user_id"), UserRoleNames.TryParse(r.Required("role"), out var role) ? role : throw new StoreException($"unknown role \"{r.Required("role")}\" in the database"));

    private static UserAccount Map(DbDataReader r) => new(
        r.Id("id"), r.Required("user_name"), r.Required("display_name"), new HashSet<UserRole>(), r.Text("password_hash"), r.Int("failed_sign_ins")!.Value,
        r.Timestamp("locked_until"), r.Long("provider_id"), r.Int("version")!.Value);

    private static UserAccount WithRoles(UserAccount user, ILookup<long, UserRole> roles) => user with { Roles = roles[user.Id].ToHashSet() };

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

    private static object View(UserAccount u) => new { u.UserName, u.DisplayName, Roles = u.Roles.Order().Select(r => r.Token()), u.ProviderId };

    private static RecordRef Ref(string userName) => new(null, "user", userName, $"user {userName}");
}
