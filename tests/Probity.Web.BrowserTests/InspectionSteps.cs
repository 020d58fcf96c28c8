using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Probity.Core.Frameworks;

namespace Probity.Web.BrowserTests;

/// <summary>
/// The steps the inspection journeys share, each done as a person would in the browser, with axe on every page it shows:
/// sign in, add a user, start an inspection, assign cases, answer a whole case, move the inspection on a stage.
/// </summary>
public sealed class InspectionSteps(LiveSite site)
{
    /// <summary>A new browser context (its own cookies), signed in with <paramref name="password"/> through the sign-in page.</summary>
    public async Task<IPage> SignInAsync(string userName, string password)
    {
        var page = await SubmitSignInAsync(userName, password);
        await page.WaitForURLAsync($"{site.BaseUrl}/");
        await LiveSite.AssertAccessibleAsync(page);
        return page;
    }

    /// <summary>
    /// A user an admin added signs in for the first time: the password the admin set must be changed before anything else,
    /// so the sign-in lands on "Your password" and the user chooses their own.
    /// </summary>
    public async Task<IPage> FirstSignInAsync(string userName, string given, string chosen)
    {
        var page = await SubmitSignInAsync(userName, given);
        await page.WaitForURLAsync(new Regex("/account/password$"));
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByLabel("Current password").FillAsync(given);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(chosen);
        await page.GetByLabel("Confirm the new password").FillAsync(chosen);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your password is changed");
        await LiveSite.AssertAccessibleAsync(page);
        return page;
    }

    /// <summary>A new browser context (its own cookies) that has posted the sign-in form.</summary>
    private async Task<IPage> SubmitSignInAsync(string userName, string password)
    {
        var context = await site.Browser.NewContextAsync();
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.BaseUrl}/sign-in");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return page;
    }

    /// <summary>An admin adds a provider on the providers page.</summary>
    public static async Task AddProviderAsync(IPage admin, string name, string kind, string? region = null)
    {
        await admin.GetByRole(AriaRole.Link, new() { Name = "Providers", Exact = true }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/providers$"));
        await LiveSite.AssertAccessibleAsync(admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Add a provider" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/providers/new$"));
        await LiveSite.AssertAccessibleAsync(admin);
        await admin.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        if (region is not null) await admin.GetByLabel("Region (probation delivery units only)").FillAsync(region);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add provider" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} is saved.");
        await LiveSite.AssertAccessibleAsync(admin);
    }

    /// <summary>An admin adds a user with one role on the users page (a provider's contact with its <paramref name="provider"/>).</summary>
    public static async Task AddUserAsync(IPage admin, string userName, string name, string role, string password, string? provider = null)
    {
        await admin.GetByRole(AriaRole.Link, new() { Name = "Add a user" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/users/new$"));
        await LiveSite.AssertAccessibleAsync(admin);
        await admin.GetByLabel("User name").FillAsync(userName);
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await admin.GetByLabel(role, new() { Exact = true }).CheckAsync();
        if (provider is not null) await admin.GetByLabel("Provider (provider contacts only)").SelectOptionAsync(new SelectOptionValue { Label = provider });
        await admin.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await admin.GetByLabel("Confirm password").FillAsync(password);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/users\\?saved="));
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync(name);
        await LiveSite.AssertAccessibleAsync(admin);
    }

    /// <summary>What a lead types on "Start a new inspection".</summary>
    public sealed record NewInspection(string Provider, string Framework, string Reference, DateOnly Start, DateOnly End)
    {
        public string? Previous { get; init; }
        public IReadOnlyList<string> Inspectors { get; init; } = [];
        public IReadOnlyList<string> Panel { get; init; } = [];
        public IReadOnlyList<string> NotInspected { get; init; } = [];
    }

    /// <summary>
    /// A lead starts an inspection from their home page; returns its number, read from the address it lands on
    /// (<paramref name="photograph"/>: the lead inspector's guide shows the form filled in).
    /// </summary>
    public async Task<long> StartInspectionAsync(IPage lead, NewInspection inspection, bool photograph = false)
    {
        await lead.GotoAsync(site.BaseUrl + "/");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Start a new inspection" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex("/inspections/new$"));
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel("Provider", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = inspection.Provider });
        await lead.GetByLabel(FrameworkCatalog.Find(inspection.Framework)!.Title, new() { Exact = true }).CheckAsync();
        if (inspection.NotInspected.Count > 0)
        {
            await lead.GetByText("Standards not inspected (optional)").ClickAsync();
            foreach (var standard in inspection.NotInspected)
                await lead.Locator($"input[name='not-inspected'][value='{inspection.Framework}:{standard}']").CheckAsync();
        }
        await lead.GetByLabel("Reference").FillAsync(inspection.Reference);
        await FillDateAsync(lead, "start", inspection.Start);
        await FillDateAsync(lead, "end", inspection.End);
        if (inspection.Previous is { } previous)
            await lead.GetByLabel("Previous inspection of this provider (optional)").SelectOptionAsync(new SelectOptionValue { Label = previous });
        foreach (var inspector in inspection.Inspectors) await lead.GetByLabel(inspector, new() { Exact = true }).CheckAsync();
        foreach (var member in inspection.Panel) await lead.GetByLabel(member, new() { Exact = true }).CheckAsync();
        if (photograph) await GuidePictures.TakeAsync(lead, "start-inspection");
        else await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Start the inspection" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex("/inspections/\\d+$"));
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Name = $"Inspection {inspection.Reference}" })).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        return long.Parse(new Uri(lead.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A lead adds a case to the sample by hand (for a framework Probity draws no sample for).</summary>
    public async Task AddCaseByHandAsync(IPage lead, long inspection, string sample, string caseId, string? organisation = null)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/sampling");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Add a case to the sample by hand" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex("/sampling/add$"));
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel(sample, new() { Exact = true }).CheckAsync();
        await lead.GetByLabel("Case reference").FillAsync(caseId);
        if (organisation is not null) await lead.GetByLabel(organisation, new() { Exact = true }).CheckAsync();
        await lead.GetByLabel("Why is the case added?").FillAsync("Chosen from the provider's list with the PDU head, as the sampling plan says.");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add the case" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("done")).ToContainTextAsync("The case is added to the sample.");
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>A lead gives cases to an inspector from the case list, several at once.</summary>
    public async Task AssignAsync(IPage lead, long inspection, IEnumerable<string> cases, string userName)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/cases");
        await LiveSite.AssertAccessibleAsync(lead);
        var count = 0;
        foreach (var caseId in cases)
        {
            await lead.GetByLabel($"Select case {caseId}", new() { Exact = true }).CheckAsync();
            count++;
        }
        await lead.GetByLabel("Give the selected cases to").SelectOptionAsync(userName);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Assign selected cases" }).ClickAsync();
        await Assertions.Expect(lead.GetByText(count == 1 ? "1 case was assigned." : $"{count} cases were assigned.")).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>
    /// An inspector answers every question of every section of a case with <paramref name="answer"/> (the radios' values:
    /// "yes", "no" or "na"), saving and continuing section by section, then (unless told not to) marks the case completed
    /// on check-your-answers.
    /// </summary>
    public async Task AnswerWholeCaseAsync(IPage inspector, long inspection, string caseId, string answer = "yes", bool complete = true)
    {
        await inspector.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/cases/{caseId}");
        while (!new Uri(inspector.Url).AbsolutePath.EndsWith("/check", StringComparison.Ordinal))
        {
            await LiveSite.AssertAccessibleAsync(inspector);
            var radios = inspector.Locator($"input.govuk-radios__input[name^='answer['][value='{answer}']");
            for (var i = 0; i < await radios.CountAsync(); i++) await radios.Nth(i).CheckAsync();
            var before = inspector.Url;
            await inspector.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await inspector.WaitForURLAsync(url => url != before);
        }
        await Assertions.Expect(inspector.GetByRole(AriaRole.Heading, new() { Name = "Check your answers" })).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(inspector);
        if (!complete) return;
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Mark as completed" }).ClickAsync();
        await Assertions.Expect(inspector.GetByTestId("case-status")).ToHaveTextAsync("Completed");
        await LiveSite.AssertAccessibleAsync(inspector);
    }

    /// <summary>A lead opens the move to the next stage from the inspection page; returns what blocks it (empty when it moved).</summary>
    public async Task<IReadOnlyList<string>> MoveOnAsync(IPage lead, long inspection, string stage)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}");
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByTestId("move-next").ClickAsync();
        await lead.WaitForURLAsync(new Regex($"/inspections/{inspection}/stage/"));
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Name = $"Move the inspection to {stage.ToLowerInvariant()}" })).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        var blocks = lead.GetByTestId("blocks");
        if (await blocks.CountAsync() > 0) return [.. (await blocks.Locator("li").AllTextContentsAsync()).Select(b => b.Trim())];
        await lead.GetByRole(AriaRole.Button, new() { Name = $"Move to {stage.ToLowerInvariant()}" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("stage")).ToHaveTextAsync(stage);
        await LiveSite.AssertAccessibleAsync(lead);
        return [];
    }

    private static async Task FillDateAsync(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}-day").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
