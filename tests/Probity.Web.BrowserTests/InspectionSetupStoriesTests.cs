using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Probity.Web.BrowserTests;

/// <summary>
/// An admin adds a provider; a lead inspector starts an inspection of it with a team, then changes the team; an inspector
/// outside the team is refused, and told why. axe on every page visited. A site of its own: the provider and inspection
/// it adds must not reach the other stories.
/// </summary>
public sealed class InspectionSetupStoriesTests
{
    private const string Framework = "HM Inspectorate of Probation: CRC inspection standards, round two (2019/20)";

    [Fact]
    public async Task An_admin_adds_a_provider_and_a_lead_starts_an_inspection_of_it_with_a_team()
    {
        var site = new LiveSite();
        await site.InitializeAsync();
        try
        {
            await AddProviderAsync(site);
            var inspection = await StartInspectionAsync(site);
            await ChangeTeamAsync(site, inspection);
            await RefuseOutsiderAsync(site, inspection);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    private static async Task AddProviderAsync(LiveSite site)
    {
        var page = await site.SignInAsync("demo.admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Providers", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/providers$"));
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a provider" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/providers/new$"));
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Probation delivery unit (PDU)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add provider" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(
            ["Enter the provider's name, for example Northumbria CRC", "Enter the region the probation delivery unit belongs to"]);
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Community rehabilitation company (CRC)").CheckAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Durham Tees Valley CRC");
        await page.GetByLabel("Previous names (optional)").FillAsync("Durham Tees Valley Probation Trust");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add provider" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/providers\\?saved="));
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Durham Tees Valley CRC is saved.");
        await Assertions.Expect(page.GetByTestId("providers")).ToContainTextAsync("Durham Tees Valley Probation Trust");
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change Durham Tees Valley CRC" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/providers/\\d+$"));
        await LiveSite.AssertAccessibleAsync(page);
        await page.GetByLabel("Short name (optional)").FillAsync("Durham Tees Valley");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/providers\\?saved="));
        Assert.Equal("Durham Tees Valley", (await site.Store.Providers.ListAsync()).Single(p => p.Name == "Durham Tees Valley CRC").ShortName);
        await page.Context.CloseAsync();
    }

    private static async Task<long> StartInspectionAsync(LiveSite site)
    {
        var page = await site.SignInAsync("demo.lead");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a new inspection" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/inspections/new$"));
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Provider", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Durham Tees Valley CRC" });
        await page.GetByLabel(Framework).CheckAsync();
        await page.GetByLabel("Reference").FillAsync("DTV-2020");
        await FillDateAsync(page, "start", "9", "3", "2020");
        await FillDateAsync(page, "end", "6", "3", "2020");
        await page.GetByLabel("Demo Inspector One (demo.inspector)").CheckAsync();
        await page.GetByLabel("Demo Inspector Two (demo.inspector2)").CheckAsync();
        await page.GetByLabel("Demo Panel Member (demo.panel)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the inspection" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync("The fieldwork end must be on or after its start");
        await Assertions.Expect(page.GetByLabel("Reference")).ToHaveValueAsync("DTV-2020");
        await Assertions.Expect(page.GetByLabel("Demo Inspector Two (demo.inspector2)")).ToBeCheckedAsync();
        await LiveSite.AssertAccessibleAsync(page);

        await FillDateAsync(page, "end", "20", "3", "2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the inspection" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/inspections/\\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inspection DTV-2020" })).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(page);
        var id = (await site.Store.Inspections.FindByReferenceAsync("DTV-2020")).Single().Id;

        await page.GotoAsync(site.BaseUrl + "/");
        await Assertions.Expect(page.GetByTestId("your-inspections")).ToContainTextAsync("DTV-2020");
        await LiveSite.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
        return id;
    }

    private static async Task ChangeTeamAsync(LiveSite site, long inspection)
    {
        var page = await site.SignInAsync("demo.lead");
        await page.GotoAsync($"{site.BaseUrl}/inspections/{inspection}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Team", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/inspections/{inspection}/team$"));
        await Assertions.Expect(page.GetByLabel("Demo Inspector Two (demo.inspector2)")).ToBeCheckedAsync();
        await LiveSite.AssertAccessibleAsync(page);

        await page.GetByLabel("Demo Inspector Two (demo.inspector2)").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the team" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/team\\?saved=true$"));
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The team is saved.");
        await Assertions.Expect(page.GetByLabel("Demo Inspector Two (demo.inspector2)")).Not.ToBeCheckedAsync();
        await LiveSite.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    private static async Task RefuseOutsiderAsync(LiveSite site, long inspection)
    {
        var page = await site.SignInAsync("demo.inspector2");
        await Assertions.Expect(page.GetByText("DTV-2020")).ToHaveCountAsync(0);
        var response = await page.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/cases");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByText("You are not in the team for this inspection")).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    private static async Task FillDateAsync(IPage page, string id, string day, string month, string year)
    {
        await page.Locator($"#{id}-day").FillAsync(day);
        await page.Locator($"#{id}-month").FillAsync(month);
        await page.Locator($"#{id}-year").FillAsync(year);
    }
}
