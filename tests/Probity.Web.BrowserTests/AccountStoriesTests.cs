using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Probity.Web.BrowserTests;

/// <summary>
/// Issue 15: an admin manages an account and reads the security events; a user whose password the admin set chooses
/// their own and looks at their sessions. axe on each page. A site of its own: the stories change passwords and roles.
/// </summary>
public sealed class AccountStoriesTests
{
    [Fact]
    public async Task An_admin_resets_a_password_changes_roles_and_reads_the_security_events_and_the_user_chooses_their_own_password()
    {
        var site = new LiveSite();
        await site.InitializeAsync();
        try
        {
            await AdminAsync(site);
            await UserAsync(site);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    private static async Task AdminAsync(LiveSite site)
    {
        var page = await site.SignInAsync("demo.admin");
        await page.GotoAsync($"{site.BaseUrl}/admin/users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Roles and account of demo.analyst" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/users/demo.analyst$"));
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Analyst").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save roles" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select at least one role");
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByLabel("Analyst").CheckAsync();
        await page.GetByLabel("Inspector", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save roles" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The roles are saved");

        await page.GetByRole(AriaRole.Link, new() { Name = "Set a new password for demo.analyst" }).ClickAsync();
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("given by the admin");
        await page.GetByLabel("Confirm the new password").FillAsync("given by the admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/users"));

        await page.GotoAsync($"{site.BaseUrl}/admin/security-events");
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByLabel("User name").FillAsync("demo.analyst");
        await page.GetByLabel("What happened").SelectOptionAsync(new SelectOptionValue { Label = "Roles changed" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show events" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=security-events] tbody tr")).ToHaveCountAsync(1);
        await LiveSite.AssertAccessibleAsync(page);
    }

    private static async Task UserAsync(LiveSite site)
    {
        var context = await site.Browser.NewContextAsync();
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.BaseUrl}/sign-in");
        await page.GetByLabel("User name").FillAsync("demo.analyst");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("given by the admin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/password$"));
        await Assertions.Expect(page.Locator("[data-testid=must-change]")).ToContainTextAsync("An admin set your password");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Current password").FillAsync("given by the admin");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("qwertyuiop123");
        await page.GetByLabel("Confirm the new password").FillAsync("qwertyuiop123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("too common");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Current password").FillAsync("given by the admin");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("four unrelated plain words");
        await page.GetByLabel("Confirm the new password").FillAsync("four unrelated plain words");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your password is changed");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Your sessions" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=sessions] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=sessions]")).ToContainTextAsync("(this session)");
        await LiveSite.AssertAccessibleAsync(page);
    }
}
