using Probity.Core.Ratings;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>Domain-one evidence: the lead inspector's proposals, interviews and meetings, each checked and kept as typed on error.</summary>
public sealed class DomainOneTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task A_proposal_needs_a_rating_and_a_rationale_and_is_saved_under_the_leads_name()
    {
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var version = (await web.Store.DomainOne.GetAsync(id)).Judgements.Single(j => j.Standard == "1.1").Version;

        var missing = await lead.PostFormAsync($"/inspections/{id}/domain-one/1.1", new() { ["rationale"] = "Strong leadership", ["version"] = $"{version}" });
        Assert.Equal(["Select the rating you propose for 1.1 Leadership"], missing.ErrorSummary);
        Assert.Equal("Strong leadership", missing.Document.QuerySelector("textarea#rationale")!.TextContent);

        var saved = await lead.PostFormAsync($"/inspections/{id}/domain-one/1.1",
            new() { ["rating"] = "good", ["rationale"] = "Strong leadership", ["version"] = $"{version}" });
        Assert.Equal(302, saved.Status);
        var judgement = (await web.Store.DomainOne.GetAsync(id)).Judgements.Single(j => j.Standard == "1.1");
        Assert.Equal((Rating.Good, "Strong leadership"), (judgement.Proposed!.Value, judgement.Rationale));
        Assert.Equal("demo.lead", (await web.Store.Audit.ForRecordAsync(id, "domain-one-rating", "1.1")).Last().UserName);
    }

    [Fact]
    public async Task A_meeting_with_an_impossible_date_is_refused_with_everything_kept()
    {
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var fields = new Dictionary<string, string>
        {
            ["kind"] = "frontline-staff", ["date-day"] = "31", ["date-month"] = "2", ["date-year"] = "2019", ["description"] = "Focus group with PSOs", ["attendees"] = "8",
        };

        var refused = await lead.PostFormAsync($"/inspections/{id}/domain-one/meetings/new", fields);
        Assert.Equal(["Date of the meeting must be a real date, like 27 3 2019"], refused.ErrorSummary);
        Assert.Equal("Focus group with PSOs", refused.Document.QuerySelector("#description")!.GetAttribute("value"));

        fields["date-day"] = "28";
        Assert.Equal(302, (await lead.PostFormAsync($"/inspections/{id}/domain-one/meetings/new", fields)).Status);
        var meeting = (await web.Store.DomainOne.GetAsync(id)).Meetings.Last().Meeting;
        Assert.Equal((new DateOnly(2019, 2, 28), 8, "Focus group with PSOs"), (meeting.Date!.Value, meeting.Attendees!.Value, meeting.Description));
    }

    [Fact]
    public async Task An_interview_records_the_officer_by_reference_and_only_the_questions_asked()
    {
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");

        Assert.Equal(["Enter the officer's reference, for example RO-12 (never their name)", "Caseload must be a whole number, like 45"],
            (await lead.PostFormAsync($"/inspections/{id}/domain-one/interviews/new", new() { ["caseload"] = "lots" })).ErrorSummary);
        var saved = await lead.PostFormAsync($"/inspections/{id}/domain-one/interviews/new",
            new() { ["officer"] = "RO-77", ["grade"] = "PSO", ["caseload"] = "52", ["workload_manageable"] = "no", ["training_access"] = "yes", ["prioritises_quality"] = "" });

        Assert.Equal(302, saved.Status);
        var interview = (await web.Store.DomainOne.GetAsync(id)).Interviews.Single(i => i.Interview.OfficerId == "RO-77").Interview;
        Assert.Equal(52, interview.Caseload);
        Assert.Equal(new Dictionary<string, bool> { ["workload_manageable"] = false, ["training_access"] = true }, interview.Answers);
    }
}
