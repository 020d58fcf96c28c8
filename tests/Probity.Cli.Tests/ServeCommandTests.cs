using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Probity.Data.Tests.Infrastructure;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>`./probity serve` as a user runs it: a fresh database gets the demo, the GOV.UK assets are served, bad input is a message.</summary>
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
            Assert.True(File.Exists(Path.Combine(data.Path, "probity.db")));
            // The demo's national programme, for the analysis pages: published synthetic inspections beside Northumbria.
            await using var store = await StoreServices.OpenAsync(Data.DatabaseLocation.Sqlite(Path.Combine(data.Path, "probity.db")));
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

    private static Process Start(string dataDir, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Probity.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["PROBITY_DATA_DIR"] = dataDir;
        return Process.Start(start)!;
    }

    private static async Task<string> ReadUntilAsync(Process process, string marker, TimeSpan limit)
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

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
