using Probity.Core.Datasets;
using Probity.Data.Inspections;
using Probity.Web.Security;

namespace Probity.Web.Pages.Inspections;

/// <summary>Who may open the pages about an inspection. Without <see cref="SeenByAttribute"/>, the inspection team.</summary>
public enum InspectionAudience
{
    /// <summary>Admins, lead inspectors, inspectors and ratings panel members.</summary>
    InspectionTeam,

    /// <summary>Admins, lead inspectors and ratings panel members.</summary>
    RatingsPanel,

    /// <summary>Admins and lead inspectors: the pages that change the inspection's evidence.</summary>
    Managers,

    /// <summary>The team at any stage; analysts and the provider's own contacts once published (the contacts: during factual accuracy too).</summary>
    ReportReaders,

    /// <summary>The team, and the provider's own contacts from the factual accuracy check on: comments and the action plan.</summary>
    TeamAndProvider,

    /// <summary>The provider's own contacts, from the factual accuracy check on: the pages where the provider answers.</summary>
    Provider,
}

/// <summary>Names the audience of a page about one inspection; <see cref="InspectionFilter"/> refuses anyone else with 403.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SeenByAttribute(InspectionAudience audience) : Attribute
{
    public InspectionAudience Audience => audience;

    public static bool Admits(InspectionAudience audience, CurrentUser me, InspectionSummary inspection) => audience switch
    {
        InspectionAudience.RatingsPanel => me.MaySeePanel,
        InspectionAudience.Managers => me.MayManageInspection,
        InspectionAudience.ReportReaders => me.MaySeeReport(inspection),
        InspectionAudience.TeamAndProvider => me.IsInspectionTeam || (me.IsContactOf(inspection) && inspection.Status >= InspectionStatus.FactualAccuracy),
        InspectionAudience.Provider => me.IsContactOf(inspection) && inspection.Status >= InspectionStatus.FactualAccuracy,
        _ => me.IsInspectionTeam,
    };

    /// <summary>What the 403 page says to someone outside <paramref name="audience"/>.</summary>
    public static string Refused(InspectionAudience audience) => audience switch
    {
        InspectionAudience.RatingsPanel => Refusal.OnlyPanel,
        InspectionAudience.Managers => Refusal.OnlyManagers,
        InspectionAudience.ReportReaders => Refusal.OnlyReportReaders,
        InspectionAudience.TeamAndProvider => Refusal.OnlyTeamAndProvider,
        InspectionAudience.Provider => Refusal.OnlyProvider,
        _ => Refusal.OnlyTeam,
    };
}
