using System.Globalization;
using System.Security.Claims;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Inspections;
using Probity.Data.Users;

namespace Probity.Web.Security;

/// <summary>The signed-in user as the pages need them: who they are, and what their roles let them do.</summary>
public sealed class CurrentUser(ClaimsPrincipal principal)
{
    public const string DisplayNameClaim = "probity:display-name";
    public const string ProviderClaim = "probity:provider";
    public const string VersionClaim = "probity:user-version";

    public string UserName { get; } = principal.Identity?.Name ?? "";
    public string DisplayName { get; } = principal.FindFirstValue(DisplayNameClaim) ?? principal.Identity?.Name ?? "";
    public long? ProviderId { get; } = long.TryParse(principal.FindFirstValue(ProviderClaim), CultureInfo.InvariantCulture, out var p) ? p : null;
    public bool IsSignedIn { get; } = principal.Identity?.IsAuthenticated == true;

    /// <summary>What the audit log records for this user's changes.</summary>
    public Actor Actor => new(UserName);

    public bool Is(UserRole role) => principal.IsInRole(role.Token());
    public bool IsAny(params UserRole[] roles) => roles.Any(Is);

    public bool IsInspectionTeam => IsAny(UserRole.Admin, UserRole.LeadInspector, UserRole.Inspector, UserRole.RatingsPanelMember);
    public bool MayManageInspection => IsAny(UserRole.Admin, UserRole.LeadInspector);
    public bool MayDecideAtPanel => IsAny(UserRole.Admin, UserRole.RatingsPanelMember);
    public bool MaySeePanel => IsAny(UserRole.Admin, UserRole.LeadInspector, UserRole.RatingsPanelMember);

    /// <summary>
    /// Whether the user sees <paramref name="inspection"/> without asking who is on its team: admins see every inspection,
    /// everyone signed in a published one; a draft is otherwise for its team only (<c>InspectionTeamStore.MayViewAsync</c>).
    /// </summary>
    public bool SeesEveryInspection(InspectionSummary inspection) => Is(UserRole.Admin) || inspection.Status == InspectionStatus.Published;

    /// <summary>Lead inspectors (and admins) work on any case; an inspector only on the cases assigned to them.</summary>
    public bool MayEditCase(string? assignedTo) => MayManageInspection || (Is(UserRole.Inspector) && assignedTo == UserName);

    /// <summary>
    /// The team sees every stage; analysts see published work; a provider contact only their own provider's reports: the
    /// draft during its factual accuracy check, then the published report.
    /// </summary>
    public bool MaySeeReport(InspectionSummary inspection) =>
        IsInspectionTeam
        || (inspection.Status == InspectionStatus.Published && (Is(UserRole.Analyst) || IsContactOf(inspection)))
        || ChecksFactualAccuracy(inspection);

    /// <summary>A provider contact of the provider <paramref name="inspection"/> is about (one provider may have several).</summary>
    public bool IsContactOf(InspectionSummary inspection) => Is(UserRole.ProviderContact) && ProviderId == inspection.ProviderId;

    /// <summary>The provider's contacts see the draft, and nothing else of the inspection, while it is out for its factual accuracy check.</summary>
    public bool ChecksFactualAccuracy(InspectionSummary inspection) => inspection.Status == InspectionStatus.FactualAccuracy && IsContactOf(inspection);

    public static IEnumerable<Claim> ClaimsOf(UserAccount user)
    {
        yield return new Claim(ClaimTypes.Name, user.UserName);
        yield return new Claim(DisplayNameClaim, user.DisplayName);
        foreach (var role in user.Roles) yield return new Claim(ClaimTypes.Role, role.Token());
        if (user.ProviderId is { } provider) yield return new Claim(ProviderClaim, provider.ToString(CultureInfo.InvariantCulture));
        yield return new Claim(VersionClaim, user.Version.ToString(CultureInfo.InvariantCulture));
    }
}
