using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>Every form post needs the anti-forgery token of the signed-in session; without it nothing is saved.</summary>
public sealed class AntiforgeryTests(WebFactory web) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task A_case_save_without_a_token_is_refused_and_saves_nothing()
    {
        var (path, before) = await MyCaseAsync(1);
        var session = await web.SignInAsync("demo.inspector");

        var response = await session.PostRawAsync(path, new() { ["action"] = "draft", ["version"] = before.Version.ToString(), ["answer[2.1.1]"] = "no" });

        Assert.Equal(400, response.Status);
        Assert.Contains("Your request could not be processed", response.Html);
        Assert.Equal(before.Version, (await web.Store.Cases.LoadAsync(before.InspectionId, before.CaseId)).Version);
    }

    [Fact]
    public async Task Another_sessions_token_is_refused()
    {
        var (path, before) = await MyCaseAsync(2);
        var attacker = await web.SignInAsync("demo.inspector2");
        var stolen = (await attacker.GetAsync("/")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var victim = await web.SignInAsync("demo.inspector");

        var response = await victim.PostRawAsync(path, new()
        {
            ["action"] = "draft", ["version"] = before.Version.ToString(), ["answer[2.1.1]"] = "no", ["__RequestVerificationToken"] = stolen,
        });

        Assert.Equal(400, response.Status);
        Assert.Equal(before.Version, (await web.Store.Cases.LoadAsync(before.InspectionId, before.CaseId)).Version);
    }

    [Fact]
    public async Task Sign_out_without_a_token_keeps_the_session()
    {
        var session = await web.SignInAsync("demo.lead");
        Assert.Equal(400, (await session.PostRawAsync("/sign-out", [])).Status);
        Assert.Equal(200, (await session.GetAsync("/")).Status);
    }

    [Fact]
    public async Task The_same_save_with_the_token_goes_through()
    {
        var (path, before) = await MyCaseAsync(3);
        var session = await web.SignInAsync("demo.inspector");
        var answers = before.Answers.Where(a => a.Key.StartsWith("2.1.", StringComparison.Ordinal))
            .ToDictionary(a => $"answer[{a.Key}]", a => a.Value.ToString() switch { "Yes" => "yes", "No" => "no", _ => "na" });

        var response = await session.PostFormAsync(path, new(answers) { ["action"] = "draft", ["version"] = before.Version.ToString() });

        Assert.Equal(302, response.Status);
        Assert.Equal(before.Version + 1, (await web.Store.Cases.LoadAsync(before.InspectionId, before.CaseId)).Version);
    }

    private async Task<(string Path, Data.Cases.CaseAssessment Before)> MyCaseAsync(int index)
    {
        var id = await web.AssessableDemoInspectionAsync();
        // Each test uses its own case of the inspector's, so their saves do not meet.
        var caseId = (await web.Store.Cases.AssignedToAsync("demo.inspector"))[index].CaseId;
        return ($"/inspections/{id}/cases/{caseId}/2.1", await web.Store.Cases.LoadAsync(id, caseId));
    }
}
