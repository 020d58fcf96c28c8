using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.FileProviders;
using Probity.Data;
using Probity.Data.Users;
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
        configure?.Invoke(builder);

        var services = builder.Services;
        services.AddSingleton(sp => WebAppOptions.From(sp.GetRequiredService<IConfiguration>()));
        // Registering opens nothing: StoreStartup readies the database, by the one migration rule, before the first request.
        services.AddProbityData(sp => sp.GetRequiredService<WebAppOptions>().Database);
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddScoped<SignInService>();
        services.AddSingleton(_ => new Reports.ReportPrinter(new Reports.PrintTurns(Reports.ReportPrinter.DefaultQueueLimit)));
        services.AddHostedService<StoreStartup>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.Cookie.Name = "probity-session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(9);
            o.SlidingExpiration = true;
            // A signed-in user without the role gets a plain 403 page, not a redirect that hides what happened.
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            o.Events.OnValidatePrincipal = SignInService.ValidateAsync;
        });
        services.AddAuthorization(Policies.Register);
        services.AddAntiforgery(o => { o.Cookie.Name = "probity-antiforgery"; o.Cookie.SameSite = SameSiteMode.Strict; });
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AllowAnonymousToPage("/SignOut");
            o.Conventions.AllowAnonymousToFolder("/Errors");
        });

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
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }
}
