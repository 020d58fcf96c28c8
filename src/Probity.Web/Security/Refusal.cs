using Microsoft.AspNetCore.Mvc;

namespace Probity.Web.Security;

/// <summary>
/// A 403 that says what was refused: the filter or page that turns someone away leaves its reason on the request, and the
/// error page (re-executed on the same request) shows it instead of a general message.
/// </summary>
public static class Refusal
{
    private const string Key = "probity:refusal";

    public static ForbidResult Forbid(HttpContext http, string reason)
    {
        http.Items[Key] = reason;
        return new ForbidResult();
    }

    /// <summary>Why the request was refused, when whoever refused it said.</summary>
    public static string? ReasonOf(HttpContext http) => http.Items.TryGetValue(Key, out var reason) ? reason as string : null;

    public const string NotInTeam = "You are not in the team for this inspection. The lead inspector or an admin can add you to it.";
    public const string NotPublished = "This inspection is not published yet. Its report can be read here once it is.";
    public const string OnlyReportReaders =
        "Until it is published, an inspection is for its team only; once published, its report is for analysts and the provider it is about.";
    public const string OnlyTeamAndProvider =
        "This page is for the inspection team and, once the draft report goes to the provider for its factual accuracy check, the provider's own contacts.";
    public const string OnlyProvider = "Only the contacts of the provider the inspection is about answer here, once the draft report has gone to them.";
    public const string OnlyManagers = "Only the inspection's lead inspector or an admin can do this.";
    public const string OnlyPanel = "Only the ratings panel, lead inspectors and admins can open the panel's pages.";
    public const string OnlyTeam = "Only the inspection team can open this page.";
    public const string NotYourCase = "This case is assigned to another inspector: only they, lead inspectors and admins can work on it.";
}
