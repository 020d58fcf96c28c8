using Microsoft.Extensions.DependencyInjection;
using Probity.Data;
using Probity.Data.PersonalData;
using Probity.Web.Demo;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>A lead inspector erases a published case's notes and examples, with a reason; before publication the page says it must wait.</summary>
public sealed class CaseTextErasureTests
{
    [Fact]
    public async Task A_lead_erases_a_published_cases_notes_and_examples_and_the_log_names_them_and_the_reason()
    {
        using var web = new WebFactory();
        // The demo's own inspection waits at the ratings panel; the example as published is stored beside it.
        var published = await web.Store.Inspections.GetAsync(await web.Store.Datasets.ImportAsync(DemoData.Northumbria(), new Actor("demo.admin")));
        const string caseId = "NB19-CS-014";
        Assert.Single((await web.Store.Cases.LoadAsync(published.Id, caseId)).PracticeExamples);
        var lead = await web.SignInAsync("demo.lead");
        var path = $"/inspections/{published.Id}/cases/{caseId}/erase";
        var check = await lead.GetAsync($"/inspections/{published.Id}/cases/{caseId}/check");
        Assert.NotNull(check.Document.QuerySelector($"a[href='{path}']"));

        var empty = await lead.PostFormAsync(path, new() { ["reason"] = "" });
        Assert.Equal(["Enter why the notes and examples are erased"], empty.ErrorSummary);
        var erased = await lead.PostFormAsync(path, new() { ["reason"] = "The person asked for erasure" });

        Assert.Equal(302, erased.Status);
        Assert.Equal($"{path}?erased=true", erased.Location);
        Assert.Contains($"The notes and examples of case {caseId} are erased.", (await lead.GetAsync(erased.Location!)).Html);
        var entry = (await web.Store.Audit.ForRecordAsync(published.Id, "case", caseId)).Last();
        Assert.Equal(("erase-text", "demo.lead"), (entry.Action, entry.UserName));
        Assert.Contains("The person asked for erasure", entry.After);
        Assert.Empty((await web.Store.Cases.LoadAsync(published.Id, caseId)).PracticeExamples);
    }

    [Fact]
    public async Task Before_publication_the_page_offers_no_erasure_and_a_post_is_refused()
    {
        using var web = new WebFactory();
        var id = await web.DemoInspectionAsync();
        var caseId = await web.FirstCaseOfAsync("demo.inspector");
        var lead = await web.SignInAsync("demo.lead");
        var path = $"/inspections/{id}/cases/{caseId}/erase";
        var before = await web.Store.Cases.LoadAsync(id, caseId);

        var page = await lead.GetAsync(path);
        Assert.Contains("can be erased once the inspection is published", page.Html);
        Assert.Null(page.Document.QuerySelector("textarea[name=reason]"));
        var refused = await lead.PostFormAsync(path, new() { ["reason"] = "Too early" }, formPage: $"/inspections/{id}/cases/{caseId}/assign");

        Assert.Contains(refused.ErrorSummary, e => e.Contains("once the inspection is published", StringComparison.Ordinal));
        Assert.Equal(before.Notes, (await web.Store.Cases.LoadAsync(id, caseId)).Notes);
    }

    [Fact]
    public async Task The_admins_users_page_lists_the_published_inspections_due_for_retention_review()
    {
        using var web = new WebFactory();
        var due = await web.Services.GetRequiredService<RetentionStore>().DueForReviewAsync(RetentionPeriod.DefaultYears);
        var page = await (await web.SignInAsync("demo.admin")).GetAsync("/admin/users");

        var rows = page.Document.QuerySelectorAll("[data-testid=retention] tbody tr");
        Assert.Equal(due.Count, rows.Length);
        Assert.Equal(due.Select(d => d.Age), rows.Select(r => r.QuerySelectorAll("td")[3].TextContent));
        Assert.Equal(due.Count == 0, page.Document.QuerySelector("[data-testid=retention-none]") is not null);
    }
}
