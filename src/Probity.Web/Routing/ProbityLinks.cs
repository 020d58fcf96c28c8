using System.Globalization;

namespace Probity.Web.Routing;

/// <summary>
/// Every address in the app, one method per page, made from the pages' own route templates: a redirect or a link names
/// the page and its values, never a hand-built path, so a template that changes changes every link to it.
/// </summary>
public sealed class ProbityLinks(LinkGenerator links)
{
    public string Home() => Page("/Index");
    public string SignIn() => Page("/SignIn");
    public string SignOut() => Page("/SignOut");

    public string Users(string? saved = null) => Page("/Admin/Users/Index", new { saved });
    public string NewUser() => Page("/Admin/Users/New");
    public string UserPassword(string userName) => Page("/Admin/Users/Password", new { userName });
    public string UserAccount(string userName, string? saved = null) => Page("/Admin/Users/Account", new { userName, saved });
    public string SecurityEvents() => Page("/Admin/SecurityEvents");
    public string ChangePassword() => Page("/Account/Password");
    public string YourSessions(string? done = null) => Page("/Account/Sessions", new { done });

    public string Providers(string? saved = null) => Page("/Admin/Providers/Index", new { saved });
    public string NewProvider() => Page("/Admin/Providers/New");
    public string Provider(long providerId) => Page("/Admin/Providers/Edit", new { providerId });

    public string NewInspection() => Page("/Inspections/Setup/New");
    public string InspectionTeam(long id, bool saved = false) => Page("/Inspections/Setup/Team", new { id, saved = saved ? "true" : null });

    public string Inspection(long id) => Page("/Inspections/Index", new { id });
    /// <summary>The ratings page, or with <paramref name="format"/> ("html", "pdf") the report itself.</summary>
    public string Report(long id, string? format = null) => Page("/Inspections/Report", new { id }, handler: format);
    public string Sampling(long id, long? drawn = null, string? done = null) => Page("/Inspections/Sampling/Index", new { id, drawn, done });
    public string SamplingCsv(long id, long drawn) => Page("/Inspections/Sampling/Index", new { id, drawn }, handler: "csv");
    public string SwapCase(long id, string caseId) => Page("/Inspections/Sampling/Swap", new { id, caseId });
    public string WithdrawCase(long id, string caseId) => Page("/Inspections/Sampling/Withdraw", new { id, caseId });
    public string AddCase(long id) => Page("/Inspections/Sampling/Add", new { id });
    public string MoveStage(long id, string to) => Page("/Inspections/Stage/Move", new { id, to });

    /// <summary>The report of a published version (<paramref name="version"/>: its number; null for the current text).</summary>
    public string ReportVersion(long id, string format, int? version) => Page("/Inspections/Report", new { id, version }, handler: format);
    /// <summary>One section of the report as HTML (<paramref name="anchor"/>: the section's anchor in the report).</summary>
    public string ReportSection(long id, string anchor) => Page("/Inspections/Report", new { id }, anchor, "html");
    public string StartFactualAccuracy(long id) => Page("/Inspections/FactualAccuracy/Start", new { id });
    public string FactualAccuracy(long id, string? done = null) => Page("/Inspections/FactualAccuracy/Index", new { id, done });
    public string FactualAccuracyComment(long id, long commentId) => Page("/Inspections/FactualAccuracy/Decide", new { id, commentId });
    public string Publish(long id) => Page("/Inspections/Publication/Publish", new { id });
    public string ConfirmPublication(long id, DateOnly on) => Page("/Inspections/Publication/Confirm", new { id, on = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    public string CorrectReport(long id, string? section = null) => Page("/Inspections/Publication/Correct", new { id, section });
    public string ActionPlan(long id, string? done = null) => Page("/Inspections/ActionPlan/Index", new { id, done });
    public string ActionPlanResponse(long id, int number) => Page("/Inspections/ActionPlan/Response", new { id, number });
    public string CaseReopen(long id, string caseId) => Page("/Inspections/Cases/Reopen", new { id, caseId });

    /// <summary>The checks before publication; after an override, <paramref name="done"/> chooses the banner.</summary>
    public string Checks(long id, string? done = null) => Page("/Inspections/Checks/Index", new { id, done });
    public string CheckOverride(long id, string finding) => Page("/Inspections/Checks/Override", new { id, finding });

    public string Cases(long id) => Page("/Inspections/Cases/Index", new { id });
    public string Cases(long id, Pages.Inspections.Cases.CaseListFilter filter, int? assigned = null, string? handler = null) =>
        Page("/Inspections/Cases/Index", new { id, status = Blank(filter.Status), inspector = Blank(filter.Inspector), sample = Blank(filter.Sample), sort = Blank(filter.Sort), assigned },
            handler: handler);
    public string Case(long id, string caseId) => Page("/Inspections/Cases/Section", new { id, caseId });
    public string CaseSection(long id, string caseId, string standard, bool saved = false, string? field = null) =>
        Page("/Inspections/Cases/Section", new { id, caseId, standard, saved = saved ? "true" : null }, field);
    public string CaseCheck(long id, string caseId, string? done = null) => Page("/Inspections/Cases/Check", new { id, caseId, done });
    public string CaseAssign(long id, string caseId) => Page("/Inspections/Cases/Assign", new { id, caseId });
    public string CaseEraseText(long id, string caseId, bool erased = false) => Page("/Inspections/Cases/Erasure/EraseText", new { id, caseId, erased = erased ? "true" : null });

    /// <summary>The domain-one page; after a change, <paramref name="done"/> and <paramref name="record"/> choose its banner.</summary>
    public string DomainOne(long id, string? done = null, string? record = null) => Page("/Inspections/DomainOne/Index", new { id, done, record });
    public string Proposal(long id, string standard) => Page("/Inspections/DomainOne/Proposal", new { id, standard });
    public string NewInterview(long id) => Page("/Inspections/DomainOne/NewInterview", new { id });
    public string Interview(long id, string officer) => Page("/Inspections/DomainOne/Interview", new { id, officer });
    public string RemoveInterview(long id, string officer) => Page("/Inspections/DomainOne/RemoveInterview", new { id, officer });
    public string NewMeeting(long id) => Page("/Inspections/DomainOne/NewMeeting", new { id });
    public string Meeting(long id, long meeting) => Page("/Inspections/DomainOne/Meeting", new { id, meeting });
    public string RemoveMeeting(long id, long meeting) => Page("/Inspections/DomainOne/RemoveMeeting", new { id, meeting });
    public string KeyData(long id, string table) => Page("/Inspections/DomainOne/KeyData", new { id, table });
    public string ContextualFacts(long id) => Page("/Inspections/DomainOne/ContextualFacts", new { id });

    /// <summary>The ratings panel; <paramref name="standard"/> scrolls to that standard's row.</summary>
    public string Panel(long id, string? recorded = null, string? standard = null) =>
        Page("/Inspections/Panel/Index", new { id, recorded }, standard is null ? null : $"standard-{standard}");
    public string PanelJudgement(long id, string standard) => Page("/Inspections/Panel/Judgement", new { id, standard });
    public string PanelDecision(long id, string standard) => Page("/Inspections/Panel/Decision", new { id, standard });

    /// <summary>"Write the report": every text block; after a save, <paramref name="saved"/> names the block for the banner.</summary>
    public string Writing(long id, string? saved = null) => Page("/Inspections/Writing/Index", new { id, saved });

    /// <summary>One text block's page (its narrative key's colons become the path's slashes); "preview" shows its section.</summary>
    public string WriteBlock(long id, string key, string? handler = null) => Page("/Inspections/Writing/Block", new { id, block = key.Replace(':', '/') }, handler: handler);

    /// <summary>The recommendations; after a change, <paramref name="done"/> chooses the banner.</summary>
    public string Recommendations(long id, string? done = null) => Page("/Inspections/Recommendations/Index", new { id, done });
    public string NewRecommendation(long id) => Page("/Inspections/Recommendations/Edit", new { id, number = "new" });
    public string EditRecommendation(long id, int number) => Page("/Inspections/Recommendations/Edit", new { id, number = number.ToString(CultureInfo.InvariantCulture) });
    public string PreviousRecommendation(long id, int number) => Page("/Inspections/Recommendations/Previous", new { id, number });

    public string Reviews() => Page("/Reviews/Index");
    public string NewReview() => Page("/Reviews/New");
    public string Review(long reviewId) => Page("/Reviews/Review", new { reviewId });
    /// <summary>The review's letter: <paramref name="format"/> "html" or "pdf".</summary>
    public string ReviewLetter(long reviewId, string format) => Page("/Reviews/Review", new { reviewId }, handler: format);
    public string ReviewText(long reviewId, string part) => Page("/Reviews/Text", new { reviewId, part });
    public string ReviewDetails(long reviewId) => Page("/Reviews/Details", new { reviewId });
    public string ReviewLinkPdu(long reviewId) => Page("/Reviews/LinkPdu", new { reviewId });
    public string ReviewNewFinding(long reviewId, int area) => Page("/Reviews/NewFinding", new { reviewId, area });

    public string Analysis() => Page("/Analysis/Index");

    /// <summary>One analysis, or with <paramref name="download"/> ("csv", "json") its files. The scope's query string follows.</summary>
    public string Analysis(string name, string? download = null) => Page("/Analysis/Show", new { name }, handler: download);

    /// <summary>Any question of the answers, or with <paramref name="download"/> ("csv", "json") its files; the question's query string follows.</summary>
    public string Explore(string? download = null) => Page("/Analysis/Explore", handler: download);

    public string Comparator(string? download = null) => Page("/Analysis/Comparator", handler: download);

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private string Page(string page, object? values = null, string? fragment = null, string? handler = null) =>
        links.GetPathByPage(page, handler, values, fragment: fragment is null ? default : new FragmentString("#" + fragment))
        ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No route to {page} with {values}"));
}
