using System.CommandLine;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Probity.Web;
using Probity.Web.Demo;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity serve [--port N] [--demo-data DIR]</c>: the demo of the inspectors' web app, on 127.0.0.1 only and on its
/// own demo database (<c>demo.db</c>), never the database that holds real work: the demo's accounts have a public password
/// and its synthetic published inspections would count in national figures. An empty demo database gets the demo users
/// and the Northumbria example, with a small synthetic national programme for the analysis pages; GOV.UK Frontend assets
/// are built first when missing (scripts/web-assets). A team runs <c>./probity web</c> (<see cref="WebCommand"/>) instead.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;
    public const string DemoFileName = "demo.db";

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = $"The port on 127.0.0.1 to listen on (default {DefaultPort}).", DefaultValueFactory = _ => DefaultPort };
        var demoData = new Option<string?>("--demo-data") { Description = $"The folder of the demo's own database, {DemoFileName} (default: PROBITY_DATA_DIR)." };
        var command = new Command("serve", "Run the demo web app on 127.0.0.1, on its own demo database (demo users, the Northumbria example and a synthetic national programme).") { port, demoData };
        command.SetCancellableAction((parse, ct) => ServeAsync(parse.GetValue(port), parse.GetValue(demoData), ct));
        return command;
    }

    /// <summary>Runs until Ctrl+C (or the process is told to stop) cancels the token.</summary>
    private static async Task<int> ServeAsync(int port, string? demoData, CancellationToken ct)
    {
        if (port is < 1 or > 65535) throw new UserErrorException($"--port {port} is not a port number (1 to 65535)", CommandLine.Usage);
        var demoFile = DemoFile(demoData);
        var assets = StaticFilesRoot();
        var url = $"http://127.0.0.1:{port}";
        var app = WebApp.Build([], builder =>
        {
            builder.WebHost.UseUrls(url);
            // Never PROBITY_DATABASE or probity.db: Probity:SqliteFile wins over both.
            builder.Configuration["Probity:SqliteFile"] = demoFile;
            builder.Configuration["Probity:ExactHosts"] = $"127.0.0.1:{port};localhost:{port}";
            builder.Configuration["Probity:LoadDemo"] = "true";
            builder.Configuration["Probity:DemoNationalInspections"] = DemoData.NationalInspections.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Configuration["Probity:StaticFilesRoot"] = assets;
        });
        try
        {
            await StartAsync(app, port, ct);
            Console.Out.WriteLine($"Probity is running at {url}/ as a demo, on its own demo database {demoFile}.");
            Console.Out.WriteLine($"Demo users (created in an empty database only): {string.Join(", ", DemoData.Users.Select(u => u.UserName))}; password \"{DemoData.Password}\".");
            Console.Out.WriteLine("The demo never uses the database of real work; a team runs ./probity web (see docs/guides/administrator.md).");
            Console.Out.WriteLine("Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(ct);
            return CommandLine.Ok;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>demo.db in --demo-data, else in PROBITY_DATA_DIR (or the user's Probity folder), its folder created.</summary>
    private static string DemoFile(string? demoData)
    {
        if (demoData is { Length: 0 }) throw new UserErrorException("--demo-data needs a folder", CommandLine.Usage);
        var folder = demoData ?? Probity.Data.DatabaseLocation.DataFolder();
        try
        {
            return Path.GetFullPath(Path.Combine(Directory.CreateDirectory(folder).FullName, DemoFileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"could not use {folder} for the demo database: {e.Message}", CommandLine.Failure);
        }
    }

    private static Task StartAsync(WebApplication app, int port, CancellationToken ct) =>
        Listening.StartAsync(app, _ => $"port {port} on 127.0.0.1 is in use; stop what uses it or choose another with --port",
            message => $"could not listen on 127.0.0.1:{port}: {message}", ct);

    /// <summary>
    /// The app's wwwroot in the repository (the CLI runs from .build/cli inside it), with GOV.UK Frontend copied in by
    /// scripts/web-assets when it is not there yet; otherwise the wwwroot the build put beside the app.
    /// </summary>
    internal static string StaticFilesRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "scripts", "web-assets");
            var root = Path.Combine(dir.FullName, "src", "Probity.Web", "wwwroot");
            if (!File.Exists(script) || !Directory.Exists(root)) continue;
            if (!WebAppOptions.HasGovukAssets(root)) RunAssetScript(script);
            return root;
        }
        var beside = WebAppOptions.DefaultStaticFilesRoot;
        return WebAppOptions.HasGovukAssets(beside) ? beside
            : throw new UserErrorException($"the web app's GOV.UK Frontend assets are missing from {beside}; run scripts/web-assets in the repository, then build again", CommandLine.Failure);
    }

    private static void RunAssetScript(string script)
    {
        Console.Error.WriteLine("probity: building the web assets (GOV.UK Frontend from npm)…");
        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { UseShellExecute = false })
            ?? throw new UserErrorException("could not run scripts/web-assets", CommandLine.Failure);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new UserErrorException("scripts/web-assets failed (see above); the web app needs its GOV.UK Frontend assets", CommandLine.Failure);
    }
}
