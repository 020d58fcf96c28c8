using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Probity.Core.Datasets;

namespace Probity.Web.BrowserTests;

/// <summary>
/// From drafting to the action plan, page by page with axe: the lead sends the draft with a deadline, the provider's
/// contact comments on a section, the lead accepts it, publishes with a date after the confirmation, corrects the report
/// as version 2, and the provider records its response to a recommendation. A site of its own: the inspection it
/// publishes must not reach the other stories' national figures.
/// </summary>
public sealed class FactualAccuracyStoriesTests
{
    [Fact]
    public async Task The_provider_checks_the_draft_the_lead_publishes_and_corrects_it_and_the_provider_answers_a_recommendation()
    {
        var site = new LiveSite();
        await site.InitializeAsync();
        try
        {
            await StoryAsync(site);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    private static async Task StoryAsync(LiveSite site)
    {
        var id = await DraftingNorthumbria.ImportAsync(site, "NB-FA");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var lead = await site.SignInAsync("demo.lead");
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Move to factual accuracy" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex("/factual-accuracy/start$"));
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Send the draft to the provider" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await PublishingSteps.FillDateAsync(lead, today.AddDays(14));
        await lead.GetByRole(AriaRole.Button, new() { Name = "Send the draft to the provider" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("done")).ToContainTextAsync("has gone to the provider");
        await LiveSite.AssertAccessibleAsync(lead);

        var provider = await site.SignInAsync("demo.provider");
        await provider.GetByTestId("to-check").GetByRole(AriaRole.Link).ClickAsync();
        await provider.WaitForURLAsync(new Regex($"/inspections/{id}/factual-accuracy$"));
        await LiveSite.AssertAccessibleAsync(provider);
        await provider.GetByRole(AriaRole.Button, new() { Name = "Send the comment" }).ClickAsync();
        await Assertions.Expect(provider.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await LiveSite.AssertAccessibleAsync(provider);
        await provider.GetByLabel("Section of the report").SelectOptionAsync(new SelectOptionValue { Label = "Foreword" });
        await provider.GetByLabel("Your comment").FillAsync("We have seven offices, not six.");
        await provider.GetByRole(AriaRole.Button, new() { Name = "Send the comment" }).ClickAsync();
        await Assertions.Expect(provider.GetByTestId("done")).ToContainTextAsync("Your comment is recorded");
        await LiveSite.AssertAccessibleAsync(provider);
        await provider.GotoAsync($"{site.BaseUrl}/inspections/{id}/report");
        await Assertions.Expect(provider.Locator(".govuk-warning-text")).ToContainTextAsync("factual accuracy check");
        await LiveSite.AssertAccessibleAsync(provider);

        await lead.GotoAsync($"{site.BaseUrl}/inspections/{id}/factual-accuracy");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Decide the outcome of the comment on Foreword" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel("Accept: the report is changed").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("outcome")).ToHaveTextAsync("Accepted");

        var publishing = new PublishingSteps(site);
        await publishing.PublishAsync(lead, id, today, "Demo Provider Contact");
        await publishing.CorrectAsync(lead, id, "Foreword", "The number of offices was wrong.");

        await provider.GotoAsync($"{site.BaseUrl}/inspections/{id}/report");
        await provider.GetByRole(AriaRole.Link, new() { Name = "The provider's action plan" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(provider);
        await provider.GetByRole(AriaRole.Link, new() { Name = "Respond to recommendation 1" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(provider);
        await provider.GetByLabel("Agreed", new() { Exact = true }).CheckAsync();
        await provider.GetByLabel("Actions").FillAsync("Train every officer in OASys layer 3.");
        await provider.GetByLabel("Owner").FillAsync("Head of quality");
        await provider.GetByRole(AriaRole.Button, new() { Name = "Save the response" }).ClickAsync();
        await Assertions.Expect(provider.GetByTestId("response").First).ToHaveTextAsync("Agreed");
        await LiveSite.AssertAccessibleAsync(provider);

        // Everything the story recorded goes out in the export and comes back through an import unchanged.
        var exported = (await ExportRoundTrips.AssertAsync(site, id)).Manifest;
        Assert.Equal(AccuracyOutcome.Accepted, Assert.Single(exported.FactualAccuracy!.Comments).Outcome);
        Assert.Equal([null, "The number of offices was wrong."], exported.Publication.Select(v => v.Reason));
        Assert.Equal(ActionPlanAnswer.Agreed, exported.Recommendations.New[0].ActionPlan!.Answer);
        Assert.NotEmpty(exported.CheckOverrides);
    }
}
