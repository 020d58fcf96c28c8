using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Probity.Web.BrowserTests;

/// <summary>
/// The steps from drafting to the action plan, page by page with axe, as a lead, a provider's contact and an analyst take
/// them: the stories that write, check, send, publish and correct a report share these rather than copy them.
/// </summary>
public sealed class PublishingSteps(LiveSite site)
{
    /// <summary>
    /// A lead writes one block in its editor, reached from the page they are on by the link <paramref name="link"/>, and saves it
    /// (<paramref name="photograph"/>: the lead inspector's guide shows the editor with the text typed, before it is saved).
    /// </summary>
    public static async Task WriteBlockAsync(IPage lead, ILocator link, string text, bool photograph = false)
    {
        await link.ClickAsync();
        await lead.WaitForURLAsync(new Regex("/writing/.+$"));
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel("Text").FillAsync(text);
        if (photograph) await GuidePictures.TakeAsync(lead, "block-editor");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await lead.WaitForURLAsync(new Regex("/writing\\?saved="));
        await Assertions.Expect(lead.GetByTestId("saved")).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>The checks page, from the inspection's overview.</summary>
    public async Task OpenChecksAsync(IPage lead, long inspection)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Checks before publication" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex($"/inspections/{inspection}/checks(\\?.*)?$"));
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>A lead overrides the check on <paramref name="block"/> from the checks page, with a reason (<paramref name="photograph"/>: as the guide shows it, typed).</summary>
    public static async Task OverrideAsync(IPage lead, string block, string reason, bool photograph = false)
    {
        await lead.GetByRole(AriaRole.Link, new() { Name = $"Override the check on {block}" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("finding")).ToBeVisibleAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel("Why are the words right as written?").FillAsync(reason);
        if (photograph) await GuidePictures.TakeAsync(lead, "check-override");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Override the check" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex("/checks\\?done=overridden$"));
        await Assertions.Expect(lead.GetByTestId("overridden")).ToContainTextAsync(reason);
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>What the publish page says stops publication now (empty: it offers the date).</summary>
    public async Task<IReadOnlyList<string>> PublicationBlocksAsync(IPage lead, long inspection)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/publish");
        await LiveSite.AssertAccessibleAsync(lead);
        var blocks = lead.GetByTestId("blocks");
        return await blocks.CountAsync() == 0 ? [] : [.. (await blocks.Locator("li").AllTextContentsAsync()).Select(b => b.Trim())];
    }

    /// <summary>A lead adds a recommendation on the recommendations page, to an addressee, from a finding.</summary>
    public static async Task AddRecommendationAsync(IPage lead, string addressee, string text, string finding)
    {
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add a recommendation" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await FillRecommendationAsync(lead, addressee, text, finding);
    }

    /// <summary>A lead fills the recommendation form they are on and saves it.</summary>
    public static async Task FillRecommendationAsync(IPage lead, string addressee, string text, string finding)
    {
        await lead.GetByLabel(addressee).CheckAsync();
        await lead.GetByLabel("What should they do?").FillAsync(text);
        await lead.GetByLabel("The finding it comes from").SelectOptionAsync(new SelectOptionValue { Label = finding });
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save recommendation" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("done")).ToHaveTextAsync("Recommendation saved");
        await Assertions.Expect(lead.GetByTestId("new")).ToContainTextAsync($"should: {text}");
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>A lead judges the progress made on one of the previous inspection's recommendations, from the recommendations page (<paramref name="photograph"/>: as the guide shows it, filled in).</summary>
    public static async Task JudgeProgressAsync(IPage lead, int number, string progress, string evidence, bool photograph = false)
    {
        await lead.GetByRole(AriaRole.Link, new() { Name = $"Judge progress on previous recommendation {number}" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByLabel(progress).CheckAsync();
        await lead.GetByLabel("Evidence").FillAsync(evidence);
        if (photograph) await GuidePictures.TakeAsync(lead, "progress-on-recommendation");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save progress" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId($"progress-{number}")).ToHaveTextAsync(progress);
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>A lead sends the draft to the provider from the overview, with a deadline for its comments (<paramref name="photograph"/>: as the guide shows it, filled in).</summary>
    public async Task SendToTheProviderAsync(IPage lead, long inspection, DateOnly deadline, bool photograph = false)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Move to factual accuracy" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex("/factual-accuracy/start$"));
        await LiveSite.AssertAccessibleAsync(lead);
        await FillDateAsync(lead, deadline);
        if (photograph) await GuidePictures.TakeAsync(lead, "factual-accuracy-start");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Send the draft to the provider" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("done")).ToContainTextAsync("has gone to the provider");
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>A provider's contact, on their home page, opens the draft sent to them and comments on one section.</summary>
    public static async Task CommentAsync(IPage provider, long inspection, string section, string comment)
    {
        await provider.GetByTestId("to-check").GetByRole(AriaRole.Link).ClickAsync();
        await provider.WaitForURLAsync(new Regex($"/inspections/{inspection}/factual-accuracy$"));
        await LiveSite.AssertAccessibleAsync(provider);
        await provider.GetByLabel("Section of the report").SelectOptionAsync(new SelectOptionValue { Label = section });
        await provider.GetByLabel("Your comment").FillAsync(comment);
        await provider.GetByRole(AriaRole.Button, new() { Name = "Send the comment" }).ClickAsync();
        await Assertions.Expect(provider.GetByTestId("done")).ToContainTextAsync("Your comment is recorded");
        await LiveSite.AssertAccessibleAsync(provider);
    }

    /// <summary>
    /// A lead publishes with a date, through the confirmation page, which names the provider's contacts who will see it
    /// (<paramref name="photograph"/>: the guide shows both pages, the date typed).
    /// </summary>
    public async Task PublishAsync(IPage lead, long inspection, DateOnly on, string contact, bool photograph = false)
    {
        Assert.Empty(await PublicationBlocksAsync(lead, inspection));
        await FillDateAsync(lead, on);
        if (photograph) await GuidePictures.TakeAsync(lead, "publish");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await lead.WaitForURLAsync(new Regex("/publish/confirm"));
        await Assertions.Expect(lead.GetByTestId("provider-contacts")).ToContainTextAsync(contact);
        await LiveSite.AssertAccessibleAsync(lead);
        if (photograph) await GuidePictures.TakeAsync(lead, "publish-confirm");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Publish the report" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("version-state")).ToHaveTextAsync("Current");
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>
    /// A lead corrects one block of the published report (<paramref name="change"/> edits its text, or leaves it), with a reason
    /// (<paramref name="photograph"/>: the guide shows the correction typed, before it is published).
    /// </summary>
    public async Task CorrectAsync(IPage lead, long inspection, string block, string reason, Func<string, string>? change = null, bool photograph = false)
    {
        await lead.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/report");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Correct the published report" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Link, new() { Name = block, Exact = true }).ClickAsync();
        if (change is not null)
        {
            var text = lead.GetByLabel("The text as it should read");
            await text.FillAsync(change(await text.InputValueAsync()));
        }
        await lead.GetByLabel("Why is the report corrected?").FillAsync(reason);
        if (photograph) await GuidePictures.TakeAsync(lead, "correction");
        else await LiveSite.AssertAccessibleAsync(lead);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Publish the corrected version" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("version-state")).ToHaveTextAsync(["Superseded", "Current"]);
        await LiveSite.AssertAccessibleAsync(lead);
    }

    /// <summary>A provider's contact records the response to each recommendation of the published report's action plan; returns how many.</summary>
    public async Task<int> RecordTheActionPlanAsync(IPage provider, long inspection)
    {
        await provider.GotoAsync($"{site.BaseUrl}/inspections/{inspection}/report");
        await provider.GetByRole(AriaRole.Link, new() { Name = "The provider's action plan" }).ClickAsync();
        await LiveSite.AssertAccessibleAsync(provider);
        var rows = await provider.GetByTestId("plan-row").CountAsync();
        for (var n = 1; n <= rows; n++)
        {
            await provider.GetByRole(AriaRole.Link, new() { Name = $"Respond to recommendation {n}" }).ClickAsync();
            await LiveSite.AssertAccessibleAsync(provider);
            await provider.GetByLabel(n % 2 == 1 ? "Agreed" : "Partially agreed", new() { Exact = true }).CheckAsync();
            await provider.GetByLabel("Actions").FillAsync($"Actions for recommendation {n}, reviewed each quarter by the board.");
            await provider.GetByLabel("Owner").FillAsync("Head of quality");
            await provider.GetByRole(AriaRole.Button, new() { Name = "Save the response" }).ClickAsync();
            await Assertions.Expect(provider.GetByTestId("response").Nth(n - 1)).ToHaveTextAsync(n % 2 == 1 ? "Agreed" : "Partially agreed");
            await LiveSite.AssertAccessibleAsync(provider);
        }
        return rows;
    }

    /// <summary>The GOV.UK date field on the page (its Day, Month and Year boxes).</summary>
    public static async Task FillDateAsync(IPage page, DateOnly date)
    {
        await page.GetByLabel("Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }
}
