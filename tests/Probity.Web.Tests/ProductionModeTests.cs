using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Probity.Data;
using Probity.Data.Migrations;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Users;
using Probity.Tests.Shared;
using Probity.Web.Hosting;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// Production mode (<c>./probity web</c>): it refuses every unsafe start, and on PostgreSQL behind a trusted proxy it
/// signs a user in over the proxy's https with Secure cookies, HSTS and host filtering.
/// </summary>
public sealed class ProductionModeTests
{
    internal const string Password = "a long enough password";

    public static TheoryData<string, string, string> UnsafeSettings => new()
    {
        { "", "http://127.0.0.1:5080", "Probity:AllowedHosts is not set" },
        { "*", "http://127.0.0.1:5080", "Probity:AllowedHosts is \"*\"" },
        { "probity.example", "http://0.0.0.0:5080", "plain http beyond this machine, with no trusted proxy" },
        { "probity.example", "http://192.0.2.10:80", "plain http beyond this machine, with no trusted proxy" },
        { "probity.example", "http://*:80", "plain http beyond this machine, with no trusted proxy" },
        { "probity.example", "https://0.0.0.0:443", "names no certificate" },
        { "probity.example", "ftp://probity.example", "is not an address to listen on" },
    };

    [Theory]
    [MemberData(nameof(UnsafeSettings))]
    public void An_unsafe_combination_is_refused_before_anything_starts(string allowedHosts, string urls, string problem)
    {
        using var folder = new TempFolder();
        var refused = Assert.Throws<StartRefusedException>(() => WebApp.BuildProduction([], b =>
        {
            b.Configuration["Probity:AllowedHosts"] = allowedHosts;
            b.Configuration["Probity:Urls"] = urls;
            b.Configuration["Probity:SqliteFile"] = Path.Combine(folder.Path, "probity.db");
        }));
        Assert.Contains(problem, refused.Message);
        Assert.False(File.Exists(Path.Combine(folder.Path, "probity.db")));
    }

    [Fact]
    public void Beyond_loopback_over_http_is_allowed_only_behind_a_trusted_proxy()
    {
        using var folder = new TempFolder();
        var refused = Assert.Throws<StartRefusedException>(() => Build(folder, "http://0.0.0.0:5080", proxies: "not-an-address"));
        Assert.Contains("\"not-an-address\" is not an IP address", refused.Message);
        using var behindProxy = Build(folder, "http://0.0.0.0:5080", proxies: "10.0.0.5");
        using var behindNetwork = Build(folder, "http://0.0.0.0:5080", networks: "10.0.0.0/24");
        using var loopbackOnly = Build(folder, "http://127.0.0.1:5080");
        Assert.NotNull(behindProxy.Services.GetService<DatabaseSchema>());
    }

    private static Microsoft.AspNetCore.Builder.WebApplication Build(TempFolder folder, string urls, string proxies = "", string networks = "") =>
        WebApp.BuildProduction([], b =>
        {
            b.Configuration["Probity:AllowedHosts"] = "probity.example";
            b.Configuration["Probity:Urls"] = urls;
            b.Configuration["Probity:KnownProxies"] = proxies;
            b.Configuration["Probity:KnownNetworks"] = networks;
            b.Configuration["Probity:SqliteFile"] = Path.Combine(folder.Path, "probity.db");
        });

    [Fact]
    public async Task A_postgresql_schema_behind_the_code_is_refused_with_the_command_that_migrates_it()
    {
        using var folder = new TempFolder();
        using var server = TemporaryPostgres.Start();
        var database = await server.CreateDatabaseAsync();
        var refused = await Assert.ThrowsAsync<SchemaBehindException>(async () =>
        {
            await using var instance = await ProductionInstance.StartAsync(database.ConnectionString, folder.Path);
        });
        Assert.Contains("run ./probity db migrate", refused.Message);
    }

    [Fact]
    public async Task On_postgresql_behind_a_trusted_proxy_a_user_signs_in_over_https()
    {
        using var folder = new TempFolder();
        using var server = TemporaryPostgres.Start();
        var database = await ReadyAsync(server, "lisa.parker");
        await using var instance = await ProductionInstance.StartAsync(database.ConnectionString, folder.Path);
        using var browser = new ProxiedBrowser(instance.Address);

        var health = await browser.GetAsync("/health");
        Assert.Equal((HttpStatusCode.OK, "ok"), (health.Response.StatusCode, health.Html));
        var signInPage = await browser.GetAsync("/sign-in");
        Assert.Equal(HttpStatusCode.OK, signInPage.Response.StatusCode);
        Assert.True(signInPage.Response.Headers.Contains("Strict-Transport-Security"));
        Assert.False(signInPage.Response.Headers.Contains("Server"));
        var signIn = await browser.PostFormAsync("/sign-in", new() { ["UserName"] = "lisa.parker", ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.Response.StatusCode);
        var session = Assert.Single(browser.SetCookies, c => c.StartsWith("probity-session=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
        Assert.All(browser.SetCookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Response.StatusCode);
        Assert.Contains("Lisa Parker", home.Html);

        // Another name for this machine (DNS rebinding, a mistyped proxy rule) is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/", host: "attacker.example")).Response.StatusCode);
        // The session cookie is protected by a key kept in the database (not in a profile folder): a protected payload is
        // a 4-byte magic header, then the id of the key that protected it.
        var payload = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(browser.Jar["probity-session"]);
        var keyId = new Guid(payload.AsSpan(4, 16));
        var keys = await instance.App.Services.GetRequiredService<Data.Keys.DataProtectionKeyStore>().ListAsync(CancellationToken.None);
        Assert.Contains(keys, xml => xml.Contains($"id=\"{keyId}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forwarded_headers_from_a_proxy_that_is_not_trusted_are_ignored()
    {
        using var folder = new TempFolder();
        using var server = TemporaryPostgres.Start();
        var database = await ReadyAsync(server);
        // The proxy named is elsewhere; this request comes straight from 127.0.0.1 claiming https.
        await using var instance = await ProductionInstance.StartAsync(database.ConnectionString, folder.Path, knownProxies: "192.0.2.1");
        using var browser = new ProxiedBrowser(instance.Address);
        var page = await browser.GetAsync("/sign-in?back=1");
        Assert.Equal(HttpStatusCode.PermanentRedirect, page.Response.StatusCode);
        Assert.Equal($"https://{ProductionInstance.HostName}/sign-in?back=1", page.Response.Headers.Location?.ToString());
        Assert.False(page.Response.Headers.Contains("Strict-Transport-Security"));
        var post = await browser.PostFormAsync("/sign-in", new() { ["UserName"] = "lisa.parker", ["Password"] = Password }, token: "any");
        Assert.Equal(HttpStatusCode.BadRequest, post.Response.StatusCode);
        Assert.DoesNotContain(browser.SetCookies, c => c.StartsWith("probity-session=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).Response.StatusCode);
    }

    /// <summary>A migrated database (as <c>./probity db migrate</c> leaves it) with users who have a password.</summary>
    internal static async Task<DatabaseLocation> ReadyAsync(TemporaryPostgres server, params string[] userNames)
    {
        var location = await server.CreateDatabaseAsync();
        await using var provider = new ServiceCollection().AddProbityData(location).BuildServiceProvider();
        await provider.GetRequiredService<DatabaseSchema>().MigrateAsync();
        var users = provider.GetRequiredService<UserStore>();
        foreach (var name in userNames)
        {
            var display = string.Join(' ', name.Split('.').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            var user = await users.CreateAsync(new NewUser(name, display, [UserRole.Admin]), new Actor("test"));
            await users.SetPasswordHashAsync(name, new PasswordHasher<UserAccount>().HashPassword(user, Password), new Actor("test"));
        }
        return location;
    }
}
