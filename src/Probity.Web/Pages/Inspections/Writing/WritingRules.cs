using Probity.Core.Datasets;
using Probity.Web.Security;

namespace Probity.Web.Pages.Inspections.Writing;

/// <summary>
/// When the report's words and recommendations may change: the team writes once the panel has ratified the ratings
/// (drafting); in factual accuracy only the lead inspector (or an admin) changes them, to answer the provider's comments.
/// </summary>
public static class WritingRules
{
    /// <summary>Why <paramref name="me"/> may not change the text now, or null when they may.</summary>
    public static string? WhyNotWrite(CurrentUser me, InspectionStatus stage) => stage switch
    {
        < InspectionStatus.Drafting => $"The report is written once the ratings panel has ratified the ratings: this inspection is at {stage.DisplayName().ToLowerInvariant()}.",
        InspectionStatus.Drafting => me.IsInspectionTeam ? null : Refusal.OnlyTeam,
        InspectionStatus.FactualAccuracy => me.MayManageInspection ? null
            : "In factual accuracy only the lead inspector or an admin changes the report's text, to answer the provider's comments.",
        _ => "This inspection is published: its text can no longer change here.",
    };

    /// <summary>Why <paramref name="me"/> may not change the recommendations now (the lead inspector's and admins' work), or null.</summary>
    public static string? WhyNotRecommend(CurrentUser me, InspectionStatus stage) =>
        !me.MayManageInspection ? Refusal.OnlyManagers : WhyNotWrite(me, stage);
}
