using Microsoft.AspNetCore.Identity;
using Probity.Data.Users;
using Probity.Web.Demo;
using Probity.Web.Security;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>The password policy, the hashing and its work factor, and the password an admin sets that its user must change.</summary>
public sealed class PasswordTests
{
    [Theory]
    [InlineData("short", "The password must be at least 12 characters")]
    [InlineData("winniethepooh", "This password is too common")]
    [InlineData("password1234", "This password is too common")]
    [InlineData("Password2024!", "This password is too common")]
    [InlineData("iloveyouiloveyou", "This password is too common")]
    [InlineData("aaaaaaaaaaaaaaaa", "This password is too common")]
    [InlineData("abcabcabcabcabc", "This password is too common")]
    public void The_policy_refuses_short_and_common_passwords(string password, string refusal) =>
        Assert.StartsWith(refusal, PasswordPolicy.Problem(password));

    [Theory]
    [InlineData("a long enough password")]
    [InlineData("correct horse battery staple")]
    [InlineData("kyjqy-7wd8e-dy6dn-fcnnw")]
    public void The_policy_accepts_long_uncommon_passwords(string password) => Assert.Null(PasswordPolicy.Problem(password));

    [Fact]
    public async Task The_admin_form_refuses_a_common_password_and_saves_nothing()
    {
        using var web = new WebFactory();
        var admin = await web.SignInAsync("demo.admin");
        var response = await admin.PostFormAsync("/admin/users/new", new()
        {
            ["user-name"] = "pat.common", ["display-name"] = "Pat", ["roles"] = "inspector", ["password"] = "password123456", ["confirm"] = "password123456",
        });
        Assert.Single(response.ErrorSummary, e => e.StartsWith("This password is too common", StringComparison.Ordinal));
        Assert.Null(await web.Store.Users.FindAsync("pat.common"));
    }

    [Fact]
    public void Hashes_are_pbkdf2_sha256_at_the_configured_work_factor_and_older_ones_need_a_new_hash()
    {
        var user = new UserAccount(1, "u", "U", new HashSet<UserRole>(), null, 0, null, null, 1);
        var low = new PasswordHashing(Options(1000));
        var high = new PasswordHashing(Options(2000));
        var hash = low.HashPassword(user, "a long enough password");

        Assert.Matches(@"^pbkdf2-sha256\$1000\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$", hash);
        Assert.NotEqual(hash, low.HashPassword(user, "a long enough password")); // salted
        Assert.Equal(PasswordVerificationResult.Success, low.VerifyHashedPassword(user, hash, "a long enough password"));
        Assert.Equal(PasswordVerificationResult.Failed, low.VerifyHashedPassword(user, hash, "a long enough passwore"));
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, high.VerifyHashedPassword(user, hash, "a long enough password"));
        Assert.Equal(PasswordVerificationResult.Failed, low.VerifyHashedPassword(user, "pbkdf2-sha256$1000$not base64$x", "a long enough password"));
        Assert.Equal(600_000, PasswordHashing.RecommendedIterations);
        Assert.Equal(600_000, WebAppOptions.From(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()).PasswordIterations);
    }

    [Fact]
    public async Task An_identity_hash_from_before_still_signs_in_and_is_replaced_by_a_pbkdf2_one()
    {
        using var web = new WebFactory();
        var user = (await web.Store.Users.FindAsync("demo.panel"))!;
        await web.Store.Users.SetPasswordHashAsync(user.UserName, new PasswordHasher<UserAccount>().HashPassword(user, DemoData.Password), new Data.Actor("test"));

        await web.SignInAsync("demo.panel");

        Assert.StartsWith("pbkdf2-sha256$1000$", (await web.Store.Users.FindAsync("demo.panel"))!.PasswordHash);
        await web.SignInAsync("demo.panel");
    }

    [Fact]
    public async Task A_hash_below_a_raised_work_factor_is_replaced_at_sign_in()
    {
        using var web = WebFactory.With(new Dictionary<string, string> { ["PasswordIterations"] = "1500" });
        var user = (await web.Store.Users.FindAsync("demo.lead"))!;
        await web.Store.Users.SetPasswordHashAsync(user.UserName, new PasswordHashing(Options(1000)).HashPassword(user, DemoData.Password), new Data.Actor("test"));

        await web.SignInAsync("demo.lead");

        Assert.StartsWith("pbkdf2-sha256$1500$", (await web.Store.Users.FindAsync("demo.lead"))!.PasswordHash);
    }

    [Fact]
    public async Task A_password_set_by_an_admin_must_be_changed_before_anything_else()
    {
        using var web = new WebFactory();
        var admin = await web.SignInAsync("demo.admin");
        await admin.PostFormAsync("/admin/users/demo.analyst/password", new() { ["password"] = "given by the admin", ["confirm"] = "given by the admin" });

        var analyst = web.Anonymous();
        var signedIn = await analyst.PostFormAsync("/sign-in", new() { ["UserName"] = "demo.analyst", ["Password"] = "given by the admin" });
        Assert.Equal("/account/password", signedIn.Location);
        foreach (var path in new[] { "/", "/analysis", "/account/sessions" })
            Assert.Equal("/account/password", (await analyst.GetAsync(path)).Location);
        Assert.NotNull((await analyst.GetAsync("/account/password")).Document.QuerySelector("[data-testid=must-change]"));

        var wrong = await analyst.PostFormAsync("/account/password", new() { ["current"] = "not it at all", ["password"] = "my very own words", ["confirm"] = "my very own words" });
        Assert.Equal(["Your current password is not right"], wrong.ErrorSummary);
        var common = await analyst.PostFormAsync("/account/password", new() { ["current"] = "given by the admin", ["password"] = "qwertyuiop123", ["confirm"] = "qwertyuiop123" });
        Assert.StartsWith("This password is too common", Assert.Single(common.ErrorSummary));
        var changed = await analyst.PostFormAsync("/account/password", new() { ["current"] = "given by the admin", ["password"] = "my very own words", ["confirm"] = "my very own words" });

        Assert.Equal(302, changed.Status);
        Assert.Equal(200, (await analyst.GetAsync("/analysis")).Status); // carries on, in a new session
        Assert.False((await web.Store.Users.FindAsync("demo.analyst"))!.MustChangePassword);
        await web.SignInAsync("demo.analyst", "my very own words");
        var events = await web.Store.SecurityEvents.ListAsync(new("demo.analyst"));
        Assert.Contains(events, e => e.Kind == SecurityEventKind.PasswordSetByAdmin && e.Actor == "demo.admin");
        Assert.Contains(events, e => e.Kind == SecurityEventKind.PasswordChanged && e.Actor == "demo.analyst");
    }

    private static WebAppOptions Options(int iterations) =>
        new() { Database = Data.DatabaseLocation.Sqlite("unused.db"), StaticFilesRoot = "", PasswordIterations = iterations };
}
