using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>A lead inspector gives a case to an inspector; only someone who may hold cases can be chosen.</summary>
public sealed class CaseAssignmentTests
{
    [Fact]
    public async Task A_lead_inspector_gives_a_case_to_another_inspector_who_then_holds_it()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var caseId = await web.FirstCaseOfAsync("demo.inspector");
        var lead = await web.SignInAsync("demo.lead");
        var path = $"/inspections/{id}/cases/{caseId}/assign";
        Assert.NotNull((await lead.GetAsync(path)).Document.QuerySelector("input[name=holder][value='demo.inspector'][checked]"));

        var assigned = await lead.PostFormAsync(path, new() { ["holder"] = "demo.inspector2" });

        Assert.Equal(302, assigned.Status);
        Assert.Equal($"/inspections/{id}/cases", assigned.Location);
        Assert.Equal("demo.inspector2", (await web.Store.Cases.LoadAsync(id, caseId)).AssignedTo);
        Assert.Equal(403, (await (await web.SignInAsync("demo.inspector")).GetAsync($"/inspections/{id}/cases/{caseId}/2.1")).Status);
    }

    [Fact]
    public async Task Someone_who_may_not_hold_cases_is_refused_and_the_case_keeps_its_holder()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var caseId = await web.FirstCaseOfAsync("demo.inspector");
        var lead = await web.SignInAsync("demo.lead");

        var refused = await lead.PostFormAsync($"/inspections/{id}/cases/{caseId}/assign", new() { ["holder"] = "demo.analyst" });

        Assert.Equal(["Select who holds the case, or not assigned"], refused.ErrorSummary);
        Assert.Equal("demo.inspector", (await web.Store.Cases.LoadAsync(id, caseId)).AssignedTo);
    }

    [Fact]
    public async Task Not_assigned_takes_the_case_back()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var caseId = await web.FirstCaseOfAsync("demo.inspector");
        var lead = await web.SignInAsync("demo.lead");

        var taken = await lead.PostFormAsync($"/inspections/{id}/cases/{caseId}/assign", new() { ["holder"] = "" });

        Assert.Equal(302, taken.Status);
        Assert.Null((await web.Store.Cases.LoadAsync(id, caseId)).AssignedTo);
    }
}
