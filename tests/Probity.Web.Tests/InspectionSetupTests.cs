using Probity.Core.Datasets;
using Probity.Data.Teams;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// A lead inspector starts an inspection with its team; bad input is refused with the error summary and nothing is
/// stored; the team decides who sees the draft, and its lead (or an admin) changes it.
/// </summary>
public sealed class InspectionSetupTests(WebFactory web) : IClassFixture<WebFactory>
{
    private async Task<Dictionary<string, string>> ValidAsync(string reference)
    {
        var demo = await web.Store.Inspections.GetAsync(await web.DemoInspectionAsync());
        return new()
        {
            ["provider"] = $"{demo.ProviderId}", ["framework"] = "hmip-crc-2019", ["reference"] = reference,
            ["start-day"] = "2", ["start-month"] = "3", ["start-year"] = "2020", ["end-day"] = "13", ["end-month"] = "3", ["end-year"] = "2020",
            ["programme-year"] = "2019/20", ["previous"] = $"{demo.Id}", ["lead"] = "demo.lead", ["inspectors"] = "demo.inspector", ["panel"] = "demo.panel",
        };
    }

    [Fact]
    public async Task A_lead_starts_an_inspection_with_its_team_and_lands_on_its_task_list()
    {
        var lead = await web.SignInAsync("demo.lead");
        Assert.NotNull((await lead.GetAsync("/")).Document.QuerySelector("[data-testid=new-inspection][href='/inspections/new']"));

        var response = await lead.PostFormAsync("/inspections/new", await ValidAsync("NB-2020"));

        Assert.Equal(302, response.Status);
        var created = (await web.Store.Inspections.FindByReferenceAsync("NB-2020")).Single();
        Assert.Equal($"/inspections/{created.Id}", response.Location);
        Assert.Equal(InspectionStatus.Planned, created.Status);
        Assert.Equal(await web.DemoInspectionAsync(), created.PreviousInspectionId);
        Assert.Equal(new DateOnly(2020, 3, 13), created.FieldworkEnd);
        Assert.Equal("Demo Lead Inspector", created.LeadInspector);
        var team = await web.Store.Teams.GetAsync(created.Id);
        Assert.Equal([("demo.lead", TeamRole.Lead), ("demo.inspector", TeamRole.Inspector), ("demo.panel", TeamRole.PanelMember)],
            team.Select(m => (m.UserName, m.Role)).OrderBy(m => m.Role));
        Assert.Equal(200, (await lead.GetAsync(response.Location!)).Status);
        Assert.Equal(200, (await (await web.SignInAsync("demo.inspector")).GetAsync(response.Location!)).Status);
        Assert.Equal(403, (await (await web.SignInAsync("demo.inspector2")).GetAsync(response.Location!)).Status);
        Assert.Equal("demo.lead", (await web.Store.Audit.ForRecordAsync(created.Id, "inspection", $"{created.Id}")).First().UserName);
    }

    [Fact]
    public async Task A_PDU_inspection_leaves_out_the_standard_ticked_as_not_inspected_and_only_one_of_its_framework()
    {
        var lead = await web.SignInAsync("demo.lead");
        var pdu = await web.Store.Providers.CreateAsync(new ProviderInfo("Tees PDU", ProviderType.PDU) { Region = "North East" }, new Probity.Data.Actor("demo.admin"));
        var form = await ValidAsync("TEES-2022");
        (form["provider"], form["framework"], form["previous"]) = ($"{pdu.Id}", "hmip-pdu-2021", "");

        form["not-inspected"] = "hmip-crc-2019:2.1";
        var refused = await lead.PostFormAsync("/inspections/new", form);
        Assert.Equal(["Tick only standards of the framework version chosen as not inspected"], refused.ErrorSummary);
        Assert.Empty(await web.Store.Inspections.FindByReferenceAsync("TEES-2022"));

        form["not-inspected"] = "hmip-pdu-2021:2.1";
        Assert.Equal(302, (await lead.PostFormAsync("/inspections/new", form)).Status);
        var created = (await web.Store.Inspections.FindByReferenceAsync("TEES-2022")).Single();
        Assert.Equal(["2.1"], (await web.Store.Datasets.LoadAsync(created.Id)).Manifest.NotInspected);
    }

    [Fact]
    public async Task An_empty_form_names_every_missing_field()
    {
        var lead = await web.SignInAsync("demo.lead");
        var response = await lead.PostFormAsync("/inspections/new", new() { ["lead"] = "" });
        Assert.Equal(
            ["Select the provider to inspect", "Select the framework version", "Enter the inspection's reference, for example NB-2019",
             "Enter the date fieldwork starts", "Enter the date fieldwork ends", "Select the lead inspector"],
            response.ErrorSummary);
    }

    public static TheoryData<string, string, string> BadInput() => new()
    {
        { "end-day", "1", "The fieldwork end must be on or after its start" },
        { "start-month", "13", "The fieldwork start must be a real date, like 3 6 2019" },
        { "reference", "NB-2019", "An inspection with the reference NB-2019 already exists: give this one a reference of its own" },
        { "provider", "999999", "Select the provider to inspect" },
        { "framework", "hmip-pdu-2021", "Northumbria Community Rehabilitation Company cannot be inspected under this framework: it inspects PDUs" },
        { "framework", "no-such-framework", "Select the framework version" },
        { "programme-year", "2019/21", "The programme year must be like 2019/20" },
        { "previous", "999999", "Select the previous inspection from the list, or none" },
        { "lead", "demo.inspector", "Select the lead inspector" },
        { "inspectors", "demo.analyst", "Select the inspectors from the list" },
        { "panel", "demo.inspector", "Select the ratings panel members from the list" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_with_its_message_and_nothing_is_stored(string field, string value, string message)
    {
        var lead = await web.SignInAsync("demo.lead");
        var reference = field == "reference" ? value : $"BAD-{field}-{value}";
        var form = await ValidAsync(reference);
        form[field] = value;
        var before = (await web.Store.Inspections.ListAsync()).Count;

        var response = await lead.PostFormAsync("/inspections/new", form);

        Assert.Equal(200, response.Status);
        Assert.Equal([message], response.ErrorSummary);
        Assert.Equal(before, (await web.Store.Inspections.ListAsync()).Count);
    }

    [Fact]
    public async Task The_previous_inspection_must_be_of_the_same_provider()
    {
        var lead = await web.SignInAsync("demo.lead");
        var other = (await web.Store.Providers.CreateAsync(new ProviderInfo("Elsewhere CRC", ProviderType.CRC), new Data.Actor("test"))).Id;
        var form = await ValidAsync("ELSEWHERE-2020");
        form["provider"] = $"{other}";

        var response = await lead.PostFormAsync("/inspections/new", form);

        Assert.Equal(["The previous inspection must be of Elsewhere CRC; the one selected is of Northumbria Community Rehabilitation Company"], response.ErrorSummary);
    }

    [Fact]
    public async Task The_team_is_changed_by_its_lead_or_an_admin_and_decides_who_sees_the_draft()
    {
        var lead = await web.SignInAsync("demo.lead");
        var created = await lead.PostFormAsync("/inspections/new", await ValidAsync("TEAM-2020"));
        var team = $"{created.Location}/team";
        var inspector2 = await web.SignInAsync("demo.inspector2");
        Assert.Equal(403, (await inspector2.GetAsync(created.Location!)).Status);

        var saved = await lead.PostFormAsync(team, new() { ["lead"] = "demo.lead", ["inspectors"] = "demo.inspector2" });

        Assert.Equal($"{team}?saved=true", saved.Location);
        Assert.Equal(200, (await inspector2.GetAsync(created.Location!)).Status);
        Assert.Equal(403, (await (await web.SignInAsync("demo.inspector")).GetAsync(created.Location!)).Status);
        Assert.Contains((await inspector2.GetAsync("/")).Document.QuerySelectorAll("[data-testid=your-inspections] a"), a => a.TextContent == "TEAM-2020");
        Assert.Equal(["Select the lead inspector"], (await lead.PostFormAsync(team, new() { ["lead"] = "demo.panel" })).ErrorSummary);
        Assert.Equal(200, (await (await web.SignInAsync("demo.admin")).GetAsync(team)).Status);

        // Another lead inspector, not this inspection's lead: refused, and told why.
        var otherLead = await web.SignInAsNewUserAsync("other.lead", Data.Users.UserRole.LeadInspector);
        await web.Store.Teams.SetAsync(long.Parse(created.Location!.Split('/')[^1]),
            [new("demo.lead", TeamRole.Lead), new("other.lead", TeamRole.Inspector)], new Data.Actor("test"));
        var refused = await otherLead.GetAsync(team);
        Assert.Equal(403, refused.Status);
        Assert.Contains("Only the inspection's lead inspector or an admin can change its team.", refused.Document.Body!.TextContent);
    }

    [Fact]
    public async Task The_home_page_lists_only_what_the_user_may_see()
    {
        var inspector = await (await web.SignInAsync("demo.inspector")).GetAsync("/");
        var outsider = await (await web.SignInAsync("demo.outsider")).GetAsync("/");
        var admin = await (await web.SignInAsync("demo.admin")).GetAsync("/");

        Assert.Contains("NB-2019", inspector.Document.QuerySelector("[data-testid=your-inspections]")!.TextContent);
        Assert.DoesNotContain("NB-2019", outsider.Html);
        Assert.Null(outsider.Document.QuerySelector("[data-testid=new-inspection]"));
        Assert.Contains("NB-2019", admin.Document.QuerySelector("[data-testid=other-inspections]")!.TextContent);
    }
}
