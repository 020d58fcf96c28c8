using Probity.Data.Tests.Infrastructure;
using Probity.Data.Users;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task Fifty_parallel_failures_are_each_counted_once_and_lock_the_account_at_exactly_n()
    {
        var store = await NewStoreAsync();
        await store.Get<UserStore>().CreateAsync(new NewUser("target", "Target", [UserRole.Inspector]) { PasswordHash = "h" }, Lead);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            store.Get<UserStore>().CountFailedSignInAsync("target", 5, TimeSpan.FromMinutes(15), "192.0.2.7"))));

        Assert.Equal([1, 2, 3, 4, 5], outcomes.Where(o => o.Failures is not null).Select(o => o.Failures!.Value).Order());
        Assert.Single(outcomes, o => o.LockedNow);
        var user = (await store.Get<UserStore>().FindAsync("target"))!;
        Assert.Equal(5, user.FailedSignIns);
        Assert.NotNull(user.LockedUntil);
        var events = await store.Get<SecurityEvents>().ListAsync(new("target"));
        Assert.Equal(50, events.Count(e => e.Kind == SecurityEventKind.SignInFailed && e.Detail == "192.0.2.7"));
        Assert.Single(events, e => e.Kind == SecurityEventKind.LockedOut);
        Assert.True((await store.Get<Audit.AuditLog>().VerifyAsync()).FirstBreak is null);
    }

    [Fact]
    public async Task A_name_no_account_has_is_recorded_and_counts_nothing()
    {
        var store = await NewStoreAsync();
        var outcome = await store.Get<UserStore>().CountFailedSignInAsync("ghost", 5, TimeSpan.FromMinutes(15), null);
        Assert.Equal(new FailedSignIn(null, false), outcome);
        Assert.Equal(SecurityEventKind.SignInFailed, Assert.Single(await store.Get<SecurityEvents>().ListAsync(new("ghost"))).Kind);
    }

    [Fact]
    public async Task A_session_ends_when_idle_past_its_limit_or_older_than_its_absolute_limit()
    {
        var clock = new SteppingClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var store = await NewStoreAsync(clock);
        await store.Get<UserStore>().CreateAsync(new NewUser("ann", "Ann", [UserRole.Inspector]) { PasswordHash = "h" }, Lead);
        var sessions = store.Get<SessionStore>();
        var limits = new SessionLimits(TimeSpan.FromMinutes(30), TimeSpan.FromHours(2));
        var idle = await sessions.StartAsync("ann", "192.0.2.1", "Firefox");
        var busy = await sessions.StartAsync("ann", null, null);

        clock.Now += TimeSpan.FromMinutes(20);
        Assert.Equal("ann", (await sessions.CheckAsync(busy.Id, limits))?.UserName);
        clock.Now += TimeSpan.FromMinutes(20);
        Assert.Null(await sessions.CheckAsync(idle.Id, limits));
        Assert.NotNull(await sessions.CheckAsync(busy.Id, limits));
        Assert.Equal([busy.Id], (await sessions.ListOpenAsync("ann", limits)).Select(s => s.Id));
        for (var i = 0; i < 4; i++)
        {
            clock.Now += TimeSpan.FromMinutes(20);
            Assert.NotNull(await sessions.CheckAsync(busy.Id, limits));
        }
        clock.Now += TimeSpan.FromMinutes(20); // 2 h 20 min after signing in, 20 min after its last use
        Assert.Null(await sessions.CheckAsync(busy.Id, limits));
        clock.Now -= TimeSpan.FromHours(3); // an ended session stays ended, whatever the clock says
        Assert.Null(await sessions.CheckAsync(busy.Id, limits));
    }

    [Fact]
    public async Task Signing_out_a_password_change_disabling_and_a_role_change_end_sessions_and_are_recorded()
    {
        var store = await NewStoreAsync();
        var users = store.Get<UserStore>();
        var sessions = store.Get<SessionStore>();
        var limits = SessionLimits.Default;
        await users.CreateAsync(new NewUser("bo", "Bo", [UserRole.Inspector]) { PasswordHash = "h" }, Lead);

        var first = await sessions.StartAsync("bo", null, null);
        await sessions.SignOutAsync(first.Id);
        Assert.Null(await sessions.CheckAsync(first.Id, limits));

        var second = await sessions.StartAsync("bo", null, null);
        var renamed = await users.UpdateAsync("bo", "Bo Brown", [UserRole.Inspector], null, (await users.FindAsync("bo"))!.Version, Lead);
        Assert.NotNull(await sessions.CheckAsync(second.Id, limits)); // a new display name is no reason to sign out
        await users.UpdateAsync("bo", "Bo Brown", [UserRole.Analyst], null, renamed.Version, Lead);
        Assert.Null(await sessions.CheckAsync(second.Id, limits));

        var third = await sessions.StartAsync("bo", null, null);
        await users.SetPasswordHashAsync("bo", "h2", mustChange: true, Lead);
        Assert.Null(await sessions.CheckAsync(third.Id, limits));
        Assert.True((await users.FindAsync("bo"))!.MustChangePassword);

        var fourth = await sessions.StartAsync("bo", null, null);
        await users.SetDisabledAsync("bo", true, Lead);
        Assert.Null(await sessions.CheckAsync(fourth.Id, limits));
        Assert.True((await users.FindAsync("bo"))!.Disabled);

        var fifth = await sessions.StartAsync("bo", null, null);
        Assert.Null(await sessions.CheckAsync(fifth.Id, limits)); // a session of a disabled account does not hold
        await users.SetDisabledAsync("bo", false, Lead);
        var sixth = await sessions.StartAsync("bo", null, null);
        Assert.False(await sessions.EndAsync("someone.else", sixth.Id, Lead));
        Assert.True(await sessions.EndAsync("bo", sixth.Id, Lead));
        Assert.Null(await sessions.CheckAsync(sixth.Id, limits));

        var kinds = (await store.Get<SecurityEvents>().ListAsync(new("bo"))).Select(e => e.Kind).Reverse().ToList();
        Assert.Equal(
            [SecurityEventKind.SignedIn, SecurityEventKind.SignedOut, SecurityEventKind.SignedIn, SecurityEventKind.RolesChanged, SecurityEventKind.SignedIn,
             SecurityEventKind.PasswordSetByAdmin, SecurityEventKind.SignedIn, SecurityEventKind.Disabled, SecurityEventKind.SignedIn, SecurityEventKind.Enabled,
             SecurityEventKind.SignedIn, SecurityEventKind.SessionEnded],
            kinds);
    }
}
