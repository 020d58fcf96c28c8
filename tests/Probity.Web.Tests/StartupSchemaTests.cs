using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Probity.Data;
using Probity.Data.Migrations;
using Probity.Data.Tests.Infrastructure;
using Probity.Tests.Shared;

namespace Probity.Web.Tests;

/// <summary>The web app readies its database at start by the one migration rule, and refuses one it must not migrate.</summary>
public sealed class StartupSchemaTests
{
    private static WebApplication Build(TempFolder folder, string setting, string value) => WebApp.Build([], builder =>
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration[setting] = value;
        builder.Configuration["Probity:StaticFilesRoot"] = folder.Path;
    });

    [Fact]
    public async Task A_new_sqlite_database_is_created_at_start()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "data", "probity.db");
        await using var app = Build(folder, "Probity:SqliteFile", file);
        Assert.False(File.Exists(file)); // building the app opened nothing
        await app.StartAsync();
        var schema = app.Services.GetRequiredService<DatabaseSchema>();
        Assert.Equal(schema.LatestVersion, await schema.CurrentVersionAsync());
        await app.StopAsync();
    }

    [Fact]
    public async Task A_postgresql_database_behind_this_build_stops_the_app_with_the_command_that_migrates_it()
    {
        using var folder = new TempFolder();
        using var server = TemporaryPostgres.Start();
        var database = await server.CreateDatabaseAsync();
        await using var app = Build(folder, "Probity:PostgresConnection", database.ConnectionString);

        var refused = await Assert.ThrowsAsync<SchemaBehindException>(() => app.StartAsync());
        Assert.Contains("run ./probity db migrate", refused.Message);
        Assert.Equal(0, await app.Services.GetRequiredService<DatabaseSchema>().CurrentVersionAsync());
    }
}
