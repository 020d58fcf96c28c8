namespace Probity.Data.ActionPlans;

/// <summary>The provider's answer to a recommendation (the annual report counts recommendations by these).</summary>
public enum PlanResponse { Agreed, PartiallyAgreed, NotAgreed }

public static class PlanResponseNames
{
    public static IReadOnlyList<PlanResponse> All { get; } = [PlanResponse.Agreed, PlanResponse.PartiallyAgreed, PlanResponse.NotAgreed];

    public static string Token(this PlanResponse response) => response switch
    {
        PlanResponse.Agreed => "agreed",
        PlanResponse.PartiallyAgreed => "partially-agreed",
        _ => "not-agreed",
    };

    public static string DisplayName(this PlanResponse response) => response switch
    {
        PlanResponse.Agreed => "Agreed",
        PlanResponse.PartiallyAgreed => "Partially agreed",
        _ => "Not agreed",
    };

    public static PlanResponse? Parse(string? token) => All.Cast<PlanResponse?>().FirstOrDefault(r => r!.Value.Token() == token);
}

/// <summary>The provider's plan for one recommendation: its answer, the actions, who owns them and by when.</summary>
public sealed record ActionPlanEntry(int Recommendation, PlanResponse Response, string Actions, string Owner, DateOnly? TargetDate);

public sealed record StoredActionPlanEntry(ActionPlanEntry Entry, int Version);

/// <summary>A recommendation of a published inspection with the provider's plan for it, if recorded yet.</summary>
public sealed record PlannedRecommendation(int Number, string Text, string? Addressee, StoredActionPlanEntry? Plan);
