using Microsoft.Extensions.FileProviders;
using Probity.Data;
using Probity.Data.Migrations;
using Probity.Web.Hosting;
using Probity.Web.Security;

namespace Probity.Web;

/// <summary>The composition root: services, sign-in, and the request pipeline. Every host builds the app here.</summary>
public static class WebApp
{
    /// <summary>The app as the demo, the tests and <c>dotnet run</c> host it.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = CreateBuilder(args, contentRoot: null);
        configure?.Invoke(builder);
        return Finish(builder, production: null);
    }

    /// <summary>
    /// The app for a team (<c>./probity web</c>): configured by appsettings.json beside the app and environment variables,
    /// on the real database, never the demo. Throws <see cref="StartRefusedException"/> on unsafe settings.
    /// </summary>
    public static WebApplication BuildProduction(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = CreateBuilder(args, contentRoot: AppContext.BaseDirectory);
        configure?.Invoke(builder);
        return Finish(builder, ProductionSettings.Read(builder.Configuration));
    }

    private static WebApplicationBuilder CreateBuilder(string[] args, string? contentRoot)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Razor Pages are found in this assembly even when another program (the CLI's `serve`) hosts the app.
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Keys live unencrypted in the user's profile or the database; saying so on every start only alarms.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // Hosting logs only the start and end of requests (Information); left enabled at any level it also opens a logging
        // scope and an Activity for every request, which the load profile found on every one. Errors are logged elsewhere.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        return builder;
    }

    private static WebApplication Finish(WebApplicationBuilder builder, ProductionSettings? production)
    {
        // Every registration is checked when the app is built, and nothing scoped is taken from the root.
        builder.Host.UseDefaultServiceProvider(o => { o.ValidateOnBuild = true; o.ValidateScopes = true; });
        builder.Services.AddProbityWeb();
        // After the app's own services: the database is readied (StoreStartup) before data protection first reads its keys.
        if (production is not null) ProductionHost.Configure(builder, production);

        var app = builder.Build();
        var options = app.Services.GetRequiredService<WebAppOptions>();
        if (production is not null) ProductionHost.UseEarly(app, production);
        if (options.ExactHosts.Count > 0) app.Use(LoopbackHosts.Only(options.ExactHosts));
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/errors/500");
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.Use(SecurityHeaders.Add);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Directory.CreateDirectory(options.StaticFilesRoot).FullName),
            OnPrepareResponse = SecurityHeaders.StaticAssets,
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        // For a load balancer: 200 while the database answers, 503 when it does not. Says nothing else.
        app.MapGet("/health", async (DatabaseSchema schema, HttpContext http) =>
        {
            try
            {
                await schema.CurrentVersionAsync(http.RequestAborted);
                return Results.Text("ok");
            }
            catch (StoreException)
            {
                return Results.Text("the database does not answer", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
        return app;
    }
}
