using Probity.Data.Cases;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// The case list: filtered by status, inspector and sample type, sorted, with people's names; a lead inspector or admin
/// ticks cases and gives them all to one person, and nobody else may.
/// </summary>
public sealed class CaseListTests
{
    [Fact]
    public async Task The_list_names_holders_by_their_display_names_and_filters_by_inspector_sample_and_status()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var all = await web.Store.Cases.ListAsync(id);
        var lead = await web.SignInAsync("demo.lead");

        var everyone = await lead.GetAsync($"/inspections/{id}/cases");
        Assert.Equal(all.Count, Rows(everyone).Count);
        Assert.NotNull(everyone.Document.QuerySelector("div.probity-table-scroll[role=region][tabindex='0'] > table[data-testid=cases]"));
        Assert.Contains("Demo Inspector One", Holders(everyone));
        Assert.DoesNotContain("demo.inspector", Holders(everyone));

        var mine = await lead.GetAsync($"/inspections/{id}/cases?inspector=demo.inspector");
        Assert.Equal(all.Count(c => c.AssignedTo == "demo.inspector"), Rows(mine).Count);
        Assert.All(Holders(mine), h => Assert.Equal("Demo Inspector One", h));
        Assert.NotNull(mine.Document.QuerySelector("select[name=inspector] option[value='demo.inspector'][selected]"));

        var unassigned = await lead.GetAsync($"/inspections/{id}/cases?inspector=none");
        Assert.Equal(all.Count(c => c.AssignedTo is null), Rows(unassigned).Count);

        var unpaid = await lead.GetAsync($"/inspections/{id}/cases?sample=unpaid-work");
        Assert.Equal(all.Count(c => c.Sample == "unpaid-work"), Rows(unpaid).Count);
        Assert.All(Rows(unpaid), r => Assert.Equal("Unpaid work", r.Cells[2].TextContent.Trim()));

        var status = all[0].Status;
        var byStatus = await lead.GetAsync($"/inspections/{id}/cases?status={status.Token()}&sample={all[0].Sample}");
        Assert.Equal(all.Count(c => c.Status == status && c.Sample == all[0].Sample), Rows(byStatus).Count);
        Assert.Contains($"Showing {Rows(byStatus).Count} of {all.Count} cases", byStatus.Html);
    }

    [Fact]
    public async Task The_list_sorts_by_case_reference_and_by_inspector()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var all = await web.Store.Cases.ListAsync(id);
        var lead = await web.SignInAsync("demo.lead");

        var byCase = (await lead.GetAsync($"/inspections/{id}/cases?sort=case")).Document.QuerySelectorAll("[data-testid=cases] tbody tr input[name=case]")
            .Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(all.Select(c => c.CaseId).Order(StringComparer.Ordinal), byCase);

        var byInspector = Holders(await lead.GetAsync($"/inspections/{id}/cases?sort=inspector"));
        var assigned = byInspector.TakeWhile(h => h != "Not assigned").ToList();
        Assert.Equal(assigned.Order(StringComparer.CurrentCulture), assigned);
        Assert.All(byInspector.Skip(assigned.Count), h => Assert.Equal("Not assigned", h));
    }

    [Fact]
    public async Task A_lead_inspector_gives_several_ticked_cases_to_one_inspector_at_once()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var picked = (await web.Store.Cases.ListAsync(id)).Where(c => c.AssignedTo == "demo.inspector").Take(2).Select(c => c.CaseId).ToList();
        var lead = await web.SignInAsync("demo.lead");

        var response = await PostAssignAsync(lead, id, picked, "demo.inspector2", $"/inspections/{id}/cases");

        Assert.Equal(302, response.Status);
        Assert.Equal($"/inspections/{id}/cases?assigned=2", response.Location);
        foreach (var caseId in picked) Assert.Equal("demo.inspector2", (await web.Store.Cases.LoadAsync(id, caseId)).AssignedTo);
        Assert.Contains("2 cases were assigned", (await lead.GetAsync(response.Location!)).Html);
        Assert.Equal("demo.lead", (await web.Store.Audit.ForRecordAsync(id, "case", picked[1])).Last().UserName);
    }

    [Fact]
    public async Task Bulk_assignment_keeps_the_filter_and_can_take_cases_back()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var picked = (await web.Store.Cases.ListAsync(id)).First(c => c.AssignedTo == "demo.inspector").CaseId;
        var admin = await web.SignInAsync("demo.admin");

        var response = await PostAssignAsync(admin, id, [picked], "", $"/inspections/{id}/cases?inspector=demo.inspector");

        Assert.Equal($"/inspections/{id}/cases?inspector=demo.inspector&assigned=1", response.Location);
        Assert.Null((await web.Store.Cases.LoadAsync(id, picked)).AssignedTo);
    }

    [Theory]
    [InlineData("demo.inspector")]
    [InlineData("demo.panel")]
    public async Task Only_lead_inspectors_and_admins_may_assign_in_bulk(string user)
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var caseId = await web.FirstCaseOfAsync("demo.inspector");
        var session = await web.SignInAsync(user);
        var list = await session.GetAsync($"/inspections/{id}/cases");
        Assert.Null(list.Document.QuerySelector("input[name=case]"));
        Assert.Null(list.Document.QuerySelector("select[name=holder]"));

        // A valid token from a form the user has (the sign-out form on every page) does not make them a lead.
        var response = await PostAssignAsync(session, id, [caseId], "demo.inspector2", $"/inspections/{id}/cases");

        Assert.Equal(403, response.Status);
        Assert.Equal("demo.inspector", (await web.Store.Cases.LoadAsync(id, caseId)).AssignedTo);
    }

    [Fact]
    public async Task Nothing_ticked_an_unknown_case_or_someone_who_may_not_hold_cases_is_refused_and_nothing_changes()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var caseId = await web.FirstCaseOfAsync("demo.inspector");
        var lead = await web.SignInAsync("demo.lead");
        var path = $"/inspections/{id}/cases";

        var none = await PostAssignAsync(lead, id, [], "demo.inspector2", path);
        Assert.Equal(["Select the cases to assign"], none.ErrorSummary);

        var unknown = await PostAssignAsync(lead, id, [caseId, "NO-SUCH-CASE"], "demo.inspector2", path);
        Assert.Equal(["A selected case is not in this inspection; select the cases again"], unknown.ErrorSummary);

        var analyst = await PostAssignAsync(lead, id, [caseId], "demo.analyst", path);
        Assert.Equal(["Select who holds the cases, or not assigned"], analyst.ErrorSummary);
        Assert.NotNull(analyst.Document.QuerySelector($"input[name=case][value='{caseId}'][checked]"));

        Assert.Equal("demo.inspector", (await web.Store.Cases.LoadAsync(id, caseId)).AssignedTo);
    }

    [Fact]
    public async Task Your_cases_on_the_home_page_shows_each_cases_status()
    {
        using var web = new WebFactory();
        var mine = (await web.Store.Cases.AssignedToAsync("demo.inspector")).ToList();
        var home = await (await web.SignInAsync("demo.inspector")).GetAsync("/");

        var shown = home.Document.QuerySelectorAll("[data-testid=my-case-status]").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(mine.Select(c => Pages.Inspections.Cases.OpenCase.StatusText(c.Status)), shown);
    }

    private static List<AngleSharp.Html.Dom.IHtmlTableRowElement> Rows(WebSession.Response page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=cases] tbody tr").OfType<AngleSharp.Html.Dom.IHtmlTableRowElement>()];

    private static List<string> Holders(WebSession.Response page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=cases] [data-testid=holder]").Select(c => c.TextContent.Trim())];

    /// <summary>Posts the case list's assign form with several ticked cases (a repeated field), as a browser does.</summary>
    private static async Task<WebSession.Response> PostAssignAsync(WebSession session, long id, IEnumerable<string> cases, string holder, string listPath)
    {
        var token = (await session.GetAsync(listPath)).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = cases.Select(c => KeyValuePair.Create("case", c)).Append(KeyValuePair.Create("holder", holder))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token));
        var separator = listPath.Contains('?') ? '&' : '?';
        using var content = new FormUrlEncodedContent(fields);
        var message = await session.Client.PostAsync($"{listPath}{separator}handler=Assign", content);
        return new((int)message.StatusCode, await message.Content.ReadAsStringAsync(), message.Headers.Location?.ToString());
    }
}
