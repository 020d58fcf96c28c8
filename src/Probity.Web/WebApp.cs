using Microsoft.Extensions.FileProviders;
using Probity.Web.Security;

namespace Probity.Web;

/// <summary>The composition root: services, sign-in, and the request pipeline. Every host builds the app here.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Razor Pages are found in this assembly even when another program (the CLI's `serve`) hosts the app.
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Keys live unencrypted in the user's profile (the default); saying so on every start only alarms.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // Hosting logs only the start and end of requests (Information); left enabled at any level it also opens a logging
        // scope and an Activity for every request, which the load profile found on every one. Errors are logged elsewhere.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        configure?.Invoke(builder);

        // Every registration is checked when the app is built, and nothing scoped is taken from the root.
        builder.Host.UseDefaultServiceProvider(o => { o.ValidateOnBuild = true; o.ValidateScopes = true; });
        builder.Services.AddProbityWeb();

        var app = builder.Build();
        var options = app.Services.GetRequiredService<WebAppOptions>();
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
        return app;
    }
}
