using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Probity.Core.Ratings;
using Probity.Data;
using Probity.Tests.Shared;
using Probity.Web.Demo;

namespace Probity.Web.BrowserTests;

/// <summary>
/// The web app on a real Kestrel at a free loopback port, with the demo data, and Debian's Chromium driven by Playwright.
/// Set up for the browser stories: demo.inspector's first case has standard 2.1 unanswered, and domain one is ratified
/// high enough (1.1–1.3 Outstanding, 15/30) that one panel decision crosses into Good.
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly TimeProvider? _clock;
    private WebApplication _app = null!;

    public LiveSite() : this(null) { }

    /// <summary>A site whose every time (sessions, the audit log, stamps on saves) comes from <paramref name="clock"/>.</summary>
    // Internal: xUnit builds the shared site as a collection fixture, which must have exactly one public constructor.
    internal LiveSite(TimeProvider? clock) => _clock = clock;
    private IPlaywright _playwright = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The site's data folder (its <c>probity.db</c>), for a command run beside it, as on a team's server.</summary>
    public string DataFolder => _folder.Path;
    public IBrowser Browser { get; private set; } = null!;
    public AppStores Store => new(_app.Services);
    public long InspectionId { get; private set; }
    public string UnansweredCase { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _app = WebApp.Build([], b =>
        {
            b.WebHost.UseUrls("http://127.0.0.1:0");
            b.Configuration["Probity:SqliteFile"] = Path.Combine(_folder.Path, "probity.db");
            b.Configuration["Probity:LoadDemo"] = "true";
            // The tests' password work factor (the app's own takes a second a sign-in here), and no sign-in rate limit:
            // every story signs in from the same address.
            b.Configuration["Probity:PasswordIterations"] = "1000";
            b.Configuration["Probity:SignInAttemptsPerMinute"] = "100000";
            if (_clock is not null) b.Services.AddSingleton(_clock);
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        if (!WebAppOptions.HasGovukAssets(WebAppOptions.DefaultStaticFilesRoot))
            throw new InvalidOperationException($"GOV.UK Frontend is missing from {WebAppOptions.DefaultStaticFilesRoot}: run scripts/web-assets, then build again");
        await PrepareAsync();

        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    private async Task PrepareAsync()
    {
        var actor = new Actor("browser-test-setup");
        InspectionId = (await Store.Inspections.ListAsync()).Single().Id;
        UnansweredCase = (await Store.Cases.AssignedToAsync("demo.inspector"))[0].CaseId;
        // The demo waits at the ratings panel, where answers are frozen: its lead reopens the case the stories answer again,
        // as a lead would at the panel, with a reason.
        await _app.Services.GetRequiredService<Data.Cases.CaseReopeningStore>().ReopenAsync(InspectionId, UnansweredCase,
            "Quality assurance found the answers to 2.1 unsupported by the case record: the inspector reviews them.", new Actor("demo.lead"));
        var assessment = await Store.Cases.LoadAsync(InspectionId, UnansweredCase);
        await Store.Cases.SaveAsync(assessment with
        {
            Answers = assessment.Answers.Where(a => !a.Key.StartsWith("2.1.", StringComparison.Ordinal)).ToDictionary(),
            Notes = assessment.Notes.Where(a => !a.Key.StartsWith("2.1.", StringComparison.Ordinal)).ToDictionary(),
            Status = Data.Cases.CaseAssessmentStatus.InProgress,
        }, actor);
        var judgements = (await Store.DomainOne.GetAsync(InspectionId)).Judgements;
        foreach (var standard in new[] { "1.1", "1.2", "1.3" })
            await Store.DomainOne.RatifyAsync(InspectionId, standard, Rating.Outstanding, judgements.First(j => j.Standard == standard).Version, actor);
    }

    /// <summary>A new browser context (its own cookies), signed in through the sign-in page.</summary>
    public async Task<IPage> SignInAsync(string userName, string password = DemoData.Password)
    {
        var context = await Browser.NewContextAsync();
        // Two cores shared with builds and other suites: generous waits, so a slow moment is not a failure.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{BaseUrl}/sign-in");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync($"{BaseUrl}/");
        return page;
    }

    private static int _shots;

    /// <summary>axe: no WCAG 2.x A or AA violation on the page as it now is.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.NotEmpty(result.Passes); // axe really ran: it checked rules and some passed
        if (Environment.GetEnvironmentVariable("PROBITY_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(folder, $"{Interlocked.Increment(ref _shots):D3}.png"), FullPage = true });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(violations.Count == 0, $"axe found on {page.Url}:\n" + string.Join("\n", violations));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>Debian's Chromium: Playwright cannot download browsers here, so the tests use the one scripts/apt-packages.txt installs.</summary>
public static class Chromium
{
    public static string Path => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
        .Select(dir => System.IO.Path.Combine(dir, "chromium")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("chromium is not on PATH: install the Debian package (scripts/prerequisites does)");
}

[CollectionDefinition(Name)]
public sealed class LiveSiteCollection : ICollectionFixture<LiveSite>
{
    public const string Name = "live site";
}
