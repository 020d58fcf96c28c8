using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Probity.Data.Tests.Infrastructure;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>
/// `probity web` configured by environment variables, as a service manager starts it: the published release, in its own
/// process, on PostgreSQL behind a trusted proxy, signs in the admin its own `users add` made; unsafe settings and a
/// schema behind stop it with a message.
/// </summary>
public sealed partial class WebCommandTests
{
    [Fact]
    public async Task The_published_app_on_postgresql_behind_a_trusted_proxy_signs_in_its_first_admin()
    {
        using var data = new TempFolder();
        using var release = new TempFolder();
        Publish(release.Path);
        using var server = TemporaryPostgres.Start();
        var database = await server.CreateDatabaseAsync();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = data.Path, ["PROBITY_DATABASE"] = database.ConnectionString };
        // As INSTALL.md says: the schema first, then the first admin, both with the release's own command.
        Assert.Equal(0, Released(release.Path, env, null, "db", "migrate").ExitCode);
        var admin = Released(release.Path, env, "a long enough password\n", "users", "add", "lisa.parker", "--role", "admin", "--display-name", "Lisa Parker");
        Assert.True(admin.ExitCode == 0, admin.Error);
        var port = ServeCommandTests.FreePort();
        using var process = Process.Start(ReleasedStart(release.Path, new Dictionary<string, string>(env)
        {
            ["Probity__Urls"] = $"http://127.0.0.1:{port}",
            ["Probity__AllowedHosts"] = "probity.example",
            ["Probity__KnownProxies"] = "127.0.0.1",
        }, "web"))!;
        try
        {
            var banner = await ServeCommandTests.ReadUntilAsync(process, "Probity is running for your team", TimeSpan.FromMinutes(2));
            Assert.Contains("PostgreSQL database", banner);
            using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var cookies = new Dictionary<string, string>();
            var page = await SendAsync(http, HttpMethod.Get, "/sign-in", cookies);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var token = TokenField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
            var signIn = await SendAsync(http, HttpMethod.Post, "/sign-in", cookies, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "lisa.parker", ["Password"] = "a long enough password", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            }));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            var session = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("probity-session=", StringComparison.Ordinal));
            Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
            var home = await SendAsync(http, HttpMethod.Get, "/", cookies);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("Lisa Parker", await home.Content.ReadAsStringAsync());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>
    /// The release folder <c>scripts/publish</c> writes, as an administrator installs it: the command, the app with its
    /// GOV.UK assets and example settings, the schema scripts, the systemd unit and the install note.
    /// </summary>
    private static void Publish(string folder)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepositoryFiles.Of("scripts", "publish"));
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(20)), "scripts/publish did not finish");
        Assert.True(process.ExitCode == 0, $"scripts/publish failed:\n{output.Result}\n{error}");
        foreach (var file in new[] { "probity", "probity.service", "INSTALL.md", "app/Probity.Cli.dll", "app/appsettings.example.json",
            "app/wwwroot/govuk/govuk-frontend.min.css", "migrations/postgres/0001_initial.sql" })
            Assert.True(File.Exists(Path.Combine(folder, file)), $"the release has no {file}");
    }

    private static ProcessStartInfo ReleasedStart(string folder, IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(folder, "probity"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return start;
    }

    private static CliProcess.Result Released(string folder, IDictionary<string, string> environment, string? input, params string[] args)
    {
        using var process = Process.Start(ReleasedStart(folder, environment, args))!;
        process.StandardInput.Write(input ?? "");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliProcess.Result(process.ExitCode, output.Result, error);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>As the proxy sends it: the public name, https, and the cookies the browser holds (kept by hand: they are Secure).</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, Dictionary<string, string> cookies, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = "probity.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await http.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            cookies[pair[0]] = pair[1];
        }
        return response;
    }

    [Fact]
    public void Unsafe_settings_stop_the_app_with_every_problem_named_and_nothing_written()
    {
        using var data = new TempFolder();
        var result = CliProcess.Run(new Dictionary<string, string>
        {
            ["PROBITY_DATA_DIR"] = data.Path,
            ["Probity__Urls"] = "http://0.0.0.0:5080",
            ["Probity__AllowedHosts"] = "",
        }, "web");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Probity:AllowedHosts is not set", result.Error);
        Assert.Contains("plain http beyond this machine, with no trusted proxy", result.Error);
        Assert.False(CliProcess.HasStackTrace(result.Error));
        Assert.Empty(Directory.GetFiles(data.Path));
    }

    [Fact]
    public async Task A_postgresql_schema_behind_the_code_stops_the_app_with_the_command_that_migrates_it()
    {
        using var data = new TempFolder();
        using var server = Data.Tests.Infrastructure.TemporaryPostgres.Start();
        var database = await server.CreateDatabaseAsync();
        var result = CliProcess.Run(new Dictionary<string, string>
        {
            ["PROBITY_DATA_DIR"] = data.Path,
            ["PROBITY_DATABASE"] = database.ConnectionString,
            ["Probity__AllowedHosts"] = "probity.example",
        }, "web");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("run ./probity db migrate", result.Error);
        Assert.False(CliProcess.HasStackTrace(result.Error));
    }
}
