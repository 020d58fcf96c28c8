using Microsoft.AspNetCore.Authorization;
using Probity.Data.Users;

namespace Probity.Web.Security;

/// <summary>Which roles may open which groups of pages. Finer checks (a case's holder, a provider's reports) are in <see cref="CurrentUser"/>.</summary>
public static class Policies
{
    /// <summary>The inspection's working pages: overview, cases, domain one (read).</summary>
    public const string InspectionTeam = "inspection-team";

    /// <summary>Domain-one evidence and proposals, case assignment and quality assurance.</summary>
    public const string LeadInspector = "lead-inspector";

    /// <summary>The ratings panel's page (reading); recording decisions also needs <see cref="CurrentUser.MayDecideAtPanel"/>.</summary>
    public const string RatingsPanel = "ratings-panel";

    /// <summary>Users and their accounts.</summary>
    public const string Admin = "admin";

    /// <summary>National analysis.</summary>
    public const string Analysis = "analysis";

    public static void Register(AuthorizationOptions o)
    {
        // Every page needs a signed-in user unless it says otherwise (sign-in, error pages).
        o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        o.AddPolicy(InspectionTeam, p => p.RequireRole(Tokens(UserRole.Admin, UserRole.LeadInspector, UserRole.Inspector, UserRole.RatingsPanelMember)));
        o.AddPolicy(LeadInspector, p => p.RequireRole(Tokens(UserRole.Admin, UserRole.LeadInspector)));
        o.AddPolicy(RatingsPanel, p => p.RequireRole(Tokens(UserRole.Admin, UserRole.LeadInspector, UserRole.RatingsPanelMember)));
        o.AddPolicy(Admin, p => p.RequireRole(Tokens(UserRole.Admin)));
        o.AddPolicy(Analysis, p => p.RequireRole(Tokens(UserRole.Admin, UserRole.Analyst)));
    }

    private static string[] Tokens(params UserRole[] roles) => roles.Select(r => r.Token()).ToArray();
}
