using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.ActionPlans;
using Probity.Data.FactualAccuracy;
using Probity.Data.Providers;
using Probity.Data.Users;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// Who sees what from drafting to publication: the provider's contacts see the draft only during its factual accuracy
/// check (and nothing else of the inspection), only their own provider's; the lead decides their comments, publishes with
/// a date after a confirmation, corrects the published report as a new version; the provider records its action plan.
/// </summary>
public sealed class FactualAccuracyAndPublicationTests
{
    private static readonly Actor Panel = new("demo.panel");
    private static readonly Actor LeadActor = new("demo.lead");

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static Dictionary<string, string> DateFields(DateOnly date, string name = "date") => new()
    {
        [$"{name}-day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{name}-month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{name}-year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The demo inspection ratified by the panel: at drafting.</summary>
    private static async Task<long> DraftingAsync(WebFactory web)
    {
        var id = await web.DemoInspectionAsync();
        await web.Store.Inspections.ChangeStatusAsync(id, InspectionStatus.Drafting, (await web.Store.Inspections.GetAsync(id)).Version, Panel);
        return id;
    }

    private static async Task<long> AtFactualAccuracyAsync(WebFactory web)
    {
        var id = await DraftingAsync(web);
        await web.Store.FactualAccuracy.StartAsync(id, Today.AddDays(14), (await web.Store.Inspections.GetAsync(id)).Version, LeadActor);
        return id;
    }

    /// <summary>
    /// Overrides every check the demo's text still fails (its two known "significant" warnings among them), as a lead
    /// would for words that are right as written, so that only what a test sets up stands between it and publication.
    /// </summary>
    internal static async Task OverrideTheChecksAsync(WebFactory web, long id)
    {
        foreach (var finding in (await web.Store.Checks.LoadAsync(id, default)).Unresolved)
            await web.Store.CheckOverrides.OverrideAsync(id, finding.Key, finding.Block, finding.Words, "Right as written.", null, LeadActor);
    }

    private static async Task<long> PublishedAsync(WebFactory web)
    {
        var id = await AtFactualAccuracyAsync(web);
        await web.Store.Publication.PublishAsync(id, Today, (await web.Store.Inspections.GetAsync(id)).Version, LeadActor);
        return id;
    }

    /// <summary>A contact of another provider, signed in.</summary>
    private static async Task<WebSession> OtherProvidersContactAsync(WebFactory web)
    {
        var actor = new Actor("test");
        var other = await web.Store.Providers.CreateAsync(new ProviderInfo("Another CRC", ProviderType.CRC), actor);
        var stranger = await web.Store.Users.CreateAsync(new NewUser("other.contact", "Other Contact", [UserRole.ProviderContact]) { ProviderId = other.Id }, actor);
        await web.Store.Users.SetPasswordHashAsync(stranger.UserName,
            new Microsoft.AspNetCore.Identity.PasswordHasher<UserAccount>().HashPassword(stranger, "other-password"), actor);
        return await web.SignInAsync("other.contact", "other-password");
    }

    [Fact]
    public async Task The_provider_sees_nothing_before_factual_accuracy_then_only_its_own_draft_report()
    {
        using var web = new WebFactory();
        var id = await DraftingAsync(web);
        var contact = await web.SignInAsync("demo.provider");
        foreach (var path in new[] { "report", "report/html", "factual-accuracy", "action-plan" })
            Assert.Equal(403, (await contact.GetAsync($"/inspections/{id}/{path}")).Status);
        Assert.Null((await contact.GetAsync("/")).Document.QuerySelector("[data-testid=to-check]"));

        var lead = await web.SignInAsync("demo.lead");
        var move = await lead.GetAsync($"/inspections/{id}/stage/factual-accuracy");
        Assert.Equal($"/inspections/{id}/factual-accuracy/start", move.Location);
        var start = $"/inspections/{id}/factual-accuracy/start";
        var version = (await web.Store.Inspections.GetAsync(id)).Version.ToString(CultureInfo.InvariantCulture);
        var past = await lead.PostFormAsync(start, new(DateFields(Today.AddDays(-1))) { ["version"] = version });
        Assert.Contains(past.ErrorSummary, e => e.Contains("has already passed", StringComparison.Ordinal));
        Assert.Equal(["Enter the date"], (await lead.PostFormAsync(start, new() { ["version"] = version })).ErrorSummary);
        Assert.Equal(InspectionStatus.Drafting, (await web.Store.Inspections.GetAsync(id)).Status);
        var started = await lead.PostFormAsync(start, new(DateFields(Today.AddDays(14))) { ["version"] = version });
        Assert.Equal(302, started.Status);
        Assert.Equal(InspectionStatus.FactualAccuracy, (await web.Store.Inspections.GetAsync(id)).Status);
        Assert.Equal(Today.AddDays(14), (await web.Store.FactualAccuracy.GetAsync(id)).Deadline);

        Assert.Equal($"/inspections/{id}/factual-accuracy", (await contact.GetAsync("/")).Document.QuerySelector("[data-testid=to-check] a")!.GetAttribute("href"));
        Assert.Equal(200, (await contact.GetAsync($"/inspections/{id}/report")).Status);
        var html = await contact.GetAsync($"/inspections/{id}/report/html");
        Assert.Equal(200, html.Status);
        Assert.Contains("Draft", html.Html);
        Assert.DoesNotContain("Drafting notes", html.Html);
        Assert.Contains("Drafting notes", (await lead.GetAsync($"/inspections/{id}/report/html")).Html);
        foreach (var path in new[] { "", "/cases", "/sampling", "/panel", "/domain-one", "/team", "/action-plan/1", "/publish" })
            Assert.Equal(403, (await contact.GetAsync($"/inspections/{id}{path}")).Status);

        var stranger = await OtherProvidersContactAsync(web);
        foreach (var path in new[] { "report", "report/html", "report/pdf", "factual-accuracy" })
            Assert.Equal(403, (await stranger.GetAsync($"/inspections/{id}/{path}")).Status);
        Assert.Null((await stranger.GetAsync("/")).Document.QuerySelector("[data-testid=to-check]"));
        Assert.Equal(403, (await (await web.SignInAsync("demo.analyst")).GetAsync($"/inspections/{id}/report")).Status);
    }

    [Fact]
    public async Task Deciding_a_comment_links_to_the_editor_of_the_text_its_section_prints()
    {
        using var web = new WebFactory();
        var id = await AtFactualAccuracyAsync(web);
        var contact = new Actor("demo.provider");
        var onForeword = await web.Store.FactualAccuracy.CommentAsync(id, "foreword", "Foreword", "There are seven offices, not six.", contact);
        var onRatings = await web.Store.FactualAccuracy.CommentAsync(id, "ratings", "Ratings", "Our rating should be Good.", contact);
        var lead = await web.SignInAsync("demo.lead");

        var foreword = await lead.GetAsync($"/inspections/{id}/factual-accuracy/comments/{onForeword}");
        // The contact by their name, not their account's user name.
        Assert.Contains("From Demo Provider Contact on", foreword.Html);
        Assert.DoesNotContain("demo.provider", (await lead.GetAsync($"/inspections/{id}/factual-accuracy")).Document.QuerySelector("main")!.TextContent);
        var links = foreword.Document.QuerySelectorAll("[data-testid=blocks] a");
        // The foreword's section prints its signature too: both are written in the demo.
        Assert.Equal([($"/inspections/{id}/writing/foreword", "Change the text of Foreword"),
            ($"/inspections/{id}/writing/foreword/signature", "Change the text of Signature under the foreword")], links.Select(a => (a.GetAttribute("href"), a.TextContent)));
        Assert.Equal(200, (await lead.GetAsync(links[0].GetAttribute("href")!)).Status);

        var ratings = await lead.GetAsync($"/inspections/{id}/factual-accuracy/comments/{onRatings}");
        Assert.Null(ratings.Document.QuerySelector("[data-testid=blocks]"));
        Assert.Contains("No text the team writes prints in this section", ratings.Html);
    }

    [Fact]
    public async Task The_provider_comments_on_a_section_and_the_lead_accepts_or_declines_with_a_reason_while_ratings_stay_put()
    {
        using var web = new WebFactory();
        var id = await AtFactualAccuracyAsync(web);
        var contact = await web.SignInAsync("demo.provider");
        var page = $"/inspections/{id}/factual-accuracy";
        var form = await contact.GetAsync(page);
        var section = form.Document.QuerySelectorAll("select#section option").Select(o => o.GetAttribute("value")).First(v => v is { Length: > 0 })!;

        var empty = await contact.PostFormAsync(page, new());
        Assert.Equal(["Select the section of the report your comment is about", "Enter your comment: what is not accurate, and what it should say"], empty.ErrorSummary);
        var sent = await contact.PostFormAsync(page, new() { ["section"] = section, ["comment"] = "There are seven offices, not six." });
        Assert.Equal(302, sent.Status);
        await contact.PostFormAsync(page, new() { ["section"] = section, ["comment"] = "Our rating should be Good." });
        var comments = (await web.Store.FactualAccuracy.GetAsync(id)).Comments;
        Assert.Equal(["demo.provider", "demo.provider"], comments.Select(c => c.MadeBy));
        Assert.Equal(403, (await (await web.SignInAsync("demo.lead")).PostFormAsync(page, new() { ["section"] = section, ["comment"] = "x" },
            formPage: "/account/password")).Status);

        var lead = await web.SignInAsync("demo.lead");
        var list = await lead.GetAsync(page);
        Assert.Equal(2, list.Document.QuerySelectorAll("[data-testid=comment]").Length);
        var decide = $"/inspections/{id}/factual-accuracy/comments/{comments[1].Id}";
        Assert.Equal(403, (await contact.GetAsync(decide)).Status);
        var noReason = await lead.PostFormAsync(decide, new() { ["outcome"] = "declined", ["version"] = "1" });
        Assert.Equal(["Enter why the comment is declined: the provider sees the reason"], noReason.ErrorSummary);
        Assert.Equal(302, (await lead.PostFormAsync(decide, new() { ["outcome"] = "declined", ["reason"] = "Ratings are not a matter of fact.", ["version"] = "1" })).Status);
        Assert.Equal(302, (await lead.PostFormAsync($"/inspections/{id}/factual-accuracy/comments/{comments[0].Id}", new() { ["outcome"] = "accepted", ["version"] = "1" })).Status);
        Assert.Equal(404, (await lead.GetAsync($"/inspections/{id}/factual-accuracy/comments/999999")).Status);

        var seen = await contact.GetAsync(page);
        Assert.Equal(["Accepted", "Declined"], seen.Document.QuerySelectorAll("[data-testid=outcome]").Select(o => o.TextContent));
        Assert.Equal("Ratings are not a matter of fact.", seen.Document.QuerySelector("[data-testid=outcome-reason]")!.TextContent);

        var panel = await web.SignInAsync("demo.panel");
        var before = await web.Store.Panel.ListAsync(id);
        var refused = await panel.PostFormAsync($"/inspections/{id}/panel/standards/2.4", new() { ["move"] = "up", ["basis"] = "discretion", ["rationale"] = "late change" },
            formPage: "/account/password");
        Assert.Equal(403, refused.Status);
        Assert.Equal(before.Count, (await web.Store.Panel.ListAsync(id)).Count);
        Assert.Equal(2, (await web.Store.Audit.ForInspectionAsync(id)).Count(e => e.Action == "decide" && e.UserName == "demo.lead"));
    }

    [Fact]
    public async Task At_drafting_the_publish_page_lists_the_checks_beside_the_stage()
    {
        using var web = new WebFactory();
        var id = await DraftingAsync(web);
        var stage = await web.Store.Inspections.BlocksAsync(id, InspectionStatus.Published);
        var unresolved = (await web.Store.Checks.LoadAsync(id, default)).Unresolved;
        Assert.NotEmpty(unresolved);
        var lead = await web.SignInAsync("demo.lead");

        var blocks = (await lead.GetAsync($"/inspections/{id}/publish")).Document.QuerySelectorAll("[data-testid=blocks] li").Select(li => li.TextContent);

        Assert.StartsWith("An inspection moves one stage at a time: from drafting", stage[0]);
        Assert.Equal([.. stage, .. unresolved.Select(f => $"A check is not resolved: {f}. Mend the words or override the check with a reason.")], blocks);
    }

    [Fact]
    public async Task The_lead_publishes_with_a_date_after_a_confirmation_that_names_who_will_see_it()
    {
        using var web = new WebFactory();
        var id = await AtFactualAccuracyAsync(web);
        var commentId = await web.Store.FactualAccuracy.CommentAsync(id, "foreword", "Foreword", "A date is wrong.", new Actor("demo.provider"));
        var lead = await web.SignInAsync("demo.lead");
        var unresolved = (await web.Store.Checks.LoadAsync(id, default)).Unresolved;
        Assert.NotEmpty(unresolved);
        Assert.Contains($"A check is not resolved: {unresolved[0]}. Mend the words or override the check with a reason.",
            (await lead.GetAsync($"/inspections/{id}/publish")).Document.QuerySelectorAll("[data-testid=blocks] li").Select(li => li.TextContent));
        await OverrideTheChecksAsync(web, id);
        var analyst = await web.SignInAsync("demo.analyst");
        Assert.Equal($"/inspections/{id}/publish", (await lead.GetAsync($"/inspections/{id}/stage/published")).Location);

        var blocked = await lead.GetAsync($"/inspections/{id}/publish");
        Assert.Equal(["1 comment from the provider is not decided yet: accept or decline each one."],
            blocked.Document.QuerySelectorAll("[data-testid=blocks] li").Select(li => li.TextContent));
        await web.Store.FactualAccuracy.DecideAsync(id, commentId, CommentOutcome.Accepted, null, 1, LeadActor);
        var on = Today;
        var chosen = await lead.PostFormAsync($"/inspections/{id}/publish", new(DateFields(on)) { ["version"] = "0" });
        Assert.Equal(302, chosen.Status);
        Assert.Equal($"/inspections/{id}/publish/confirm?on={on:yyyy-MM-dd}", chosen.Location);
        var confirm = await lead.GetAsync(chosen.Location!);
        Assert.Contains("Demo Provider Contact", confirm.Document.QuerySelector("[data-testid=provider-contacts]")!.TextContent);
        Assert.Contains("Demo Analyst", confirm.Document.QuerySelector("[data-testid=analysts]")!.TextContent);
        Assert.Equal(InspectionStatus.FactualAccuracy, (await web.Store.Inspections.GetAsync(id)).Status);
        Assert.Equal(403, (await analyst.GetAsync($"/inspections/{id}/report")).Status);
        Assert.Contains("0 published inspections are in the scope", (await analyst.GetAsync("/analysis")).Document.QuerySelector("[data-testid=scope-count]")!.TextContent);

        var version = confirm.Document.QuerySelector("form input[name=version]")!.GetAttribute("value")!;
        Assert.Equal(302, (await lead.PostFormAsync(chosen.Location!, new() { ["version"] = version })).Status);

        Assert.Equal(InspectionStatus.Published, (await web.Store.Inspections.GetAsync(id)).Status);
        var html = (await lead.GetAsync($"/inspections/{id}/report/html")).Html;
        Assert.DoesNotContain("publication date not recorded", html);
        Assert.Contains(on.ToString("MMMM yyyy", CultureInfo.InvariantCulture), html);
        Assert.Equal(200, (await analyst.GetAsync($"/inspections/{id}/report")).Status);
        Assert.Contains("1 published inspection is in the scope", (await analyst.GetAsync("/analysis")).Document.QuerySelector("[data-testid=scope-count]")!.TextContent);
        Assert.Contains("NB-2019", (await analyst.GetAsync("/analysis/ratings")).Html);
        Assert.Equal(200, (await (await web.SignInAsync("demo.provider")).GetAsync($"/inspections/{id}/report/html")).Status);
        Assert.Equal("Current", (await lead.GetAsync($"/inspections/{id}/report")).Document.QuerySelector("[data-testid=version-state]")!.TextContent);
    }

    [Fact]
    public async Task A_correction_publishes_a_new_version_and_keeps_the_old_one_as_superseded()
    {
        using var web = new WebFactory();
        var id = await PublishedAsync(web);
        var lead = await web.SignInAsync("demo.lead");
        var foreword = (await web.Store.Narrative.ListAsync(id)).Single(b => b.Section == "foreword");
        var choose = await lead.GetAsync($"/inspections/{id}/publish/correct");
        var blocks = choose.Document.QuerySelectorAll("[data-testid=blocks] a").Select(a => a.TextContent).ToList();
        Assert.Contains("Foreword", blocks);
        // Every block in the inspectors' words, as the checks name them: "Standard 2.1 summary", not "standard:2.1".
        Assert.Contains("Standard 2.1 summary", blocks);
        Assert.DoesNotContain(blocks, b => b.Contains("standard:", StringComparison.Ordinal) || b.Contains("executive-summary", StringComparison.Ordinal));
        var path = $"/inspections/{id}/publish/correct?section=foreword";

        var noReason = await lead.PostFormAsync(path, new(DateFields(Today)) { ["text"] = "Corrected foreword.", ["version"] = $"{foreword.Version}" });
        Assert.Equal(["Enter why the report is corrected: readers see the reason with the new version"], noReason.ErrorSummary);
        var corrected = await lead.PostFormAsync(path, new(DateFields(Today)) { ["text"] = "Corrected foreword.", ["reason"] = "A name was misspelt.", ["version"] = $"{foreword.Version}" });
        Assert.Equal(302, corrected.Status);

        var report = await lead.GetAsync($"/inspections/{id}/report");
        Assert.Equal(["Superseded", "Current"], report.Document.QuerySelectorAll("[data-testid=version-state]").Select(t => t.TextContent));
        Assert.Contains("A name was misspelt.", report.Document.QuerySelector("[data-testid=versions]")!.TextContent);
        var current = await lead.GetAsync($"/inspections/{id}/report/html");
        Assert.Contains("Corrected foreword.", current.Html);
        Assert.Null(current.Document.QuerySelector("[data-superseded]"));
        var firstPage = await lead.GetAsync($"/inspections/{id}/report/html?version=1");
        var first = firstPage.Html;
        Assert.DoesNotContain("Corrected foreword.", first);
        Assert.Contains("We returned to Northumbria", first);
        // The old version says of itself that it no longer stands, and which version replaces it.
        Assert.Equal($"Superseded: this is version 1 of the report. Version 2, published {Today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, replaces it: A name was misspelt.",
            firstPage.Document.QuerySelector("[data-superseded]")!.TextContent);
        Assert.Equal(404, (await lead.GetAsync($"/inspections/{id}/report?version=7")).Status);
        Assert.Equal(403, (await (await web.SignInAsync("demo.inspector")).GetAsync(path)).Status);
    }

    [Fact]
    public async Task After_publication_the_provider_records_its_action_plan_and_the_lead_sees_it()
    {
        using var web = new WebFactory();
        var contact = await web.SignInAsync("demo.provider");
        var id = await AtFactualAccuracyAsync(web);
        Assert.Equal(403, (await contact.GetAsync($"/inspections/{id}/action-plan/1")).Status);
        await web.Store.Publication.PublishAsync(id, Today, (await web.Store.Inspections.GetAsync(id)).Version, LeadActor);

        var plan = await contact.GetAsync($"/inspections/{id}/action-plan");
        Assert.Equal(200, plan.Status);
        Assert.Equal($"/inspections/{id}/action-plan/1", plan.Document.QuerySelector("[data-testid=plan-row] a")!.GetAttribute("href"));
        var path = $"/inspections/{id}/action-plan/1";
        var empty = await contact.PostFormAsync(path, new());
        Assert.Equal(["Select whether the recommendation is agreed, partially agreed or not agreed", "Enter the actions you will take, or why the recommendation is not agreed",
            "Enter who owns the actions"], empty.ErrorSummary);
        var fields = new Dictionary<string, string>(DateFields(new DateOnly(2026, 9, 30), "target"))
        {
            ["response"] = "partially-agreed", ["actions"] = "Train every officer in OASys layer 3.", ["owner"] = "Head of quality",
        };
        var saved = await contact.PostFormAsync(path, fields);
        Assert.Equal(302, saved.Status);

        var lead = await web.SignInAsync("demo.lead");
        var seen = await lead.GetAsync($"/inspections/{id}/action-plan");
        Assert.Equal("Partially agreed", seen.Document.QuerySelector("[data-testid=response]")!.TextContent);
        Assert.Empty(seen.Document.QuerySelectorAll("[data-testid=plan-row] a"));
        Assert.Equal(403, (await lead.GetAsync(path)).Status);
        Assert.Equal(new DateOnly(2026, 9, 30), (await web.Store.ActionPlans.GetAsync(id))[0].Plan!.Entry.TargetDate);
        var stranger = await OtherProvidersContactAsync(web);
        Assert.Equal(403, (await stranger.GetAsync($"/inspections/{id}/action-plan")).Status);
        Assert.Equal(403, (await stranger.GetAsync(path)).Status);
        Assert.Equal("demo.provider", (await web.Store.Audit.ForRecordAsync(id, "action-plan", "1")).Single().UserName);
    }

    [Fact]
    public async Task The_next_inspection_of_the_provider_starts_its_previous_recommendations_from_the_action_plan()
    {
        using var web = new WebFactory();
        var id = await PublishedAsync(web);
        await web.Store.ActionPlans.SaveAsync(id, new ActionPlanEntry(1, PlanResponse.Agreed, "Train every officer.", "Head of quality", null), null, new Actor("demo.provider"));
        var published = await web.Store.Inspections.GetAsync(id);
        var next = await web.Store.Inspections.CreateAsync(new Data.Inspections.NewInspection(published.Framework, published.ProviderId)
        {
            Reference = "NB-2021", PreviousInspectionId = id, Team = Demo.DemoData.Team,
        }, LeadActor);
        var lead = await web.SignInAsync("demo.lead");
        var page = $"/inspections/{next.Id}/action-plan";

        var shown = await lead.GetAsync(page);
        Assert.Equal("Agreed", shown.Document.QuerySelector("[data-testid=response]")!.TextContent);
        Assert.Equal(403, (await (await web.SignInAsync("demo.panel")).PostFormAsync($"{page}?handler=Start", new(), formPage: page)).Status);
        Assert.Equal(302, (await lead.PostFormAsync($"{page}?handler=Start", new(), formPage: page)).Status);

        var previous = (await web.Services.GetRequiredService<Data.Recommendations.RecommendationStore>().GetAsync(next.Id)).Previous;
        Assert.Equal((await web.Store.ActionPlans.GetAsync(id)).Select(r => r.Number), previous.Select(p => p.Recommendation.Number));
        Assert.Equal("Action plan: agreed. Train every officer. (owner: Head of quality)", previous[0].Recommendation.Evidence);
    }
}
