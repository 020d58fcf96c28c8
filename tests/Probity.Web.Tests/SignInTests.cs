using Probity.Data.Users;
using Probity.Web.Demo;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

public sealed class SignInTests
{
    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        using var web = new WebFactory();
        foreach (var (user, password) in new[] { ("demo.lead", "wrong"), ("nobody.here", DemoData.Password) })
        {
            var response = await web.Anonymous().PostFormAsync("/sign-in", new() { ["UserName"] = user, ["Password"] = password });
            Assert.Equal(200, response.Status);
            Assert.StartsWith("Error: Sign in", response.Title);
            Assert.Equal(["Enter a correct user name and password"], response.ErrorSummary);
        }
    }

    [Fact]
    public async Task Empty_fields_are_each_named_in_the_error_summary_with_a_link()
    {
        using var web = new WebFactory();
        var response = await web.Anonymous().PostFormAsync("/sign-in", new() { ["UserName"] = "", ["Password"] = "" });
        var links = response.Document.QuerySelectorAll(".govuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#user-name", "Enter your user name"), ("#password", "Enter your password")], links);
        Assert.NotNull(response.Document.QuerySelector("#user-name[aria-describedby=user-name-error]"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password_with_the_same_answer()
    {
        using var web = new WebFactory();
        for (var i = 0; i < 5; i++)
            Assert.Equal(["Enter a correct user name and password"],
                (await web.Anonymous().PostFormAsync("/sign-in", new() { ["UserName"] = "demo.inspector", ["Password"] = $"guess {i}" })).ErrorSummary);

        // Locked: the right password gets the answer a wrong one (or a name no one has) gets, so the lock-out tells nothing.
        var right = await web.Anonymous().PostFormAsync("/sign-in", new() { ["UserName"] = "demo.inspector", ["Password"] = DemoData.Password });
        Assert.Equal(200, right.Status);
        Assert.Equal(["Enter a correct user name and password"], right.ErrorSummary);
        Assert.NotNull((await web.Store.Users.FindAsync("demo.inspector"))!.LockedUntil);
        Assert.Single(await web.Store.SecurityEvents.ListAsync(new("demo.inspector", SecurityEventKind.LockedOut)));
    }

    [Fact]
    public async Task Passwords_are_kept_only_as_hashes_and_a_sign_in_goes_home_never_elsewhere()
    {
        using var web = new WebFactory();
        var user = await web.Store.Users.FindAsync("demo.panel");
        Assert.NotNull(user!.PasswordHash);
        Assert.DoesNotContain(DemoData.Password, user.PasswordHash);
        Assert.StartsWith("pbkdf2-sha256$1000$", user.PasswordHash); // the tests' work factor (WebFactory)

        var session = web.Anonymous();
        var response = await session.PostFormAsync("/sign-in?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new() { ["UserName"] = "demo.panel", ["Password"] = DemoData.Password, ["ReturnUrl"] = "https://evil.example/" });
        Assert.Equal(302, response.Status);
        Assert.Equal("/", response.Location);
    }

    [Fact]
    public async Task A_change_to_the_user_ends_their_session_at_once()
    {
        using var web = new WebFactory();
        var session = await web.SignInAsync("demo.inspector2");
        Assert.Equal(200, (await session.GetAsync("/")).Status);
        var user = (await web.Store.Users.FindAsync("demo.inspector2"))!;

        await web.Store.Users.UpdateAsync(user.UserName, user.DisplayName, [Data.Users.UserRole.Analyst], null, user.Version, new Data.Actor("demo.admin"));

        var after = await session.GetAsync("/");
        Assert.Equal(302, after.Status);
        Assert.StartsWith("http://localhost/sign-in", after.Location);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var web = new WebFactory();
        var session = await web.SignInAsync("demo.lead");
        var signedOut = await session.PostFormAsync("/sign-out", [], formPage: "/");
        Assert.Equal(302, signedOut.Status);
        Assert.Contains("You have signed out", (await session.GetAsync(signedOut.Location!)).Html);
        Assert.Equal(302, (await session.GetAsync("/")).Status);
    }
}
