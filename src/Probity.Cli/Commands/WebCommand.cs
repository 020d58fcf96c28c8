using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Probity.Data.Migrations;
using Probity.Web;
using Probity.Web.Hosting;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity web</c>: the web app for a team, on the real database (as every other command chooses it), configured by
/// appsettings.json beside the app and environment variables (<see cref="ProductionSettings"/>). It refuses to start on
/// unsafe settings or a schema behind this build, saying what to do, with a non-zero exit.
/// </summary>
public static class WebCommand
{
    public static Command Create()
    {
        var command = new Command("web", "Run the web app for your team on the real database, configured by appsettings.json and environment variables (see docs/guides/administrator.md).");
        command.SetCancellableAction((_, ct) => RunAsync(ct));
        return command;
    }

    private static async Task<int> RunAsync(CancellationToken ct)
    {
        var assets = ServeCommand.StaticFilesRoot();
        WebApplication app;
        try
        {
            app = WebApp.BuildProduction([], builder => builder.Configuration["Probity:StaticFilesRoot"] ??= assets);
        }
        catch (StartRefusedException e)
        {
            throw new UserErrorException(e.Message, CommandLine.Usage);
        }
        try
        {
            await StartAsync(app, ct);
            var schema = app.Services.GetRequiredService<DatabaseSchema>();
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.Out.WriteLine($"Probity is running for your team at {string.Join(", ", addresses)} on the {schema.Location.Description}.");
            Console.Out.WriteLine("Stop it with Ctrl+C (or systemctl stop probity).");
            await app.WaitForShutdownAsync(ct);
            return CommandLine.Ok;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task StartAsync(WebApplication app, CancellationToken ct)
    {
        try
        {
            await Listening.StartAsync(app, message => $"an address in Probity:Urls is in use; stop what uses it or choose another ({message})",
                message => $"could not listen on the addresses in Probity:Urls: {message}", ct);
        }
        catch (StartRefusedException e)
        {
            throw new UserErrorException(e.Message, CommandLine.Usage);
        }
    }
}
