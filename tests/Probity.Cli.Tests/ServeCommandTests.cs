using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Probity.Data.Tests.Infrastructure;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>
/// `./probity serve` as a user runs it: its own demo database gets the demo, the GOV.UK assets are served, the database of
/// real work is never touched, only the loopback names it was started on are answered, bad input is a message.
/// </summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_on_an_empty_database_loads_the_demo_and_serves_the_sign_in_page_with_its_assets()
    {
        using var data = new TempFolder();
        var port = FreePort();
        using var process = Start(data.Path, "serve", "--port", port.ToString());
        try
        {
            var banner = await ReadUntilAsync(process, "Probity is running", TimeSpan.FromMinutes(2));
            Assert.Contains($"http://127.0.0.1:{port}/", banner);
            Assert.Contains("demo.inspector", banner);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var signIn = await http.GetAsync("/sign-in");
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.Contains("Sign in to Probity", await signIn.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/govuk/govuk-frontend.min.css")).StatusCode);
            Assert.True(File.Exists(Path.Combine(data.Path, "demo.db")));
            Assert.False(File.Exists(Path.Combine(data.Path, "probity.db")));
            // The demo's national programme, for the analysis pages: published synthetic inspections beside Northumbria.
            await using var store = await StoreServices.OpenAsync(Data.DatabaseLocation.Sqlite(Path.Combine(data.Path, "demo.db")));
            var inspections = await store.Get<Data.Inspections.InspectionStore>().ListAsync();
            Assert.Equal(1 + Web.Demo.DemoData.NationalInspections, inspections.Count);
            Assert.Equal(Web.Demo.DemoData.NationalInspections, inspections.Count(i => i.Status == Core.Datasets.InspectionStatus.Published && i.ProviderName.StartsWith("Synthetic ", StringComparison.Ordinal)));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_demo_never_writes_into_the_database_of_real_work()
    {
        using var data = new TempFolder();
        var env = new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = data.Path };
        // Real work with no users yet: the database the demo used to fill with public-password accounts and synthetic
        // published inspections that then counted in the national figures.
        Assert.Equal(0, CliProcess.Run(env, "import", RepositoryFiles.Of("examples", "northumbria-2019")).ExitCode);
        var real = Path.Combine(data.Path, "probity.db");
        var before = await File.ReadAllBytesAsync(real);
        using var demo = new TempFolder();
        var port = FreePort();
        using var process = Start(data.Path, "serve", "--port", port.ToString(), "--demo-data", demo.Path);
        try
        {
            var banner = await ReadUntilAsync(process, "Probity is running", TimeSpan.FromMinutes(2));
            Assert.Contains(Path.Combine(demo.Path, "demo.db"), banner);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/sign-in")).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        Assert.Equal(before, await File.ReadAllBytesAsync(real));
        await using var store = await StoreServices.OpenAsync(Data.DatabaseLocation.Sqlite(real));
        Assert.Empty(await store.Get<Data.Users.UserStore>().ListAsync());
        Assert.Single(await store.Get<Data.Inspections.InspectionStore>().ListAsync());
        await using var demoStore = await StoreServices.OpenAsync(Data.DatabaseLocation.Sqlite(Path.Combine(demo.Path, "demo.db")));
        Assert.Contains(await demoStore.Get<Data.Users.UserStore>().ListAsync(), u => u.UserName == "demo.admin");
    }

    [Fact]
    public async Task The_demo_never_opens_a_configured_postgresql_database()
    {
        using var data = new TempFolder();
        var port = FreePort();
        // A server that is not there: every other command would fail to open it; the demo does not try.
        using var process = Start(data.Path, new Dictionary<string, string> { ["PROBITY_DATABASE"] = $"Host=127.0.0.1;Port={FreePort()};Database=real;Username=probity" },
            "serve", "--port", port.ToString());
        try
        {
            var banner = await ReadUntilAsync(process, "Probity is running", TimeSpan.FromMinutes(2));
            Assert.Contains(Path.Combine(data.Path, "demo.db"), banner);
            Assert.DoesNotContain("PostgreSQL", banner);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/sign-in")).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Serve_answers_only_the_loopback_names_it_was_started_on()
    {
        using var data = new TempFolder();
        var port = FreePort();
        using var process = Start(data.Path, "serve", "--port", port.ToString());
        try
        {
            await ReadUntilAsync(process, "Probity is running", TimeSpan.FromMinutes(2));
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            foreach (var host in new[] { $"127.0.0.1:{port}", $"localhost:{port}" })
                Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, host)).StatusCode);
            // A page elsewhere whose name now points at 127.0.0.1 (DNS rebinding), or the right name on another port.
            foreach (var host in new[] { $"attacker.example:{port}", "attacker.example", $"localhost:{port + 1}", "127.0.0.1" })
            {
                var refused = await SendAsync(http, host);
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                Assert.DoesNotContain("Sign in", await refused.Content.ReadAsStringAsync());
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
        request.Headers.Host = host;
        return await http.SendAsync(request);
    }

    [Fact]
    public void A_port_that_is_not_a_port_is_a_usage_error()
    {
        var result = CliProcess.Run("serve", "--port", "70000");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--port 70000 is not a port number (1 to 65535)", result.Error);
        Assert.False(CliProcess.HasStackTrace(result.Error));
    }

    [Fact]
    public void A_port_in_use_is_said_plainly()
    {
        using var data = new TempFolder();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var result = CliProcess.Run(new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = data.Path }, "serve", "--port", port.ToString());
            Assert.Equal(3, result.ExitCode);
            Assert.Contains($"port {port} on 127.0.0.1 is in use", result.Error);
            Assert.False(CliProcess.HasStackTrace(result.Error));
        }
        finally
        {
            listener.Stop();
        }
    }

    internal static Process Start(string dataDir, params string[] args) => Start(dataDir, new Dictionary<string, string>(), args);

    internal static Process Start(string dataDir, Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Probity.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["PROBITY_DATA_DIR"] = dataDir;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    internal static async Task<string> ReadUntilAsync(Process process, string marker, TimeSpan limit)
    {
        using var cancel = new CancellationTokenSource(limit);
        var seen = new System.Text.StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
        {
            seen.AppendLine(line);
            if (line.Contains(marker, StringComparison.Ordinal)) return seen.Append(await ReadMoreAsync(process)).ToString();
        }
        throw new InvalidOperationException($"serve stopped before \"{marker}\":\n{seen}\n{await process.StandardError.ReadToEndAsync()}");
    }

    // The demo users' line follows the banner.
    private static async Task<string> ReadMoreAsync(Process process) => await process.StandardOutput.ReadLineAsync() ?? "";

    internal static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
