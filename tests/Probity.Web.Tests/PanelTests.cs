using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Users;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>The ratings panel's pages: decisions checked by the store through Core, the result updated at once, ratification locking case data.</summary>
public sealed class PanelTests
{
    [Fact]
    public async Task A_recorded_decision_changes_the_standard_and_the_score_at_once_and_names_the_member_in_the_audit_log()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var session = await web.SignInAsync("demo.panel");
        var before = await session.GetAsync($"/inspections/{id}/panel");
        Assert.Equal("12/30", before.Document.QuerySelector("[data-testid=score]")!.TextContent);
        Assert.Contains("Eligible up", before.Document.QuerySelector("[data-testid='eligibility-2.4']")!.TextContent);
        Assert.Contains("2.4.3 (lowest)", before.Document.QuerySelector("[data-testid='kq-2.4'] .probity-lowest")!.TextContent);

        var recorded = await session.PostFormAsync($"/inspections/{id}/panel/standards/2.4",
            new() { ["move"] = "up", ["basis"] = "discretion", ["rationale"] = "Less than five points below the boundary; findings on reviewing improved." });

        Assert.Equal(302, recorded.Status);
        var after = await session.GetAsync($"/inspections/{id}/panel");
        Assert.Equal("13/30", after.Document.QuerySelector("[data-testid=score]")!.TextContent);
        Assert.Contains("2.4 Reviewing: Requires improvement", after.Html);
        Assert.Equal("demo.panel", (await web.Store.Audit.ForRecordAsync(id, "panel-decision", "2.4")).Last().UserName);

        var form = await session.GetAsync($"/inspections/{id}/panel/standards/2.4");
        var version = form.Document.QuerySelector("form[action*=Withdraw] input[name=version]")!.GetAttribute("value")!;
        var withdrawn = await session.PostFormAsync($"/inspections/{id}/panel/standards/2.4?handler=Withdraw", new() { ["version"] = version },
            formPage: $"/inspections/{id}/panel/standards/2.4");
        Assert.Equal(302, withdrawn.Status);
        Assert.Equal("12/30", (await session.GetAsync($"/inspections/{id}/panel")).Document.QuerySelector("[data-testid=score]")!.TextContent);
    }

    [Fact]
    public async Task A_decision_the_rules_refuse_shows_the_stores_reasons_and_keeps_the_rationale()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var session = await web.SignInAsync("demo.panel");

        var refused = await session.PostFormAsync($"/inspections/{id}/panel/standards/2.1",
            new() { ["move"] = "up", ["basis"] = "discretion", ["rationale"] = "We would like it higher" });

        Assert.Equal(200, refused.Status);
        Assert.StartsWith("Error: ", refused.Title);
        Assert.Contains("not eligible", Assert.Single(refused.ErrorSummary));
        Assert.Equal("We would like it higher", refused.Document.QuerySelector("textarea#rationale")!.TextContent);
        Assert.Empty(await web.Store.Panel.ListAsync(id));

        var empty = await session.PostFormAsync($"/inspections/{id}/panel/standards/2.4", new() { ["rationale"] = " " });
        Assert.Equal(["Select whether the panel moves the rating up or down", "Select the basis of the decision", "Enter the panel's rationale: why it moved the rating"],
            empty.ErrorSummary);
    }

    [Fact]
    public async Task The_what_if_preview_rates_again_with_one_case_judged_differently()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var page = await (await web.SignInAsync("demo.lead")).GetAsync($"/inspections/{id}/panel/standards/2.4");
        var row = page.Document.QuerySelectorAll("[data-testid=what-if] tbody tr").Single(r => r.TextContent.Contains("2.4.3"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        // 41 of 85 is 48% (Inadequate); 42 of 85 is 49%, still Inadequate; 40 of 85 is 47%.
        Assert.Equal("49%: 2.4 Inadequate; overall Requires improvement (12/30)", cells[0]);
        Assert.Equal("47%: 2.4 Inadequate; overall Requires improvement (12/30)", cells[1]);
    }

    [Fact]
    public async Task Ratifying_locks_case_data_and_the_case_form_says_so()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var panel = await web.SignInAsync("demo.panel");
        var version = (await web.Store.Inspections.GetAsync(id)).Version;

        Assert.Equal(302, (await panel.PostFormAsync($"/inspections/{id}/panel?handler=Ratify", new() { ["version"] = $"{version}" }, formPage: $"/inspections/{id}/panel")).Status);

        var inspection = await web.Store.Inspections.GetAsync(id);
        Assert.Equal(InspectionStatus.Drafting, inspection.Status);
        Assert.True(inspection.CaseDataLocked);
        var caseId = (await web.Store.Cases.AssignedToAsync("demo.inspector"))[0].CaseId;
        var inspector = await web.SignInAsync("demo.inspector");
        var form = await inspector.GetAsync($"/inspections/{id}/cases/{caseId}/2.1");
        Assert.Equal(302, form.Status); // a locked case opens read-only, on its check-your-answers page
        Assert.Contains("can no longer change", (await inspector.GetAsync(form.Location!)).Html);
    }

    [Fact]
    public async Task After_ratification_the_lead_inspector_publishes_and_the_stage_moves()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var inspection = await web.Store.Inspections.GetAsync(id);
        inspection = await web.Store.Inspections.ChangeStatusAsync(id, InspectionStatus.Drafting, inspection.Version, new Actor("demo.panel"));
        await web.Store.Inspections.ChangeStatusAsync(id, InspectionStatus.FactualAccuracy, inspection.Version, new Actor("demo.lead"));
        await FactualAccuracyAndPublicationTests.OverrideTheChecksAsync(web, id);
        var lead = await web.SignInAsync("demo.lead");
        var overview = await lead.GetAsync($"/inspections/{id}");
        Assert.Contains("Move to published", overview.Html);
        // "Move to published" leads to publication: a date, then a confirmation of who will see the report.
        var publish = await lead.GetAsync(overview.Document.QuerySelector("[data-testid=move-next]")!.GetAttribute("href")!);
        Assert.Equal($"/inspections/{id}/publish", publish.Location);
        var dated = await lead.PostFormAsync(publish.Location!, new() { ["date-day"] = "12", ["date-month"] = "2", ["date-year"] = "2020" });
        var confirm = await lead.GetAsync(dated.Location!);
        var version = confirm.Document.QuerySelector("form input[name=version]")!.GetAttribute("value")!;

        var moved = await lead.PostFormAsync(dated.Location!, new() { ["version"] = version });

        Assert.Equal(302, moved.Status);
        Assert.Equal(InspectionStatus.Published, (await web.Store.Inspections.GetAsync(id)).Status);
        Assert.Equal("Published (case data locked)", (await lead.GetAsync($"/inspections/{id}")).Document.QuerySelector("[data-testid=stage]")!.TextContent);
        Assert.Equal(403, (await (await web.SignInAsync("demo.inspector")).PostFormAsync($"/inspections/{id}/stage/published",
            new() { ["version"] = version }, formPage: $"/inspections/{id}/cases")).Status);
    }

    [Fact]
    public async Task A_provider_contact_sees_their_own_published_report_and_no_other()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var contact = await web.SignInAsync("demo.provider");
        Assert.Equal(403, (await contact.GetAsync($"/inspections/{id}/report")).Status);

        var actor = new Actor("test");
        var inspection = await web.Store.Inspections.GetAsync(id);
        inspection = await web.Store.Inspections.ChangeStatusAsync(id, InspectionStatus.Drafting, inspection.Version, actor);
        inspection = await web.Store.Inspections.ChangeStatusAsync(id, InspectionStatus.FactualAccuracy, inspection.Version, actor);
        await web.Store.Publication.PublishAsync(id, new DateOnly(2020, 2, 12), inspection.Version, actor);
        var other = await web.Store.Providers.CreateAsync(new ProviderInfo("Another CRC", ProviderType.CRC), actor);
        var stranger = await web.Store.Users.CreateAsync(new NewUser("other.contact", "Other Contact", [UserRole.ProviderContact]) { ProviderId = other.Id }, actor);
        await web.Store.Users.SetPasswordHashAsync(stranger.UserName, new Microsoft.AspNetCore.Identity.PasswordHasher<UserAccount>().HashPassword(stranger, "other-password"), actor);

        var report = await contact.GetAsync($"/inspections/{id}/report");
        Assert.Equal(200, report.Status);
        Assert.Equal("Requires improvement", report.Document.QuerySelector("[data-testid=overall-rating]")!.TextContent);
        Assert.Single((await contact.GetAsync("/")).Document.QuerySelectorAll("[data-testid=reports] a"));
        Assert.Equal(403, (await (await web.SignInAsync("other.contact", "other-password")).GetAsync($"/inspections/{id}/report")).Status);
        Assert.Equal(403, (await contact.GetAsync($"/inspections/{id}")).Status);
    }
}
