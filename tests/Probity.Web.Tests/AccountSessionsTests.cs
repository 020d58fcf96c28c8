using System.Net;
using AngleSharp.Html.Parser;
using Probity.Data.Users;
using Probity.Web.Demo;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>Sessions kept in the database: what ends them, and their idle and absolute limits on the app's own clock.</summary>
public sealed class AccountSessionsTests
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        using var web = new WebFactory();
        var cookie = await SessionCookieAsync(web, "demo.lead");
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(web, cookie, "/")).StatusCode);

        // The browser signs out with the same cookie; the copy is tried afterwards.
        var browser = web.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = await GetWithCookieAsync(web, cookie, "/");
        var token = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/sign-out") { Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]) };
        signOut.Headers.Add("Cookie", cookie + "; " + AntiforgeryCookie(page));
        Assert.Equal(HttpStatusCode.Found, (await browser.SendAsync(signOut)).StatusCode);

        var copy = await GetWithCookieAsync(web, cookie, "/");
        Assert.Equal(HttpStatusCode.Found, copy.StatusCode);
        Assert.StartsWith("http://localhost/sign-in", copy.Headers.Location!.ToString());
        Assert.Contains((await web.Store.SecurityEvents.ListAsync(new(Kind: SecurityEventKind.SignedOut))), e => e.UserName == "demo.lead");
    }

    [Fact]
    public async Task An_idle_session_expires_and_a_used_one_lasts_no_longer_than_the_absolute_limit()
    {
        var clock = new MovableClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        using var web = WebFactory.With(new Dictionary<string, string> { ["SessionIdleMinutes"] = "30", ["SessionLimitHours"] = "12" }, clock);
        var idle = await web.SignInAsync("demo.lead");
        var busy = await web.SignInAsync("demo.inspector");

        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(200, (await busy.GetAsync("/")).Status);
        clock.Advance(TimeSpan.FromMinutes(2)); // 31 minutes since the lead's last request, 2 since the inspector's
        Assert.Equal(302, (await idle.GetAsync("/")).Status);
        Assert.Equal(200, (await busy.GetAsync("/")).Status);

        // Used every 20 minutes, the inspector's session still ends 12 hours after signing in.
        for (var minutes = 31; minutes < 12 * 60 - 20; minutes += 20)
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(200, (await busy.GetAsync("/")).Status);
        }
        clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal(302, (await busy.GetAsync("/")).Status);
    }

    [Fact]
    public async Task A_disabled_users_open_session_stops_working_on_its_next_request()
    {
        using var web = new WebFactory();
        var inspector = await web.SignInAsync("demo.inspector2");
        Assert.Equal(200, (await inspector.GetAsync("/")).Status);
        var admin = await web.SignInAsync("demo.admin");

        var disabled = await admin.PostFormAsync("/admin/users/demo.inspector2?handler=Disable", [], formPage: "/admin/users/demo.inspector2");
        Assert.Equal(302, disabled.Status);

        Assert.Equal(302, (await inspector.GetAsync("/")).Status);
        var again = await web.Anonymous().PostFormAsync("/sign-in", new() { ["UserName"] = "demo.inspector2", ["Password"] = DemoData.Password });
        Assert.Equal(["Enter a correct user name and password"], again.ErrorSummary);
        Assert.Contains("Disabled", (await admin.GetAsync("/admin/users")).Html);
        var events = await web.Store.SecurityEvents.ListAsync(new(UserName: "demo.inspector2"));
        Assert.Contains(events, e => e.Kind == SecurityEventKind.Disabled && e.Actor == "demo.admin");
    }

    [Fact]
    public async Task A_role_change_from_the_account_page_ends_the_users_sessions()
    {
        using var web = new WebFactory();
        var analyst = await web.SignInAsync("demo.analyst");
        var admin = await web.SignInAsync("demo.admin");
        var version = (await web.Store.Users.FindAsync("demo.analyst"))!.Version;

        var none = await admin.PostFormAsync("/admin/users/demo.analyst?handler=Roles", new() { ["version"] = $"{version}" }, formPage: "/admin/users/demo.analyst");
        Assert.Equal(["Select at least one role"], none.ErrorSummary);
        var saved = await admin.PostFormAsync("/admin/users/demo.analyst?handler=Roles", new() { ["version"] = $"{version}", ["roles"] = "inspector" },
            formPage: "/admin/users/demo.analyst");

        Assert.Equal(302, saved.Status);
        Assert.Equal([UserRole.Inspector], (await web.Store.Users.FindAsync("demo.analyst"))!.Roles);
        Assert.Equal(302, (await analyst.GetAsync("/")).Status);
        Assert.Contains(await web.Store.SecurityEvents.ListAsync(new(Kind: SecurityEventKind.RolesChanged)), e => e.UserName == "demo.analyst" && e.Detail == "inspector");
    }

    [Fact]
    public async Task A_user_sees_their_sessions_and_ends_one_elsewhere()
    {
        using var web = new WebFactory();
        var laptop = await web.SignInAsync("demo.panel");
        var phone = await web.SignInAsync("demo.panel");
        var page = await laptop.GetAsync("/account/sessions");
        var rows = page.Document.QuerySelectorAll("[data-testid=sessions] tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Single(rows, r => r.TextContent.Contains("(this session)", StringComparison.Ordinal));

        var other = rows.First(r => !r.TextContent.Contains("(this session)", StringComparison.Ordinal)).QuerySelector("input[name=session]")!.GetAttribute("value")!;
        var ended = await laptop.PostFormAsync("/account/sessions", new() { ["session"] = other });

        Assert.Equal(302, ended.Status);
        Assert.Equal(302, (await phone.GetAsync("/")).Status);
        Assert.Equal(200, (await laptop.GetAsync("/")).Status);
        // Someone else's session id is not theirs to end.
        var lead = await web.SignInAsync("demo.lead");
        var leadsSession = (await web.Store.Sessions.ListOpenAsync("demo.lead", SessionLimits.Default)).Single().Id;
        await laptop.PostFormAsync("/account/sessions", new() { ["session"] = leadsSession });
        Assert.Equal(200, (await lead.GetAsync("/")).Status);
    }

    /// <summary>Signs in by hand, with no cookie jar, and gives the session cookie as a browser would send it.</summary>
    private static async Task<string> SessionCookieAsync(WebFactory web, string userName)
    {
        var client = web.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/sign-in");
        var token = new HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync()).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent([new("UserName", userName), new("Password", DemoData.Password), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", AntiforgeryCookie(form));
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        return signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("probity-session=", StringComparison.Ordinal));
    }

    private static string AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? string.Join("; ", cookies.Select(c => c.Split(';')[0]).Where(c => c.StartsWith("probity-antiforgery=", StringComparison.Ordinal)))
            : "";

    private static async Task<HttpResponseMessage> GetWithCookieAsync(WebFactory web, string cookie, string path)
    {
        var client = web.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
