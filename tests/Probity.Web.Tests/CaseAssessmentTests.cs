using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

public sealed class CaseAssessmentTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Save_and_continue_with_a_missing_answer_shows_the_error_and_keeps_what_was_typed()
    {
        var (id, caseId) = await CaseAsync("demo.inspector", 0);
        var before = await web.Store.Cases.LoadAsync(id, caseId);
        var session = await web.SignInAsync("demo.inspector");
        var fields = AnswersFor(before, "2.1.");
        fields.Remove("answer[2.1.1]");
        fields["note[2.1.2]"] = "Typed evidence: the plan names the victim's address <b>safely</b>";

        var response = await session.PostFormAsync($"/inspections/{id}/cases/{caseId}/2.1", new(fields) { ["action"] = "continue", ["version"] = $"{before.Version}" });

        Assert.Equal(200, response.Status);
        Assert.StartsWith("Error: ", response.Title);
        var link = response.Document.QuerySelector(".govuk-error-summary__list a")!;
        Assert.Equal("#answer-2.1.1", link.GetAttribute("href"));
        Assert.Equal("Select yes, no or not applicable for 2.1.1", link.TextContent);
        Assert.NotNull(response.Document.QuerySelector("#answer-2\\.1\\.1"));
        Assert.Equal(fields["note[2.1.2]"], response.Document.QuerySelector("textarea[name='note[2.1.2]']")!.TextContent);
        Assert.Equal(before.Version, (await web.Store.Cases.LoadAsync(id, caseId)).Version);
    }

    [Fact]
    public async Task Save_and_continue_saves_the_answers_and_goes_to_the_next_standard_with_the_user_in_the_audit_log()
    {
        var (id, caseId) = await CaseAsync("demo.inspector", 1);
        var before = await web.Store.Cases.LoadAsync(id, caseId);
        var session = await web.SignInAsync("demo.inspector");
        var fields = AnswersFor(before, "2.1.");
        fields["answer[2.1.1]"] = before.Answers["2.1.1"] == Judgement.Yes ? "no" : "yes";
        fields["note[2.1.1]"] = "Seen on the file";

        var response = await session.PostFormAsync($"/inspections/{id}/cases/{caseId}/2.1", new(fields) { ["action"] = "continue", ["version"] = $"{before.Version}" });

        Assert.Equal(302, response.Status);
        Assert.Equal($"/inspections/{id}/cases/{caseId}/2.2", response.Location);
        var after = await web.Store.Cases.LoadAsync(id, caseId);
        Assert.NotEqual(before.Answers["2.1.1"], after.Answers["2.1.1"]);
        Assert.Equal("Seen on the file", after.Notes["2.1.1"]);
        Assert.Equal(before.Answers["2.2.1"], after.Answers["2.2.1"]);
        var entry = (await web.Store.Audit.ForRecordAsync(id, "case", caseId)).Last();
        Assert.Equal("demo.inspector", entry.UserName);
    }

    [Fact]
    public async Task Only_the_questions_that_apply_to_the_case_appear()
    {
        var id = await web.AssessableDemoInspectionAsync();
        var dataset = await web.Store.Datasets.LoadAsync(id);
        var harm = dataset.Framework.Questions["2.1.3"].Population;
        var lowRosh = dataset.Cases.First(c => c.Sample == "case-supervision" && !harm.Contains(c)).CaseId;
        var inHarm = dataset.Cases.First(c => harm.Contains(c)).CaseId;
        var unpaid = dataset.Cases.First(c => c.Sample == "unpaid-work").CaseId;
        var session = await web.SignInAsync("demo.lead");

        var low = await session.GetAsync($"/inspections/{id}/cases/{lowRosh}/2.1");
        Assert.NotNull(low.Document.QuerySelector("input[name='answer[2.1.1]']"));
        Assert.Null(low.Document.QuerySelector("input[name='answer[2.1.3]']"));
        Assert.NotNull((await session.GetAsync($"/inspections/{id}/cases/{inHarm}/2.1")).Document.QuerySelector("input[name='answer[2.1.3]']"));
        Assert.Equal(404, (await session.GetAsync($"/inspections/{id}/cases/{unpaid}/2.1")).Status);
        Assert.Equal($"/inspections/{id}/cases/{unpaid}/4.1", (await session.GetAsync($"/inspections/{id}/cases/{unpaid}")).Location);
    }

    [Fact]
    public async Task A_second_save_from_the_same_version_is_refused_with_who_saved_first_and_the_typed_text_kept()
    {
        var (id, caseId) = await CaseAsync("demo.inspector", 2);
        var before = await web.Store.Cases.LoadAsync(id, caseId);
        var lead = await web.SignInAsync("demo.lead");
        var inspector = await web.SignInAsync("demo.inspector");
        var fields = new Dictionary<string, string>(AnswersFor(before, "2.1.")) { ["action"] = "continue", ["version"] = $"{before.Version}" };

        Assert.Equal(302, (await lead.PostFormAsync($"/inspections/{id}/cases/{caseId}/2.1", fields)).Status);
        fields["note[2.1.1]"] = "My careful note";
        var second = await inspector.PostFormAsync($"/inspections/{id}/cases/{caseId}/2.1", fields);

        Assert.Equal(200, second.Status);
        Assert.Contains("demo.lead", Assert.Single(second.ErrorSummary));
        Assert.Equal("My careful note", second.Document.QuerySelector("textarea[name='note[2.1.1]']")!.TextContent);
        Assert.False((await web.Store.Cases.LoadAsync(id, caseId)).Notes.ContainsKey("2.1.1"));
    }

    [Fact]
    public async Task Completing_needs_every_answer_and_then_the_status_changes()
    {
        var (id, caseId) = await CaseAsync("demo.inspector", 3);
        var full = await web.Store.Cases.LoadAsync(id, caseId);
        var gap = await web.Store.Cases.SaveAsync(full with
        {
            Answers = full.Answers.Where(a => a.Key != "2.2.1").ToDictionary(),
            Notes = full.Notes.Where(n => n.Key != "2.2.1").ToDictionary(),
            Status = Data.Cases.CaseAssessmentStatus.InProgress,
        }, new Data.Actor("test"));
        var session = await web.SignInAsync("demo.inspector");

        var refused = await session.PostFormAsync($"/inspections/{id}/cases/{caseId}/check?handler=Complete", new() { ["version"] = $"{gap.Version}" },
            formPage: $"/inspections/{id}/cases/{caseId}/check");
        Assert.Equal(200, refused.Status);
        Assert.Equal($"/inspections/{id}/cases/{caseId}/2.2#answer-2.2.1", refused.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));

        var answered = await session.PostFormAsync($"/inspections/{id}/cases/{caseId}/2.2",
            new(AnswersFor(full, "2.2.")) { ["action"] = "continue", ["version"] = $"{gap.Version}" });
        Assert.Equal(302, answered.Status);
        var version = (await web.Store.Cases.LoadAsync(id, caseId)).Version;
        var done = await session.PostFormAsync($"/inspections/{id}/cases/{caseId}/check?handler=Complete", new() { ["version"] = $"{version}" },
            formPage: $"/inspections/{id}/cases/{caseId}/check");
        Assert.Equal(302, done.Status);
        Assert.Equal(Data.Cases.CaseAssessmentStatus.Completed, (await web.Store.Cases.LoadAsync(id, caseId)).Status);
    }

    [Fact]
    public async Task Only_a_lead_inspector_marks_a_completed_case_quality_assured()
    {
        var (id, caseId) = await CaseAsync("demo.inspector", 4);
        var check = $"/inspections/{id}/cases/{caseId}/check";
        var version = (await web.Store.Cases.LoadAsync(id, caseId)).Version;
        var inspector = await web.SignInAsync("demo.inspector");
        Assert.Null((await inspector.GetAsync(check)).Document.QuerySelector("form[action*=QualityAssure] button"));
        Assert.Equal(403, (await inspector.PostFormAsync($"{check}?handler=QualityAssure", new() { ["version"] = $"{version}" }, formPage: check)).Status);

        var lead = await web.SignInAsync("demo.lead");
        Assert.Equal(302, (await lead.PostFormAsync($"{check}?handler=QualityAssure", new() { ["version"] = $"{version}" }, formPage: check)).Status);
        Assert.Equal(Data.Cases.CaseAssessmentStatus.QualityAssured, (await web.Store.Cases.LoadAsync(id, caseId)).Status);
        Assert.Contains("Quality-assured", (await lead.GetAsync(check)).Document.QuerySelector("[data-testid=case-status]")!.TextContent);
    }

    private async Task<(long Id, string CaseId)> CaseAsync(string holder, int index) =>
        (await web.AssessableDemoInspectionAsync(), (await web.Store.Cases.AssignedToAsync(holder))[index].CaseId);

    /// <summary>The case's stored answers to one standard's items, as its form posts them.</summary>
    private static Dictionary<string, string> AnswersFor(Data.Cases.CaseAssessment a, string prefix) =>
        a.Answers.Where(x => x.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(x => $"answer[{x.Key}]", x => x.Value.Token());
}
