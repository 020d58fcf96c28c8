using Microsoft.AspNetCore.Authorization;
using Probity.Data.Users;

namespace Probity.Web.Security;

/// <summary>
/// The page-level rules: every page needs a signed-in user, and two folders need a role. The inspection pages decide in
/// <c>MaySee</c> from <see cref="CurrentUser"/>, because their answer also depends on the record (a case's holder, a
/// provider's published reports).
/// </summary>
public static class Policies
{
    /// <summary>Users and their accounts.</summary>
    public const string Admin = "admin";

    /// <summary>National analysis.</summary>
    public const string Analysis = "analysis";

    /// <summary>The national comparator: analysts and admins pool it; lead inspectors pool it to put it on their inspection.</summary>
    public const string Comparator = "comparator";

    /// <summary>Starting a new inspection: lead inspectors and admins.</summary>
    public const string SetUpInspections = "set-up-inspections";

    public static void Register(AuthorizationOptions o)
    {
        // Every page needs a signed-in user unless it says otherwise (sign-in, sign-out, error pages).
        o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        o.AddPolicy(Admin, p => p.RequireRole(UserRole.Admin.Token()));
        o.AddPolicy(Analysis, p => p.RequireRole(UserRole.Admin.Token(), UserRole.Analyst.Token()));
        o.AddPolicy(SetUpInspections, p => p.RequireRole(UserRole.Admin.Token(), UserRole.LeadInspector.Token()));
        o.AddPolicy(Comparator, p => p.RequireRole(UserRole.Admin.Token(), UserRole.Analyst.Token(), UserRole.LeadInspector.Token()));
    }
}
