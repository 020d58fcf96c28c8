using Probity.Core.Datasets;
using Probity.Data;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>Each stage move asks for confirmation and refuses with what is still missing; from the panel on, answers are frozen until a lead reopens a case.</summary>
public sealed class StageMovesTests
{
    [Fact]
    public async Task Fieldwork_is_refused_without_a_drawn_sample_and_an_assigned_case_then_allowed()
    {
        using var web = new WebFactory();
        var id = await SampleChangesTests.NewPlannedInspectionAsync(web);
        var lead = await web.SignInAsync("demo.lead");
        var path = $"/inspections/{id}/stage/fieldwork";

        var page = await lead.GetAsync(path);
        var blocks = page.Document.QuerySelectorAll("[data-testid=blocks] li").Select(li => li.TextContent).ToList();
        Assert.Equal(["No sample has been drawn yet: draw the sample of cases before fieldwork starts.",
            "No case has been given to an inspector yet: assign at least one sampled case before fieldwork starts."], blocks);
        var refused = await lead.PostFormAsync(path, new() { ["version"] = $"{(await web.Store.Inspections.GetAsync(id)).Version}" }, formPage: $"/inspections/{id}/sampling/add");
        Assert.Equal(blocks, refused.ErrorSummary);
        Assert.Equal(InspectionStatus.Planned, (await web.Store.Inspections.GetAsync(id)).Status);

        await SampleChangesTests.DrawCaseSupervisionAsync(lead, id);
        Assert.Equal(["No case has been given to an inspector yet: assign at least one sampled case before fieldwork starts."],
            (await lead.GetAsync(path)).Document.QuerySelectorAll("[data-testid=blocks] li").Select(li => li.TextContent));
        await web.Store.Cases.AssignAsync(id, (await web.Store.Cases.ListAsync(id))[0].CaseId, "demo.inspector", new Actor("demo.lead"));
        page = await lead.GetAsync(path);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=ready]"));
        var version = page.Document.QuerySelector("form input[name=version]")!.GetAttribute("value")!;
        Assert.Equal(403, (await (await web.SignInAsync("demo.inspector")).GetAsync(path)).Status);

        Assert.Equal(302, (await lead.PostFormAsync(path, new() { ["version"] = version })).Status);
        Assert.Equal(InspectionStatus.Fieldwork, (await web.Store.Inspections.GetAsync(id)).Status);
    }

    [Fact]
    public async Task The_ratings_panel_is_refused_while_a_sampled_case_is_not_completed()
    {
        using var web = new WebFactory();
        var id = await SampleChangesTests.NewPlannedInspectionAsync(web);
        var lead = await web.SignInAsync("demo.lead");
        await SampleChangesTests.DrawCaseSupervisionAsync(lead, id);
        var first = (await web.Store.Cases.ListAsync(id))[0].CaseId;
        await web.Store.Cases.AssignAsync(id, first, "demo.inspector", new Actor("demo.lead"));
        var inspection = await web.Store.Inspections.ChangeStatusAsync(id, InspectionStatus.Fieldwork, (await web.Store.Inspections.GetAsync(id)).Version, new Actor("demo.lead"));
        inspection = await web.Store.Inspections.ChangeStatusAsync(id, InspectionStatus.QualityAssurance, inspection.Version, new Actor("demo.lead"));

        var overview = await lead.GetAsync($"/inspections/{id}");
        Assert.Equal($"/inspections/{id}/stage/ratings-panel", overview.Document.QuerySelector("[data-testid=move-next]")!.GetAttribute("href"));
        var path = $"/inspections/{id}/stage/ratings-panel";
        var refused = await lead.PostFormAsync(path, new() { ["version"] = $"{inspection.Version}" }, formPage: $"/inspections/{id}/sampling/add");

        Assert.Equal(200, refused.Status);
        Assert.Contains($"Case {first} is not completed (not started): finish its assessment, or withdraw it from the sample with a reason.", refused.ErrorSummary);
        Assert.Equal(97, refused.ErrorSummary.Count);
        Assert.Equal(InspectionStatus.QualityAssurance, (await web.Store.Inspections.GetAsync(id)).Status);
    }

    [Fact]
    public async Task At_the_panel_an_inspectors_save_is_refused_until_a_lead_reopens_the_case_and_the_panel_sees_the_reason_and_the_change()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        Assert.Equal(InspectionStatus.RatingsPanel, (await web.Store.Inspections.GetAsync(id)).Status);
        var caseId = await web.FirstCaseOfAsync("demo.inspector");
        var inspector = await web.SignInAsync("demo.inspector");
        var section = $"/inspections/{id}/cases/{caseId}/2.1";
        var before = await web.Store.Cases.LoadAsync(id, caseId);
        var changed = before.Answers.GetValueOrDefault("2.1.1") == Core.Ratings.Judgement.No ? "yes" : "no";
        Dictionary<string, string> Save(int version) => new() { ["action"] = "draft", ["version"] = $"{version}", ["answer[2.1.1]"] = changed };

        var refused = await inspector.PostFormAsync(section, Save(before.Version));
        Assert.Equal(200, refused.Status);
        Assert.Contains($"The ratings panel has started, so the answers of case {caseId} are frozen as the panel sees them. " +
            "A lead inspector can reopen the case, with a reason, if it needs changing.", refused.ErrorSummary);
        Assert.Equal(before.Version, (await web.Store.Cases.LoadAsync(id, caseId)).Version);

        var lead = await web.SignInAsync("demo.lead");
        var check = await lead.GetAsync($"/inspections/{id}/cases/{caseId}/check");
        var reopen = check.Document.QuerySelector("[data-testid=reopen]")!.GetAttribute("href")!;
        Assert.Equal(["Enter why the case is reopened: the panel sees the reason beside what changed"], (await lead.PostFormAsync(reopen, new() { ["reason"] = "" })).ErrorSummary);
        Assert.Equal(403, (await inspector.GetAsync(reopen)).Status);
        Assert.Equal(302, (await lead.PostFormAsync(reopen, new() { ["reason"] = "the panel asked for 2.1 again" })).Status);

        var reopened = await web.Store.Cases.LoadAsync(id, caseId);
        Assert.Equal(302, (await inspector.PostFormAsync(section, Save(reopened.Version))).Status);
        var panel = await (await web.SignInAsync("demo.panel")).GetAsync($"/inspections/{id}/panel");
        var row = panel.Document.QuerySelector("[data-testid=reopened] tbody tr")!.TextContent;
        Assert.Contains(caseId, row);
        Assert.Contains("the panel asked for 2.1 again", row);
        Assert.Contains($"2.1.1: {(changed == "no" ? "Yes → No" : "No → Yes")}", row);
    }

    [Fact]
    public async Task Ratification_is_refused_while_a_rated_standard_has_no_rating_and_the_panel_page_says_so_first()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var judgement = (await web.Store.DomainOne.GetAsync(id)).Judgements.First(j => j.Standard == "1.1");
        var proposed = await web.Store.DomainOne.ProposeAsync(id, "1.1", null, null, judgement.Version, new Actor("demo.lead"));
        await web.Store.DomainOne.RatifyAsync(id, "1.1", null, proposed, new Actor("demo.panel"));
        var panel = await web.SignInAsync("demo.panel");

        var page = await panel.GetAsync($"/inspections/{id}/panel");
        var block = Assert.Single(page.Document.QuerySelectorAll("[data-testid=ratification-blocks] li")).TextContent;
        Assert.StartsWith("Standard 1.1 ", block, StringComparison.Ordinal);
        Assert.EndsWith("has no rating yet: the panel cannot ratify until every rated standard has one.", block, StringComparison.Ordinal);
        var version = (await web.Store.Inspections.GetAsync(id)).Version;
        var refused = await panel.PostFormAsync($"/inspections/{id}/panel?handler=Ratify", new() { ["version"] = $"{version}" }, formPage: $"/inspections/{id}/panel");

        Assert.Equal(200, refused.Status);
        Assert.Equal([block], refused.ErrorSummary);
        Assert.Equal(InspectionStatus.RatingsPanel, (await web.Store.Inspections.GetAsync(id)).Status);
    }
}
