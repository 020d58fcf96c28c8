using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>A form sent with nothing it needs comes back with every problem named, never an error page.</summary>
public sealed class FormErrorStatesTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task A_meeting_without_a_kind_a_real_date_or_a_description_names_all_three()
    {
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var response = await lead.PostFormAsync($"/inspections/{id}/domain-one/meetings/new",
            new() { ["date-day"] = "31", ["date-month"] = "2", ["date-year"] = "2019", ["description"] = "" });

        Assert.Equal(200, response.Status);
        Assert.Equal(["Select the kind of meeting", "Date of the meeting must be a real date, like 27 3 2019", "Enter a description of the meeting"], response.ErrorSummary);
        Assert.Equal("31", response.Document.QuerySelector("#date-day")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_interview_without_an_officer_or_a_readable_caseload_names_both()
    {
        var id = await web.DemoInspectionAsync();
        var lead = await web.SignInAsync("demo.lead");
        var response = await lead.PostFormAsync($"/inspections/{id}/domain-one/interviews/new", new() { ["officer"] = " ", ["caseload"] = "many" });

        Assert.Equal(200, response.Status);
        Assert.Equal(["Enter the officer's reference, for example RO-12 (never their name)", "Caseload must be a whole number, like 45"], response.ErrorSummary);
    }
}
