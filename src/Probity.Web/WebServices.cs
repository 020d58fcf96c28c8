using FluentValidation;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Probity.Data;
using Probity.Data.Users;
using Probity.Web.Filters;
using Probity.Web.Pages.Inspections;
using Probity.Web.Pages.Inspections.Cases;
using Probity.Web.Routing;
using Probity.Web.Security;

namespace Probity.Web;

/// <summary>The web app's services, each part in its own extension, composed by <see cref="WebApp"/>.</summary>
public static class WebServices
{
    /// <summary>Everything the web app needs: its options, the data services, sign-in, and the pages.</summary>
    public static IServiceCollection AddProbityWeb(this IServiceCollection services)
    {
        services.AddSingleton(sp => WebAppOptions.From(sp.GetRequiredService<IConfiguration>()));
        // Registering opens nothing: StoreStartup readies the database, by the one migration rule, before the first request.
        services.AddProbityData(sp => sp.GetRequiredService<WebAppOptions>().Database);
        services.AddHostedService<StoreStartup>();
        // What an upload may hold: the PROBITY_MAX_… limits the command line reads by, from the same variables, read here
        // so that a variable set to something that is not a number stops the app at start, naming it, not a page later.
        services.AddSingleton(Exchange.Input.EnvironmentLimits.Read());
        services.AddSingleton(_ => new Reports.ReportPrinter(new Reports.PrintTurns(Reports.ReportPrinter.DefaultQueueLimit)));
        services.AddSingleton<Reports.InspectionChecks>();
        return services.AddProbitySignIn().AddProbityPages();
    }

    /// <summary>Password sign-in with a session cookie; every page needs a signed-in user unless its folder says otherwise.</summary>
    public static IServiceCollection AddProbitySignIn(this IServiceCollection services)
    {
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<IPasswordHasher<UserAccount>>(sp => sp.GetRequiredService<PasswordHashing>());
        services.AddScoped<SignInService>();
        services.AddSignInRateLimit();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.Cookie.Name = "probity-session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // The session in the database decides (idle and absolute limits, SessionStore): the cookie only carries its id,
            // and is kept no longer than a session may last.
            o.ExpireTimeSpan = SessionLimits.Default.Absolute;
            o.SlidingExpiration = false;
            // A signed-in user without the role gets a plain 403 page, not a redirect that hides what happened.
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            o.Events.OnValidatePrincipal = SignInService.ValidateAsync;
        });
        services.AddAuthorization(Policies.Register);
        services.AddAntiforgery(o => { o.Cookie.Name = "probity-antiforgery"; o.Cookie.SameSite = SameSiteMode.Strict; });
        return services;
    }

    /// <summary>
    /// The Razor Pages with every folder's <c>Conventions.cs</c> (authorisation, the filters that load what its pages are
    /// about), one validator per form, the typed links, and what a request about an inspection or case holds.
    /// </summary>
    public static IServiceCollection AddProbityPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new MustChangePasswordFilter());
            o.Conventions.ConfigureFilter(new RecordNotFoundFilter());
            o.Conventions.ConfigureFilter(new PageLoadFilter());
            foreach (var folder in FolderConventions()) folder.Configure(o.Conventions);
        });
        services.AddValidatorsFromAssemblyContaining<ProbityLinks>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton<ProbityLinks>();
        services.AddScoped<OpenInspection>();
        services.AddScoped<OpenCase>();
        services.AddScoped<Pages.Inspections.DomainOne.EvidenceEditor>();
        // The writing list marks "To review" what the checks before publication mark.
        services.TryAddSingleton<Pages.Inspections.Writing.IBlocksToReview, Pages.Inspections.Writing.CheckedBlocksToReview>();
        // The report checks block publication until each finding is mended or overridden.
        services.TryAddSingleton<Pages.Inspections.Publication.IPublicationChecks, Pages.Inspections.Publication.ReportCheckBlocks>();
        services.AddSingleton<Pages.Inspections.Publication.PublicationBlocks>();
        return services;
    }

    private static IEnumerable<IFolderConventions> FolderConventions() =>
        typeof(WebServices).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFolderConventions).IsAssignableFrom(t))
            .OrderBy(t => t.Namespace, StringComparer.Ordinal) // a folder's rules before its subfolders'
            .Select(t => (IFolderConventions)Activator.CreateInstance(t)!);
}
