using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Probity.Core.Input;
using Probity.Data;
using Probity.Tests.Shared;
using Probity.Web.Demo;

namespace Probity.Web.Tests.Infrastructure;

/// <summary>
/// The web app in memory on a new SQLite file, loaded with the demo users and the Northumbria inspection, as
/// `./probity serve` loads an empty database. Production settings, so error pages are the users' ones.
/// </summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();
    private readonly string? _postgres;
    private readonly ReadingLimits? _limits;
    private readonly IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();
    private readonly TimeProvider? _clock;

    public WebFactory() { }

    private WebFactory(IReadOnlyDictionary<string, string> settings, TimeProvider? clock)
    {
        _settings = settings;
        _clock = clock;
    }

    /// <summary>The app with <c>Probity:*</c> settings of the test's own (a lower lock-out, a rate limit) and, if given, its clock.</summary>
    public static WebFactory With(IReadOnlyDictionary<string, string> settings, TimeProvider? clock = null) => new(settings, clock);

    private WebFactory(ReadingLimits limits) => _limits = limits;

    /// <summary>The app reading uploads within <paramref name="limits"/>, as the <c>PROBITY_MAX_…</c> variables would set them.</summary>
    public static WebFactory Within(ReadingLimits limits) => new(limits);

    private WebFactory(string postgresConnection) => _postgres = postgresConnection;

    /// <summary>The same app on a PostgreSQL database (the team's server set-up) instead of SQLite.</summary>
    public static WebFactory OnPostgres(string connectionString) => new(connectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (_postgres is null) builder.UseSetting("Probity:SqliteFile", Path.Combine(_folder.Path, "probity.db"));
        else builder.UseSetting("Probity:PostgresConnection", _postgres);
        builder.UseSetting("Probity:LoadDemo", "true");
        // Password hashing at a test's work factor (the app's is 600,000 iterations: seconds per sign-in on these machines),
        // and no rate limit on sign-in unless a test sets one.
        builder.UseSetting("Probity:PasswordIterations", "1000");
        builder.UseSetting("Probity:SignInAttemptsPerMinute", "100000");
        foreach (var (key, value) in _settings) builder.UseSetting($"Probity:{key}", value);
        if (_clock is { } clock) builder.ConfigureTestServices(s => s.AddSingleton(clock));
        if (_limits is { } limits) builder.ConfigureTestServices(s => s.AddSingleton(limits));
    }

    public AppStores Store => new(Services);

    /// <summary>The Northumbria inspection: the first the demo stores (tests may add others after it).</summary>
    public async Task<long> DemoInspectionAsync() => (await Store.Inspections.ListAsync()).First().Id;

    /// <summary>
    /// The demo inspection moved back from the ratings panel to quality assurance (with a reason), where inspectors may
    /// change their cases again: at the panel their answers are frozen.
    /// </summary>
    public async Task<long> AssessableDemoInspectionAsync()
    {
        var inspection = await Store.Inspections.GetAsync(await DemoInspectionAsync());
        if (inspection.Status == Core.Datasets.InspectionStatus.RatingsPanel)
            await Store.Inspections.ChangeStatusAsync(inspection.Id, Core.Datasets.InspectionStatus.QualityAssurance, inspection.Version,
                new Data.Actor("demo.lead"), "the tests assess cases again");
        return inspection.Id;
    }

    /// <summary>The first case the demo gave to <paramref name="userName"/>.</summary>
    public async Task<string> FirstCaseOfAsync(string userName) => (await Store.Cases.AssignedToAsync(userName)).First().CaseId;

    public WebSession Anonymous() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<WebSession> SignInAsync(string userName, string password = DemoData.Password)
    {
        var session = Anonymous();
        var response = await session.PostFormAsync("/sign-in", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.Status != 302 || response.Location == "/account/password") throw new InvalidOperationException($"{userName} could not sign in: {response.Status}\n{response.Html}");
        return session;
    }

    /// <summary>A new user with one role, signed in (a second lead inspector, say, whom the demo does not have).</summary>
    public async Task<WebSession> SignInAsNewUserAsync(string userName, Data.Users.UserRole role)
    {
        const string password = "a long enough password";
        var user = await Store.Users.CreateAsync(new Data.Users.NewUser(userName, userName, [role]), new Data.Actor("test"));
        var hasher = Services.GetRequiredService<Microsoft.AspNetCore.Identity.IPasswordHasher<Data.Users.UserAccount>>();
        await Store.Users.SetPasswordHashAsync(userName, hasher.HashPassword(user, password), new Data.Actor("test"));
        return await SignInAsync(userName, password);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _folder.Dispose();
    }
}
