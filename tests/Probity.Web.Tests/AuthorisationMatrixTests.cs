using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// Role × page: every page answers each role as the server decides, whatever links the pages show. Paths name the demo
/// inspection ({id}), a case assigned to demo.inspector ({mine}) and one assigned to demo.inspector2 ({theirs}), and
/// the demo's first interview record ({officer}) and meeting ({meeting}), and the demo inspection's provider ({provider}).
/// The last column, demo.outsider, is an inspector on no team: refused every page of the demo inspection (a draft), and
/// otherwise answered as an inspector.
/// </summary>
public sealed class AuthorisationMatrixTests(WebFactory web) : IClassFixture<WebFactory>
{
    private static readonly string[] Users = ["demo.admin", "demo.lead", "demo.inspector", "demo.panel", "demo.analyst", "demo.provider"];

    // Expected status for: admin, lead inspector, inspector, ratings panel member, analyst, provider contact.
    private static readonly (string Path, int[] Expected)[] Matrix =
    [
        ("/", [200, 200, 200, 200, 200, 200]),
        ("/inspections/{id}", [200, 200, 200, 200, 403, 403]),
        ("/inspections/{id}/cases", [200, 200, 200, 200, 403, 403]),
        ("/inspections/{id}/cases?status=completed&inspector=none&sample=unpaid-work&sort=status", [200, 200, 200, 200, 403, 403]),
        ("/inspections/{id}/sampling", [200, 200, 200, 200, 403, 403]),
        ("/inspections/{id}/sampling/cases/{mine}/swap", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/sampling/cases/{mine}/withdraw", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/sampling/add", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/stage/quality-assurance", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/cases/{mine}/reopen", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/cases/{mine}/2.1", [200, 200, 200, 403, 403, 403]),
        ("/inspections/{id}/cases/{theirs}/2.1", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/cases/{theirs}/check", [200, 200, 403, 200, 403, 403]),
        ("/inspections/{id}/cases/{mine}/assign", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/cases/{mine}/erase", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/domain-one", [200, 200, 403, 200, 403, 403]),
        ("/inspections/{id}/domain-one/1.1", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/domain-one/interviews/new", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/domain-one/meetings/new", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/domain-one/interviews/{officer}", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/domain-one/interviews/{officer}/remove", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/domain-one/meetings/{meeting}", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/domain-one/meetings/{meeting}/remove", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/domain-one/key-data/kd-1.2-staffing", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/domain-one/contextual-facts", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/panel", [200, 200, 403, 200, 403, 403]),
        ("/inspections/{id}/panel/standards/2.4", [200, 200, 403, 200, 403, 403]),
        ("/inspections/{id}/panel/judgements/1.1", [200, 200, 403, 200, 403, 403]),
        ("/inspections/{id}/report", [200, 200, 200, 200, 403, 403]),
        ("/inspections/{id}/writing", [200, 200, 200, 200, 403, 403]),
        ("/inspections/{id}/writing/standard/2.1", [200, 200, 200, 200, 403, 403]),
        ("/inspections/{id}/writing/executive-summary/4.1/strengths", [200, 200, 200, 200, 403, 403]),
        ("/inspections/{id}/recommendations", [200, 200, 200, 200, 403, 403]),
        ("/inspections/{id}/recommendations/new", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/recommendations/1", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/recommendations/previous/1", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/factual-accuracy", [200, 200, 200, 200, 403, 403]),
        ("/inspections/{id}/factual-accuracy/start", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/publish", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/publish/confirm?on=2020-02-12", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/publish/correct", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/action-plan", [200, 200, 200, 200, 403, 403]),
        // The provider's own contacts answer, once published; the demo inspection is at the ratings panel.
        ("/inspections/{id}/action-plan/1", [403, 403, 403, 403, 403, 403]),
        ("/inspections/{id}/checks", [200, 200, 200, 200, 403, 403]),
        ("/inspections/{id}/checks/override?finding={finding}", [200, 200, 403, 403, 403, 403]),
        ("/analysis", [200, 403, 403, 403, 200, 403]),
        ("/admin/users", [200, 403, 403, 403, 403, 403]),
        ("/admin/users/new", [200, 403, 403, 403, 403, 403]),
        ("/admin/users/demo.lead/password", [200, 403, 403, 403, 403, 403]),
        ("/admin/users/demo.lead", [200, 403, 403, 403, 403, 403]),
        ("/admin/security-events", [200, 403, 403, 403, 403, 403]),
        ("/admin/security-events?user=demo.lead&kind=signed-in&from=2020-01-01&to=2099-12-31", [200, 403, 403, 403, 403, 403]),
        ("/account/password", [200, 200, 200, 200, 200, 200]),
        ("/account/sessions", [200, 200, 200, 200, 200, 200]),
        ("/admin/providers", [200, 403, 403, 403, 403, 403]),
        ("/admin/providers/new", [200, 403, 403, 403, 403, 403]),
        ("/admin/providers/{provider}", [200, 403, 403, 403, 403, 403]),
        ("/inspections/new", [200, 200, 403, 403, 403, 403]),
        ("/inspections/{id}/team", [200, 200, 403, 403, 403, 403]),
        ("/analysis?year=2019%2F20", [200, 403, 403, 403, 200, 403]),
        ("/analysis/ratings", [200, 403, 403, 403, 200, 403]),
        ("/analysis/explore?measure=2.1.3&by=sex", [200, 403, 403, 403, 200, 403]),
        ("/analysis/explore/csv?measure=2.1.3", [200, 403, 403, 403, 200, 403]),
        ("/analysis/national/json", [200, 403, 403, 403, 200, 403]),
        ("/analysis/cases/csv?table=cases", [200, 403, 403, 403, 200, 403]),
        ("/reviews", [200, 200, 403, 403, 403, 403]),
        ("/reviews/new", [200, 200, 403, 403, 403, 403]),
        ("/analysis/comparator?framework=hmip-crc-2019", [200, 200, 403, 403, 200, 403]),
        ("/analysis/comparator/json?framework=hmip-crc-2019", [200, 200, 403, 403, 200, 403]),
    ];

    private const string Outsider = "demo.outsider";

    /// <summary>The "not in the team" column: 403 on every page of the draft demo inspection, elsewhere as an inspector.</summary>
    private static int OutsiderExpected(string path, int[] expected) =>
        path.StartsWith("/inspections/{id}", StringComparison.Ordinal) ? 403 : expected[Array.IndexOf(Users, "demo.inspector")];

    public static TheoryData<string, string, int> Cells()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (path, expected) in Matrix)
        {
            for (var u = 0; u < Users.Length; u++) data.Add(path, Users[u], expected[u]);
            data.Add(path, Outsider, OutsiderExpected(path, expected));
        }
        return data;
    }

    public static TheoryData<string> Paths() => new(Matrix.Select(m => m.Path));

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_role_gets_what_the_server_allows(string path, string user, int expected)
    {
        var session = await web.SignInAsync(user);
        var response = await session.GetAsync(await ResolveAsync(path));
        Assert.True(expected == response.Status, $"{user} GET {path}: expected {expected}, got {response.Status}");
        if (expected == 403) Assert.Contains("You do not have access to this page", response.Html);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Nobody_signed_out_sees_a_page(string path)
    {
        var response = await web.Anonymous().GetAsync(await ResolveAsync(path));
        Assert.Equal(302, response.Status);
        Assert.StartsWith("http://localhost/sign-in?ReturnUrl=", response.Location);
    }

    [Fact]
    public async Task The_403_page_says_what_was_refused()
    {
        var outsider = await (await web.SignInAsync(Outsider)).GetAsync(await ResolveAsync("/inspections/{id}"));
        var inspector = await web.SignInAsync("demo.inspector");
        var panel = await inspector.GetAsync(await ResolveAsync("/inspections/{id}/panel"));
        var theirs = await inspector.GetAsync(await ResolveAsync("/inspections/{id}/cases/{theirs}/2.1"));

        Assert.Contains("You are not in the team for this inspection", outsider.Html);
        Assert.Contains("Only the ratings panel, lead inspectors and admins", panel.Html);
        Assert.Contains("This case is assigned to another inspector", theirs.Html);
        Assert.DoesNotContain("not in the team", theirs.Html);
    }

    [Fact]
    public async Task An_inspector_cannot_save_a_case_assigned_to_someone_else()
    {
        var theirs = await ResolveAsync("/inspections/{id}/cases/{theirs}/2.1");
        var mine = await ResolveAsync("/inspections/{id}/cases/{mine}/2.1");
        var session = await web.SignInAsync("demo.inspector");
        var before = await web.Store.Cases.LoadAsync(await web.DemoInspectionAsync(), await web.FirstCaseOfAsync("demo.inspector2"));

        // A valid token (from the inspector's own case form) does not make the other inspector's case theirs.
        var response = await session.PostFormAsync(theirs, new() { ["action"] = "draft", ["version"] = before.Version.ToString(), ["answer[2.1.1]"] = "no" }, formPage: mine);

        Assert.Equal(403, response.Status);
        var after = await web.Store.Cases.LoadAsync(before.InspectionId, before.CaseId);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Assigning_a_case_changes_who_may_open_it_and_the_audit_log_names_the_lead()
    {
        using var own = new WebFactory();
        var id = await own.DemoInspectionAsync();
        var caseId = await own.FirstCaseOfAsync("demo.inspector");
        var lead = await own.SignInAsync("demo.lead");

        var response = await lead.PostFormAsync($"/inspections/{id}/cases/{caseId}/assign", new() { ["holder"] = "demo.inspector2" });

        Assert.Equal(302, response.Status);
        Assert.Equal(403, (await (await own.SignInAsync("demo.inspector")).GetAsync($"/inspections/{id}/cases/{caseId}/2.1")).Status);
        Assert.Equal(200, (await (await own.SignInAsync("demo.inspector2")).GetAsync($"/inspections/{id}/cases/{caseId}/2.1")).Status);
        Assert.Equal("demo.lead", (await own.Store.Audit.ForRecordAsync(id, "case", caseId)).Last().UserName);
        var refused = await lead.PostFormAsync($"/inspections/{id}/cases/{caseId}/assign", new() { ["holder"] = "demo.analyst" });
        Assert.Equal(["Select who holds the case, or not assigned"], refused.ErrorSummary);
    }

    [Fact]
    public async Task A_lead_inspector_sees_the_panel_but_cannot_record_a_decision()
    {
        var path = await ResolveAsync("/inspections/{id}/panel/standards/2.4");
        var session = await web.SignInAsync("demo.lead");
        var response = await session.PostFormAsync(path, new() { ["move"] = "up", ["basis"] = "discretion", ["rationale"] = "close to the boundary" });
        Assert.Equal(403, response.Status);
        Assert.Empty(await web.Store.Panel.ListAsync(await web.DemoInspectionAsync()));
    }

    [Fact]
    public async Task An_unknown_inspection_or_case_is_a_404_page()
    {
        var session = await web.SignInAsync("demo.lead");
        foreach (var path in new[] { "/inspections/999999", "/inspections/{id}/cases/NO-SUCH-CASE/check", "/inspections/{id}/panel/standards/9.9", "/no-such-page" })
        {
            var response = await session.GetAsync(await ResolveAsync(path));
            Assert.Equal(404, response.Status);
            Assert.Contains("Page not found", response.Html);
        }
    }

    private async Task<string> ResolveAsync(string path)
    {
        path = path
            .Replace("{id}", (await web.DemoInspectionAsync()).ToString())
            .Replace("{mine}", await web.FirstCaseOfAsync("demo.inspector"))
            .Replace("{theirs}", await web.FirstCaseOfAsync("demo.inspector2"));
        if (path.Contains("{provider}")) path = path.Replace("{provider}", $"{(await web.Store.Inspections.GetAsync(await web.DemoInspectionAsync())).ProviderId}");
        if (path.Contains("{officer}")) path = path.Replace("{officer}", (await DomainOneAsync()).Interviews[0].Interview.OfficerId);
        if (path.Contains("{meeting}")) path = path.Replace("{meeting}", $"{await MeetingAsync()}");
        if (path.Contains("{finding}"))
            path = path.Replace("{finding}", Uri.EscapeDataString((await web.Store.Checks.LoadAsync(await web.DemoInspectionAsync(), default)).Unresolved[0].Key));
        return path;
    }

    private async Task<Data.DomainOne.DomainOneEvidence> DomainOneAsync() => await web.Store.DomainOne.GetAsync(await web.DemoInspectionAsync());

    /// <summary>The demo's first meeting: the demo dataset has none, so the first row that needs one adds it.</summary>
    private async Task<long> MeetingAsync() => (await DomainOneAsync()).Meetings.FirstOrDefault()?.Id
        ?? await web.Store.DomainOne.AddMeetingAsync(await web.DemoInspectionAsync(),
            new Core.Datasets.Meeting(Core.Datasets.MeetingKind.Stakeholders, "Police and council"), new Data.Actor("test"));
}
