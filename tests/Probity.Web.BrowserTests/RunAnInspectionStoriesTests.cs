using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Probity.Tests.Shared;
using Probity.Web.Demo;

namespace Probity.Web.BrowserTests;

/// <summary>
/// Issue 13's journey, in the browser only once the command line has made the first admin: that admin adds a provider
/// and two inspectors; a lead starts a 2019 CRC inspection with the demo's Northumbria inspection as its previous one, draws the three samples
/// from the example extract, swaps one case and withdraws another; the two inspectors assess their cases; the move to the
/// ratings panel is refused while a case is in progress; an inspector's save at the panel is refused; the lead reopens a
/// case; the panel records a discretion decision and ratifies. Then the inspection is exported and
/// rated as <c>./probity rate</c> rates it, and the ratings agree with the panel page. From there issue 14's half (the
/// other part of this class): the report is written, checked, sent to the provider, published and corrected. axe on every
/// page visited. A site of its own: what it adds must not reach the other stories.
/// </summary>
public sealed partial class RunAnInspectionStoriesTests
{
    private const string Provider = "Northumbria Community Rehabilitation Company";
    private const string Password = "journey-password-13";
    private const string AdminPassword = "the first admin's own words";
    private static readonly string Caseload = Path.Combine(AppContext.BaseDirectory, "fixtures", "northumbria-2019-caseload.csv");

    // The lead inspector's guide shows this journey's pages: on a fixed clock (the other guides' day), every date the
    // pages show and the journey types is the same on every run, and so are the pictures.
    private static readonly DateTimeOffset GuideDay = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(GuideDay.UtcDateTime);

    [Fact]
    public async Task A_lead_runs_a_2019_crc_inspection_from_set_up_to_publication_and_correction_in_the_browser()
    {
        var site = new LiveSite(new FixedClock(GuideDay));
        await site.InitializeAsync();
        try
        {
            var steps = new InspectionSteps(site);
            await AdminAddsProviderAndInspectorsAsync(site, steps);
            var lead = await steps.SignInAsync("demo.lead", DemoData.Password);
            var id = await steps.StartInspectionAsync(lead, new(Provider, "hmip-crc-2019", "NB-2020", new(2020, 1, 13), new(2020, 1, 24))
            {
                Previous = $"{Provider}: NB-2019 (September 2019)",
                Inspectors = ["Priya Shah (priya.shah)", "Tom Okafor (tom.okafor)"],
                Panel = ["Demo Panel Member (demo.panel)"],
            }, photograph: true);
            await Assertions.Expect(lead.GetByTestId("previous")).ToHaveTextAsync("NB-2019 (fieldwork September 2019)");
            await GuidePictures.TakeAsync(lead, "task-list-new");

            var cases = await DrawSwapAndWithdrawAsync(lead, site, id);
            Assert.Equal(["No case has been given to an inspector yet: assign at least one sampled case before fieldwork starts."],
                await steps.MoveOnAsync(lead, id, "Fieldwork"));
            await steps.AssignAsync(lead, id, cases.Take(3), "priya.shah");
            await steps.AssignAsync(lead, id, cases.Skip(3), "tom.okafor");
            Assert.Empty(await steps.MoveOnAsync(lead, id, "Fieldwork"));

            var priya = await steps.FirstSignInAsync("priya.shah", Password, "priya chooses her own words");
            foreach (var caseId in cases.Take(3)) await steps.AnswerWholeCaseAsync(priya, id, caseId);
            var tom = await steps.FirstSignInAsync("tom.okafor", Password, "tom chooses his own words");
            await steps.AnswerWholeCaseAsync(tom, id, cases[3]);
            await steps.AnswerWholeCaseAsync(tom, id, cases[4], "no", complete: false);

            Assert.Empty(await steps.MoveOnAsync(lead, id, "Quality assurance"));
            var refused = await steps.MoveOnAsync(lead, id, "Ratings panel");
            Assert.Equal([$"Case {cases[4]} is not completed (in progress): finish its assessment, or withdraw it from the sample with a reason."], refused);
            await GuidePictures.TakeAsync(lead, "move-refused");

            await tom.GetByRole(AriaRole.Button, new() { Name = "Mark as completed" }).ClickAsync();
            await Assertions.Expect(tom.GetByTestId("case-status")).ToHaveTextAsync("Completed");
            // Tom still has a section of his case open when the panel starts.
            await tom.GotoAsync($"{site.BaseUrl}/inspections/{id}/cases/{cases[3]}");
            await LiveSite.AssertAccessibleAsync(tom);
            Assert.Empty(await steps.MoveOnAsync(lead, id, "Ratings panel"));
            await InspectorSaveAtThePanelIsRefusedAsync(tom, cases[3]);

            var reason = "The quality assurance read found 2.1.1 answered yes without evidence.";
            await LeadReopensACaseAsync(lead, site, id, cases[0], reason);
            await priya.GotoAsync($"{site.BaseUrl}/inspections/{id}/cases/{cases[0]}/2.1");
            await LiveSite.AssertAccessibleAsync(priya);
            await priya.Locator("#answer-2\\.1\\.1-no").CheckAsync();
            await priya.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
            await Assertions.Expect(priya.Locator(".govuk-notification-banner")).ToContainTextAsync("Your answers to 2.1 were saved as a draft.");
            await LiveSite.AssertAccessibleAsync(priya);

            var panel = await steps.SignInAsync("demo.panel", DemoData.Password);
            await PanelSeesTheReopenedCaseDecidesAndRatifiesAsync(panel, site, id, cases[0], reason);
            await RatingsAgreeWithTheExportRated.AssertAsync(panel, site, id);
            await WriteCheckPublishAndCorrectAsync(site, steps, id);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    private static async Task AdminAddsProviderAndInspectorsAsync(LiveSite site, InspectionSteps steps)
    {
        // The first admin comes from the command line, as on a new team's server: `users add` with a password piped in,
        // run beside the running site on its database. Everything after this is done in the browser.
        var added = CliProcess.RunWithInput(new Dictionary<string, string>
        {
            ["PROBITY_DATA_DIR"] = site.DataFolder,
            ["Probity__PasswordIterations"] = "1000",
        }, AdminPassword + "\n", "users", "add", "ann.admin", "--role", "admin", "--display-name", "Ann Admin");
        Assert.True(added.ExitCode == 0, added.Error);
        var admin = await steps.SignInAsync("ann.admin", AdminPassword);
        await InspectionSteps.AddProviderAsync(admin, "Cumbria and Lancashire CRC", "Community rehabilitation company (CRC)");

        await admin.GotoAsync($"{site.BaseUrl}/admin/users");
        await LiveSite.AssertAccessibleAsync(admin);
        await InspectionSteps.AddUserAsync(admin, "priya.shah", "Priya Shah", "Inspector", Password);
        await InspectionSteps.AddUserAsync(admin, "tom.okafor", "Tom Okafor", "Inspector", Password);
        await admin.Context.CloseAsync();
    }

    /// <summary>Three small samples from the example extract; returns the five cases left to assess: two case supervision, two unpaid work, one Through the Gate.</summary>
    private static async Task<IReadOnlyList<string>> DrawSwapAndWithdrawAsync(IPage lead, LiveSite site, long id)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/sampling");
        await LiveSite.AssertAccessibleAsync(lead);
        foreach (var (sample, token, size) in new[] { ("Case supervision", "case-supervision", 3), ("Unpaid work", "unpaid-work", 2), ("Through the Gate", "through-the-gate", 1) })
        {
            await lead.Locator("#population").SetInputFilesAsync(Caseload);
            await lead.GetByLabel(sample, new() { Exact = true }).CheckAsync();
            await lead.GetByLabel("Eligibility date (optional)").FillAsync("2019-08-19");
            await lead.GetByLabel("Required size (optional)").FillAsync(size.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await lead.GetByLabel("Seed (optional)").FillAsync("20200113");
            await lead.GetByRole(AriaRole.Button, new() { Name = "Draw and store the sample" }).ClickAsync();
            await Assertions.Expect(lead.GetByTestId("done")).ToContainTextAsync("The sample is drawn");
            await Assertions.Expect(lead.GetByTestId($"drawn-{token}")).ToHaveTextAsync(size.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await LiveSite.AssertAccessibleAsync(lead);
        }

        var drawn = await lead.Locator("[data-testid=cases-case-supervision] tr[data-case]")
            .EvaluateAllAsync<string[]>("rows => rows.filter(r => r.querySelector('[data-testid=standing]').textContent.trim() === 'In the sample').map(r => r.dataset.case)");
        Assert.Equal(3, drawn.Length);
        await lead.GetByRole(AriaRole.Link, new() { Name = $"Swap case {drawn[0]} for a reserve" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        if (await lead.GetByTestId("ran-out").CountAsync() > 0)
            await lead.Locator("input[name=stratum]").First.CheckAsync();
        await lead.GetByLabel("Wrongly included (it does not meet the sample's criteria)").CheckAsync();
        await lead.GetByLabel("Detail (optional)").FillAsync("sentenced after the eligibility date");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Swap the case" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("withdrawn")).ToContainTextAsync("Wrongly included: sentenced after the eligibility date");
        await LiveSite.AssertAccessibleAsync(lead);

        await lead.GetByRole(AriaRole.Link, new() { Name = $"Withdraw case {drawn[1]}" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel("Why is the case withdrawn?").FillAsync("In custody throughout the inspection period");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Withdraw the case" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("withdrawn")).ToContainTextAsync("In custody throughout the inspection period");
        await LiveSite.AssertAccessibleAsync(lead);

        var inSample = "rows => rows.filter(r => /in the sample$/i.test(r.querySelector('[data-testid=standing]').textContent.trim())).map(r => r.dataset.case)";
        var caseSupervision = await lead.Locator("[data-testid=cases-case-supervision] tr[data-case]").EvaluateAllAsync<string[]>(inSample);
        var unpaidWork = await lead.Locator("[data-testid=cases-unpaid-work] tr[data-case]").EvaluateAllAsync<string[]>(inSample);
        var throughTheGate = await lead.Locator("[data-testid=cases-through-the-gate] tr[data-case]").EvaluateAllAsync<string[]>(inSample);
        Assert.Equal(2, caseSupervision.Length);
        Assert.Contains(drawn[2], caseSupervision);
        Assert.Equal(2, unpaidWork.Length);
        Assert.Single(throughTheGate);

        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/cases");
        var cases = await lead.Locator("[data-testid=cases] input[name=case]").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.value)");
        Assert.Equal(5, cases.Length);
        Assert.DoesNotContain(drawn[0], cases);
        Assert.DoesNotContain(drawn[1], cases);
        // Case supervision first (the reopened case is one), then unpaid work, then Through the Gate (left in progress).
        return [.. caseSupervision, .. unpaidWork, .. throughTheGate];
    }

    private static async Task InspectorSaveAtThePanelIsRefusedAsync(IPage tom, string caseId)
    {
        await tom.Locator("input.govuk-radios__input[name^='answer['][value='no']").First.CheckAsync();
        await tom.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        var summary = tom.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync($"The ratings panel has started, so the answers of case {caseId} are frozen as the panel sees them.");
        await LiveSite.AssertAccessibleAsync(tom);
        await tom.GetByRole(AriaRole.Link, new() { Name = "Check answers" }).ClickAsync();
        await Assertions.Expect(tom.GetByTestId("case-status")).ToHaveTextAsync("Completed");
        await Assertions.Expect(tom.GetByTestId("answer").First).ToHaveTextAsync("Yes");
        await LiveSite.AssertAccessibleAsync(tom);
    }

    private static async Task LeadReopensACaseAsync(IPage lead, LiveSite site, long id, string caseId, string reason)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/cases/{caseId}/check");
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByTestId("reopen").ClickAsync();
        await lead.WaitForURLAsync(new Regex("/reopen$"));
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel("Why is the case reopened?").FillAsync(reason);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Reopen the case" }).ClickAsync();
        await lead.WaitForURLAsync(url => !url.EndsWith("/reopen", StringComparison.Ordinal));
        await LiveSite.AssertAccessibleAsync(lead);
    }

    private static async Task PanelSeesTheReopenedCaseDecidesAndRatifiesAsync(IPage panel, LiveSite site, long id, string reopened, string reason)
    {
        await panel.GotoAsync($"{site.BaseUrl}/inspections/{id}/panel");
        var row = panel.GetByTestId("reopened").Locator("tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync(reopened);
        await Assertions.Expect(row).ToContainTextAsync(reason);
        await Assertions.Expect(row).ToContainTextAsync("2.1.1: Yes → No");
        await LiveSite.AssertAccessibleAsync(panel);

        await ShortJourneySteps.RatifyJudgementsAsync(panel, ["1.1", "1.2", "1.3", "1.4"]);

        await panel.GetByRole(AriaRole.Link, new() { Name = "Consider the decision on 2.2" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(panel);
        await panel.GetByLabel("Down one band").CheckAsync();
        await panel.GetByLabel("Professional discretion").CheckAsync();
        await panel.GetByLabel("Rationale").FillAsync("Plans were complete on paper but rarely shared with the person on probation.");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(panel.Locator(".govuk-notification-banner")).ToContainTextAsync("decision on 2.2 is recorded");
        await Assertions.Expect(panel.Locator("#standard-2\\.2")).ToHaveTextAsync(new Regex(": Good$"));
        await LiveSite.AssertAccessibleAsync(panel);

        await panel.GetByRole(AriaRole.Button, new() { Name = "Ratify the ratings" }).ClickAsync();
        await Assertions.Expect(panel.Locator(".govuk-notification-banner")).ToContainTextAsync("The ratings are ratified. Case data is now locked.");
        await GuidePictures.TakeAsync(panel, "ratified");
    }
}
