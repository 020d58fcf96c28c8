using Probity.Data.Users;
using Probity.Web.Demo;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>Failed sign-ins counted in the database under parallel attempts, the rate limit per address, and the security events.</summary>
public sealed class LockOutAndEventsTests
{
    [Fact]
    public async Task Fifty_parallel_wrong_passwords_lock_the_account_after_exactly_n_counted_failures_and_each_is_recorded()
    {
        using var web = WebFactory.With(new Dictionary<string, string> { ["LockOutAfter"] = "7" });
        web.Anonymous(); // the app starts (and loads the demo) once, before the attempts
        var attempts = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
            await web.Anonymous().PostFormAsync("/sign-in", new() { ["UserName"] = "demo.inspector", ["Password"] = $"wrong guess {i}" })));
        var answers = await Task.WhenAll(attempts);

        Assert.All(answers, a => Assert.Equal(["Enter a correct user name and password"], a.ErrorSummary));
        var user = (await web.Store.Users.FindAsync("demo.inspector"))!;
        Assert.Equal(7, user.FailedSignIns);
        Assert.NotNull(user.LockedUntil);
        var events = await web.Store.SecurityEvents.ListAsync(new("demo.inspector"));
        Assert.Equal(50, events.Count(e => e.Kind == SecurityEventKind.SignInFailed));
        Assert.Single(events, e => e.Kind == SecurityEventKind.LockedOut);
    }

    [Fact]
    public async Task An_unknown_name_is_answered_and_recorded_as_a_wrong_password_is()
    {
        using var web = new WebFactory();
        var unknown = await web.Anonymous().PostFormAsync("/sign-in", new() { ["UserName"] = "no.such.person", ["Password"] = DemoData.Password });
        Assert.Equal(["Enter a correct user name and password"], unknown.ErrorSummary);
        var failed = Assert.Single(await web.Store.SecurityEvents.ListAsync(new("no.such.person")));
        Assert.Equal((SecurityEventKind.SignInFailed, "no.such.person"), (failed.Kind, failed.Actor));
    }

    [Fact]
    public async Task Too_many_attempts_from_one_address_get_429_while_the_lock_out_still_counts()
    {
        using var web = WebFactory.With(new Dictionary<string, string> { ["SignInAttemptsPerMinute"] = "3", ["LockOutAfter"] = "3" });
        var session = web.Anonymous();
        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await session.PostFormAsync("/sign-in", new() { ["UserName"] = "demo.lead", ["Password"] = $"guess {i}" })).Status);

        Assert.Equal([200, 200, 200, 429, 429], statuses);
        Assert.Contains("Too many attempts", (await session.PostRawAsync("/sign-in", [])).Html);
        Assert.Equal(200, (await session.GetAsync("/sign-in")).Status); // only posting is limited
        Assert.NotNull((await web.Store.Users.FindAsync("demo.lead"))!.LockedUntil);
    }

    [Fact]
    public async Task Every_refused_page_is_a_security_event()
    {
        using var web = new WebFactory();
        var analyst = await web.SignInAsync("demo.analyst");
        Assert.Equal(403, (await analyst.GetAsync("/admin/users")).Status);

        var refused = Assert.Single(await web.Store.SecurityEvents.ListAsync(new(Kind: SecurityEventKind.Refused)));
        Assert.Equal(("demo.analyst", "demo.analyst", "GET /admin/users"), (refused.Actor, refused.UserName, refused.Detail));
    }

    [Fact]
    public async Task The_admin_lists_security_events_by_user_kind_and_date()
    {
        var clock = new MovableClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        using var web = WebFactory.With(new Dictionary<string, string>(), clock);
        await web.SignInAsync("demo.lead");
        clock.Advance(TimeSpan.FromDays(1));
        await web.Anonymous().PostFormAsync("/sign-in", new() { ["UserName"] = "demo.lead", ["Password"] = "not the password" });
        var admin = await web.SignInAsync("demo.admin");

        static List<(string, string)> Rows(WebSession.Response page) =>
            page.Document.QuerySelectorAll("[data-testid=security-events] tbody tr").Select(r => (r.Children[1].TextContent, r.Children[2].TextContent)).ToList();

        // Newest first; the demo setting the lead's password comes before both.
        Assert.Equal([("Sign-in failed", "demo.lead"), ("Signed in", "demo.lead"), ("Password set by an admin", "demo.lead")],
            Rows(await admin.GetAsync("/admin/security-events?user=demo.lead")));
        Assert.Equal([("Sign-in failed", "demo.lead")], Rows(await admin.GetAsync("/admin/security-events?user=demo.lead&kind=sign-in-failed")));
        Assert.Equal([("Sign-in failed", "demo.lead")], Rows(await admin.GetAsync("/admin/security-events?user=demo.lead&from=2026-03-03&to=2026-03-03")));
        Assert.Equal([("Signed in", "demo.lead"), ("Password set by an admin", "demo.lead")],
            Rows(await admin.GetAsync("/admin/security-events?user=demo.lead&from=2026-03-02&to=2026-03-02")));
        var bad = await admin.GetAsync("/admin/security-events?from=yesterday");
        Assert.Equal(["Enter the from date as a date, for example 2026-03-31"], bad.ErrorSummary);
    }
}
