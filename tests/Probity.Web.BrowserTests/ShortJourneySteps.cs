using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Probity.Web.BrowserTests;

/// <summary>
/// The steps from the ratings panel to the provider's action plan that the inspection journeys share, each done as a
/// person would in the browser, with axe on every page it shows: ratify, write a block, override a check, add a
/// recommendation, send the draft for its factual accuracy check, comment and accept, publish with a date, download the
/// published PDF and respond to a recommendation.
/// </summary>
public sealed class ShortJourneySteps(LiveSite site)
{
    /// <summary>The panel ratifies each judged standard (domain one) as "Good", then the ratings; case data is then locked.</summary>
    public async Task RatifyAsync(IPage panel, long inspection, IEnumerable<string> judged)
    {
        await panel.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/panel");
        await RatifyJudgementsAsync(panel, judged);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Ratify the ratings" }).ClickAsync();
        await Assertions.Expect(panel.Locator(".govuk-notification-banner")).ToContainTextAsync("The ratings are ratified. Case data is now locked.");
        await LiveSite.AssertAccessibleAsync(panel);
    }

    /// <summary>From the panel page, the panel ratifies each judged standard (domain one) as "Good", one page each.</summary>
    public static async Task RatifyJudgementsAsync(IPage panel, IEnumerable<string> judged)
    {
        foreach (var standard in judged)
        {
            await panel.GetByRole(AriaRole.Link, new() { Name = $"Ratify the rating of {standard}" }).ClickAsync();
            await LiveSite.AssertAccessibleAsync(panel);
            await panel.GetByLabel("Good", new() { Exact = true }).CheckAsync();
            await panel.GetByRole(AriaRole.Button, new() { Name = "Ratify", Exact = true }).ClickAsync();
            await Assertions.Expect(panel.Locator($"#standard-{standard.Replace(".", "\\.", StringComparison.Ordinal)}")).ToHaveTextAsync(new Regex(": Good$"));
            await LiveSite.AssertAccessibleAsync(panel);
        }
    }

    /// <summary>A member of the team opens a block from "Write the report", types its text and saves it.</summary>
    public async Task WriteBlockAsync(IPage writer, long inspection, string block, string text)
    {
        await writer.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/writing");
        await writer.GetByRole(AriaRole.Link, new() { Name = block, Exact = true }).ClickAsync();
        await Assertions.Expect(writer.GetByRole(AriaRole.Heading, new() { Name = block, Exact = true })).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(writer);
        await writer.GetByLabel("Text", new() { Exact = true }).FillAsync(text);
        await writer.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await writer.WaitForURLAsync(new Regex($"/inspections/{inspection}/writing\\?saved="));
        await Assertions.Expect(writer.GetByTestId("saved")).ToContainTextAsync(block);
        await LiveSite.AssertAccessibleAsync(writer);
    }

    /// <summary>The blocks named by the checks still to resolve, as the checks page lists them.</summary>
    public async Task<IReadOnlyList<string>> ChecksToResolveAsync(IPage lead, long inspection)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/checks");
        await LiveSite.AssertAccessibleAsync(lead);
        var table = lead.GetByTestId("unresolved");
        if (await table.CountAsync() == 0) return [];
        return [.. (await table.Locator("tbody tr td:first-child").AllTextContentsAsync()).Select(t => t.Trim())];
    }

    /// <summary>A lead overrides the check on <paramref name="block"/> with a reason, from the checks page.</summary>
    public async Task OverrideCheckAsync(IPage lead, long inspection, string block, string reason)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/checks");
        await PublishingSteps.OverrideAsync(lead, block, reason);
    }

    /// <summary>A lead adds a new recommendation to <paramref name="addressee"/> (a radio's label), from the finding in <paramref name="finding"/>.</summary>
    public async Task AddRecommendationAsync(IPage lead, long inspection, string addressee, string text, string finding)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/recommendations");
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add a recommendation" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel(addressee, new() { Exact = true }).CheckAsync();
        await lead.GetByLabel("What should they do?").FillAsync(text);
        await lead.GetByLabel("The finding it comes from").SelectOptionAsync(new SelectOptionValue { Label = finding });
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save recommendation" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("done")).ToHaveTextAsync("Recommendation saved");
        await Assertions.Expect(lead.GetByTestId("new")).ToContainTextAsync(text);
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>A lead moves the inspection to factual accuracy, sending the draft to the provider with a deadline.</summary>
    public Task SendForFactualAccuracyAsync(IPage lead, long inspection, DateOnly deadline) =>
        new PublishingSteps(site).SendToTheProviderAsync(lead, inspection, deadline);

    /// <summary>A provider's contact comments on a section of the draft (the section list's label).</summary>
    public async Task CommentAsync(IPage provider, long inspection, string section, string comment)
    {
        await provider.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/factual-accuracy");
        await LiveSite.AssertAccessibleAsync(provider);
        await provider.GetByLabel("Section of the report").SelectOptionAsync(new SelectOptionValue { Label = section });
        await provider.GetByLabel("Your comment").FillAsync(comment);
        await provider.GetByRole(AriaRole.Button, new() { Name = "Send the comment" }).ClickAsync();
        await Assertions.Expect(provider.GetByTestId("done")).ToContainTextAsync("Your comment is recorded");
        await LiveSite.AssertAccessibleAsync(provider);
    }

    /// <summary>A lead accepts the provider's comment on <paramref name="section"/>.</summary>
    public async Task AcceptCommentAsync(IPage lead, long inspection, string section)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/factual-accuracy");
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Link, new() { Name = $"Decide the outcome of the comment on {section}" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel("Accept: the report is changed").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("outcome")).ToHaveTextAsync("Accepted");
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>A lead publishes with <paramref name="date"/>, after the confirmation that names the provider's contact who will see it.</summary>
    public async Task PublishAsync(IPage lead, long inspection, DateOnly date, string contact)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/publish");
        await LiveSite.AssertAccessibleAsync(lead);
        await PublishingSteps.FillDateAsync(lead, date);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("provider-contacts")).ToContainTextAsync(contact);
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Publish the report" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("version-state")).ToHaveTextAsync("Current");
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>A provider's contact downloads the published report as a PDF; returns its file name and bytes.</summary>
    public async Task<(string Name, byte[] Pdf)> DownloadPublishedPdfAsync(IPage provider, long inspection)
    {
        await provider.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/report");
        await LiveSite.AssertAccessibleAsync(provider);
        var download = await provider.RunAndWaitForDownloadAsync(() =>
            provider.GetByRole(AriaRole.Link, new() { Name = "Download the report as a PDF" }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        return (download.SuggestedFilename, bytes.ToArray());
    }

    /// <summary>A provider's contact records the provider's response to a recommendation: agreed, with actions and an owner.</summary>
    public async Task RespondToRecommendationAsync(IPage provider, long inspection, int number)
    {
        await provider.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/report");
        await provider.GetByRole(AriaRole.Link, new() { Name = "The provider's action plan" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(provider);
        await provider.GetByRole(AriaRole.Link, new() { Name = $"Respond to recommendation {number}" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(provider);
        await provider.GetByLabel("Agreed", new() { Exact = true }).CheckAsync();
        await provider.GetByLabel("Actions").FillAsync("Every manager reviews a case with each officer each month.");
        await provider.GetByLabel("Owner").FillAsync("Head of the unit");
        await provider.GetByRole(AriaRole.Button, new() { Name = "Save the response" }).ClickAsync();
        await Assertions.Expect(provider.GetByTestId("response").First).ToHaveTextAsync("Agreed");
        await LiveSite.AssertAccessibleAsync(provider);
    }
}
