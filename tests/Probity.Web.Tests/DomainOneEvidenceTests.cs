using Probity.Core.Datasets;
using Probity.Data;
using Probity.Web.Demo;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// Domain-one evidence changed and removed on the web: interviews, meetings, key data, contextual facts. Every change is
/// the signed-in user's in the audit log, a stale save keeps what was typed and names who saved first, and nothing
/// changes once the case data is locked.
/// </summary>
public sealed class DomainOneEvidenceTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Officer = "NB19-RO-001";

    [Fact]
    public async Task An_interview_is_changed_from_its_form_filled_in_as_stored()
    {
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var path = $"/inspections/{id}/domain-one/interviews/{Officer}";

        var form = (await lead.GetAsync(path)).Document;
        Assert.Equal("62", form.QuerySelector("#caseload")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name=grade][value=PO][checked]"));
        Assert.NotNull(form.QuerySelector("input[name=workload_manageable][value=no][checked]"));
        var version = form.QuerySelector("input[name=version]")!.GetAttribute("value")!;

        var saved = await lead.PostFormAsync(path, new() { ["version"] = version, ["grade"] = "PO", ["caseload"] = "58", ["workload_manageable"] = "yes" });

        Assert.Equal(302, saved.Status);
        Assert.Contains("done=interview-changed", saved.Location);
        var stored = (await web.Store.DomainOne.GetAsync(id)).Interviews.Single(i => i.Interview.OfficerId == Officer).Interview;
        Assert.Equal((58, "PO"), (stored.Caseload, stored.Grade));
        Assert.Equal(new Dictionary<string, bool> { ["workload_manageable"] = true }, stored.Answers);
        Assert.Equal("demo.lead", (await web.Store.Audit.ForRecordAsync(id, "interview", Officer)).Last().UserName);
        Assert.Contains($"The interview record with {Officer} is saved.", (await lead.GetAsync(saved.Location!)).Html);
    }

    [Fact]
    public async Task A_stale_interview_save_keeps_the_typed_text_names_who_saved_first_and_saves_on_the_second_try()
    {
        using var own = new WebFactory();
        var id = await own.DemoInspectionAsync();
        const string officer = "NB19-RO-002";
        var path = $"/inspections/{id}/domain-one/interviews/{officer}";
        var read = (await own.Store.DomainOne.GetAsync(id)).Interviews.Single(i => i.Interview.OfficerId == officer).Version;
        var admin = await own.SignInAsync("demo.admin");
        Assert.Equal(302, (await admin.PostFormAsync(path, new() { ["version"] = $"{read}", ["grade"] = "PSO", ["caseload"] = "40" })).Status);

        var lead = await own.SignInAsync("demo.lead");
        var stale = await lead.PostFormAsync(path, new() { ["version"] = $"{read}", ["grade"] = "PSO", ["caseload"] = "71" });

        Assert.Equal(200, stale.Status);
        Assert.Contains("demo.admin", Assert.Single(stale.ErrorSummary));
        Assert.Equal("71", stale.Document.QuerySelector("#caseload")!.GetAttribute("value"));
        Assert.Equal(40, (await own.Store.DomainOne.GetAsync(id)).Interviews.Single(i => i.Interview.OfficerId == officer).Interview.Caseload);
        var current = stale.Document.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        Assert.Equal(302, (await lead.PostFormAsync(path, new() { ["version"] = current, ["grade"] = "PSO", ["caseload"] = "71" })).Status);
        Assert.Equal(71, (await own.Store.DomainOne.GetAsync(id)).Interviews.Single(i => i.Interview.OfficerId == officer).Interview.Caseload);
    }

    [Fact]
    public async Task An_interview_is_removed_after_confirming_and_only_as_it_was_shown()
    {
        using var own = new WebFactory();
        var id = await own.DemoInspectionAsync();
        const string officer = "NB19-RO-003";
        var path = $"/inspections/{id}/domain-one/interviews/{officer}/remove";
        var lead = await own.SignInAsync("demo.lead");
        var confirm = await lead.GetAsync(path);
        Assert.Equal($"Remove the interview with {officer}? – Probity – HM Inspectorate of Probation", confirm.Title);
        var shown = confirm.Document.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        var stored = (await own.Store.DomainOne.GetAsync(id)).Interviews.Single(i => i.Interview.OfficerId == officer);
        await own.Store.DomainOne.SaveInterviewAsync(id, stored.Interview with { Caseload = 12 }, stored.Version, new Actor("demo.admin"));

        var refused = await lead.PostFormAsync(path, new() { ["version"] = shown });
        Assert.Contains("demo.admin", Assert.Single(refused.ErrorSummary));
        Assert.Contains((await own.Store.DomainOne.GetAsync(id)).Interviews, i => i.Interview.OfficerId == officer);

        var removed = await lead.PostFormAsync(path, new() { ["version"] = refused.Document.QuerySelector("input[name=version]")!.GetAttribute("value")! });
        Assert.Equal(302, removed.Status);
        Assert.DoesNotContain((await own.Store.DomainOne.GetAsync(id)).Interviews, i => i.Interview.OfficerId == officer);
        var last = (await own.Store.Audit.ForRecordAsync(id, "interview", officer)).Last();
        Assert.Equal(("remove", "demo.lead"), (last.Action, last.UserName));
        Assert.Equal(404, (await lead.GetAsync($"/inspections/{id}/domain-one/interviews/{officer}")).Status);
    }

    [Fact]
    public async Task A_save_of_an_interview_removed_meanwhile_names_who_removed_it_and_adds_it_again_on_the_second_try()
    {
        using var own = new WebFactory();
        var id = await own.DemoInspectionAsync();
        const string officer = "NB19-RO-004";
        var path = $"/inspections/{id}/domain-one/interviews/{officer}";
        var lead = await own.SignInAsync("demo.lead");
        var version = (await lead.GetAsync(path)).Document.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        await own.Store.DomainOne.RemoveInterviewAsync(id, officer, new Actor("demo.admin"));

        var refused = await lead.PostFormAsync(path, new() { ["version"] = version, ["grade"] = "PSO", ["caseload"] = "33" });

        Assert.Equal(200, refused.Status);
        Assert.Contains("removed by demo.admin", Assert.Single(refused.ErrorSummary));
        Assert.Equal("33", refused.Document.QuerySelector("#caseload")!.GetAttribute("value"));
        Assert.Equal("", refused.Document.QuerySelector("input[name=version]")!.GetAttribute("value") ?? "");
        Assert.DoesNotContain((await own.Store.DomainOne.GetAsync(id)).Interviews, i => i.Interview.OfficerId == officer);

        Assert.Equal(302, (await lead.PostFormAsync(path, new() { ["version"] = "", ["grade"] = "PSO", ["caseload"] = "33" })).Status);
        var added = (await own.Store.DomainOne.GetAsync(id)).Interviews.Single(i => i.Interview.OfficerId == officer).Interview;
        Assert.Equal(("PSO", 33), (added.Grade, added.Caseload));
    }

    [Fact]
    public async Task A_meeting_is_changed_with_its_typed_text_kept_on_error_then_removed()
    {
        var id = await web.DemoInspectionAsync();
        var meetingId = await web.Store.DomainOne.AddMeetingAsync(id, new Meeting(MeetingKind.Stakeholders, "Police and council") { Attendees = 4 }, new Actor("test"));
        var lead = await web.SignInAsync("demo.lead");
        var path = $"/inspections/{id}/domain-one/meetings/{meetingId}";
        Assert.Equal("Police and council", (await lead.GetAsync(path)).Document.QuerySelector("#description")!.GetAttribute("value"));
        var fields = new Dictionary<string, string>
        {
            ["version"] = "1", ["kind"] = "operational-partners", ["date-day"] = "18", ["date-month"] = "9", ["date-year"] = "2019",
            ["description"] = "Police, council and health", ["attendees"] = "six",
        };

        var refused = await lead.PostFormAsync(path, fields);
        Assert.Equal(["Attendees must be a whole number, like 8"], refused.ErrorSummary);
        Assert.Equal("Police, council and health", refused.Document.QuerySelector("#description")!.GetAttribute("value"));

        fields["attendees"] = "6";
        Assert.Equal(302, (await lead.PostFormAsync(path, fields)).Status);
        var meeting = (await web.Store.DomainOne.GetAsync(id)).Meetings.Single(m => m.Id == meetingId);
        Assert.Equal((MeetingKind.OperationalPartners, new DateOnly(2019, 9, 18), 6, 2), (meeting.Meeting.Kind, meeting.Meeting.Date!.Value, meeting.Meeting.Attendees!.Value, meeting.Version));

        Assert.Equal(302, (await lead.PostFormAsync($"{path}/remove", new() { ["version"] = "2" })).Status);
        Assert.DoesNotContain((await web.Store.DomainOne.GetAsync(id)).Meetings, m => m.Id == meetingId);
        Assert.Equal(["add", "save", "remove"], (await web.Store.Audit.ForRecordAsync(id, "meeting", $"{meetingId}")).Select(e => e.Action));
    }

    [Fact]
    public async Task Key_data_figures_are_typed_against_fixed_labels_with_No_data_as_text()
    {
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var path = $"/inspections/{id}/domain-one/key-data/kd-1.2-staffing";
        var form = (await lead.GetAsync(path)).Document;
        Assert.Equal("Sickness absence rate (all staff)", form.QuerySelectorAll("legend")[3].TextContent.Trim());
        Assert.Equal(("No data", "4.49"), (form.QuerySelector("#cell-3-0")!.GetAttribute("value"), form.QuerySelector("#cell-3-1")!.GetAttribute("value")));
        var fields = new Dictionary<string, string>
        {
            ["version"] = "0", ["cell-0-0"] = "171", ["cell-0-1"] = "1,180", ["cell-1-0"] = "2.84", ["cell-1-1"] = "1.64%", ["cell-2-0"] = "1.14",
            ["cell-2-1"] = "1.09", ["cell-3-0"] = "not known", ["cell-3-1"] = "about 4", ["cell-4-0"] = "No data", ["cell-4-1"] = "7",
        };

        var refused = await lead.PostFormAsync(path, fields);
        Assert.Equal(["Sickness absence rate (all staff), current year: enter a figure, like 4.49, or No data or Not known"], refused.ErrorSummary);
        Assert.Equal("#cell-3-1", refused.Document.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("1,180", refused.Document.QuerySelector("#cell-0-1")!.GetAttribute("value"));

        fields["cell-3-1"] = "4.5";
        Assert.Equal(302, (await lead.PostFormAsync(path, fields)).Status);
        var table = (await web.Store.DomainOne.GetAsync(id)).KeyData.Single(t => t.Id == "kd-1.2-staffing");
        Assert.Equal([171m, 1180m], table.Rows[0].Values);
        Assert.Equal([1.64m], table.Rows[1].Values.Skip(1));
        Assert.Equal([null, 4.5m], table.Rows[3].Values);
        Assert.Equal(["Not known", null], table.Rows[3].ValueText);
        Assert.Equal("Data supplied by the CRC.", table.Source);
        Assert.Equal("demo.lead", (await web.Store.Audit.ForRecordAsync(id, "key-data", "kd-1.2-staffing")).Last().UserName);

        var stale = await lead.PostFormAsync(path, fields);
        Assert.Contains("demo.lead", Assert.Single(stale.ErrorSummary));
        Assert.Equal("1", stale.Document.QuerySelector("input[name=version]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_key_data_table_not_yet_stored_starts_from_the_frameworks_template()
    {
        var id = await web.DemoInspectionAsync();
        var provider = (await web.Store.Inspections.GetAsync(id)).ProviderId;
        var fresh = await web.Store.Inspections.CreateAsync(new Data.Inspections.NewInspection("hmip-crc-2019", provider)
        {
            Reference = "NB-NEXT", Team = [new("demo.lead", Data.Teams.TeamRole.Lead)],
        }, new Actor("test"));
        var lead = await web.SignInAsync("demo.lead");
        Assert.Contains("Enter the figures", (await lead.GetAsync($"/inspections/{fresh.Id}/domain-one")).Html);
        var path = $"/inspections/{fresh.Id}/domain-one/key-data/kd-4.1-unpaid-work";

        var form = (await lead.GetAsync(path)).Document;

        Assert.Equal(ProviderKeyData.Find("hmip-crc-2019", "kd-4.1-unpaid-work")!.Table.Rows.Select(r => r.Label), form.QuerySelectorAll("legend").Select(l => l.TextContent.Trim()));
        Assert.Equal(302, (await lead.PostFormAsync(path, new() { ["version"] = "0", ["cell-0-0"] = "111", ["cell-1-0"] = "90.45", ["cell-2-0"] = "" })).Status);
        var table = (await web.Store.DomainOne.GetAsync(fresh.Id)).KeyData.Single();
        Assert.Equal(("kd-4.1-unpaid-work", "Unpaid work key data"), (table.Id, table.Title));
        Assert.Equal([111m, 90.45m, null], table.Rows.Select(r => r.Values[0]));
        Assert.Equal(404, (await lead.GetAsync($"/inspections/{fresh.Id}/domain-one/key-data/kd-9.9-nothing")).Status);
    }

    [Fact]
    public async Task Contextual_facts_are_added_changed_and_removed_together()
    {
        using var own = new WebFactory();
        var id = await own.DemoInspectionAsync();
        var lead = await own.SignInAsync("demo.lead");
        var path = $"/inspections/{id}/domain-one/contextual-facts";
        var form = (await lead.GetAsync(path)).Document;
        Assert.Equal("1,715", form.QuerySelector("#fact-0-value")!.GetAttribute("value"));
        Assert.Equal("", form.QuerySelector("#fact-5-value")!.GetAttribute("value") ?? "");
        var fields = new Dictionary<string, string>
        {
            ["version"] = "0", ["count"] = "6", ["fact-0-value"] = "1,720", ["fact-0-label"] = "The total number of individuals supervised on community sentences by Northumbria CRC",
            ["fact-1-value"] = "", ["fact-1-label"] = "", ["fact-5-value"] = "19%",
        };

        var more = await lead.PostFormAsync(path, new(fields) { ["action"] = "add" });
        Assert.NotNull(more.Document.QuerySelector("#fact-6-value"));
        Assert.Equal("19%", more.Document.QuerySelector("#fact-5-value")!.GetAttribute("value"));
        Assert.Equal(0, (await own.Store.DomainOne.GetAsync(id)).ContextualFactsVersion);

        var refused = await lead.PostFormAsync(path, fields);
        Assert.Equal(["Fact 6: enter the label printed beneath the value"], refused.ErrorSummary);
        fields["fact-5-label"] = "Women in the caseload";
        Assert.Equal(302, (await lead.PostFormAsync(path, fields)).Status);

        var facts = (await own.Store.DomainOne.GetAsync(id)).ContextualFacts;
        Assert.Equal(["1,720", "19%"], facts.Select(f => f.Value));
        Assert.Null(facts[1].Source);
        Assert.Equal("demo.lead", (await own.Store.Audit.ForInspectionAsync(id)).Last(e => e.Entity == "contextual-facts").UserName);
    }

    [Fact]
    public async Task Nothing_changes_once_the_case_data_is_locked()
    {
        using var own = new WebFactory();
        var published = await own.Store.Datasets.ImportAsync(DemoData.Northumbria(), new Actor("test"));
        var lead = await own.SignInAsync("demo.lead");
        var before = await own.Store.DomainOne.GetAsync(published);

        var page = await lead.GetAsync($"/inspections/{published}/domain-one/interviews/{Officer}");
        Assert.NotNull(page.Document.QuerySelector("[data-testid=locked]"));
        Assert.Null(page.Document.QuerySelector("form input[name=version]"));
        Assert.DoesNotContain("Change the figures", (await lead.GetAsync($"/inspections/{published}/domain-one")).Html);
        // Published is final: the overview offers no move back, and a posted one is refused.
        Assert.DoesNotContain("Move the inspection back", (await lead.GetAsync($"/inspections/{published}")).Html);
        var inspection = await own.Store.Inspections.GetAsync(published);
        Assert.Equal(403, (await lead.PostFormAsync($"/inspections/{published}?handler=Back",
            new() { ["version"] = $"{inspection.Version}", ["reason"] = "A typo in the report" }, formPage: $"/inspections/{published}")).Status);
        Assert.Equal(InspectionStatus.Published, (await own.Store.Inspections.GetAsync(published)).Status);

        foreach (var (path, fields) in new (string, Dictionary<string, string>)[]
        {
            ($"/inspections/{published}/domain-one/interviews/{Officer}", new() { ["version"] = "1", ["grade"] = "PO", ["caseload"] = "1" }),
            ($"/inspections/{published}/domain-one/interviews/{Officer}/remove", new() { ["version"] = "1" }),
            ($"/inspections/{published}/domain-one/interviews/new", new() { ["officer"] = "RO-NEW" }),
            ($"/inspections/{published}/domain-one/key-data/kd-4.1-unpaid-work", new() { ["version"] = "0", ["cell-0-0"] = "1" }),
            ($"/inspections/{published}/domain-one/contextual-facts", new() { ["version"] = "0", ["count"] = "1", ["fact-0-value"] = "1", ["fact-0-label"] = "One" }),
        })
        {
            var refused = await lead.PostFormAsync(path, fields);
            Assert.Equal(200, refused.Status);
            Assert.Contains("is locked", Assert.Single(refused.ErrorSummary));
        }
        var after = await own.Store.DomainOne.GetAsync(published);
        Assert.Equal(before.Interviews.Select(i => (i.Interview.OfficerId, i.Version)), after.Interviews.Select(i => (i.Interview.OfficerId, i.Version)));
        Assert.Equal((0, 0), (after.KeyDataVersion("kd-4.1-unpaid-work"), after.ContextualFactsVersion));
    }

    [Fact]
    public async Task A_lead_inspector_moves_the_inspection_back_a_stage_only_with_a_reason()
    {
        using var own = new WebFactory();
        var id = await own.DemoInspectionAsync();
        var version = (await own.Store.Inspections.GetAsync(id)).Version;
        var lead = await own.SignInAsync("demo.lead");

        var refused = await lead.PostFormAsync($"/inspections/{id}?handler=Back", new() { ["version"] = $"{version}", ["reason"] = " " }, formPage: $"/inspections/{id}");
        Assert.Equal(["Enter why the inspection is moving back to quality assurance: the audit log keeps the reason"], refused.ErrorSummary);
        Assert.NotNull(refused.Document.QuerySelector("details[open] textarea#reason"));
        var inspector = await own.SignInAsync("demo.inspector");
        Assert.Equal(403, (await inspector.PostFormAsync($"/inspections/{id}?handler=Back", new() { ["version"] = $"{version}", ["reason"] = "no" }, formPage: $"/inspections/{id}")).Status);

        var moved = await lead.PostFormAsync($"/inspections/{id}?handler=Back",
            new() { ["version"] = $"{version}", ["reason"] = "Two cases need a second look before the panel" }, formPage: $"/inspections/{id}");

        Assert.Equal(302, moved.Status);
        Assert.Equal(InspectionStatus.QualityAssurance, (await own.Store.Inspections.GetAsync(id)).Status);
        var entry = (await own.Store.Audit.ForRecordAsync(id, "inspection", $"{id}")).Last();
        Assert.Equal(("change-status", "demo.lead"), (entry.Action, entry.UserName));
        Assert.Contains("Two cases need a second look before the panel", entry.After);
        Assert.Contains("Move the inspection back to fieldwork", (await lead.GetAsync($"/inspections/{id}")).Html);
    }
}
