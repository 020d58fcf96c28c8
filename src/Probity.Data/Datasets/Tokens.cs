using Probity.Core.Datasets;
using Probity.Core.Ratings;

namespace Probity.Data.Datasets;

/// <summary>The exchange format's tokens for values Core keeps as enums, both ways, for the columns that store them.</summary>
internal static class Tokens
{
    public static string Move(PanelMove m) => m == PanelMove.Up ? "up" : "down";
    public static PanelMove ParseMove(string s) => s == "up" ? PanelMove.Up : PanelMove.Down;

    public static string Basis(DecisionBasis b) => b == DecisionBasis.Discretion ? "discretion" : "unpaid-work-qualitative";
    public static DecisionBasis ParseBasis(string s) => s == "discretion" ? DecisionBasis.Discretion : DecisionBasis.UnpaidWorkQualitative;

    public static string Kind(PracticeKind k) => k == PracticeKind.Good ? "good" : "poor";
    public static PracticeKind ParseKind(string s) => s == "good" ? PracticeKind.Good : PracticeKind.Poor;

    public static Rating? ParseRating(string? token) =>
        token is null ? null : RatingNames.TryParseToken(token, out var r) ? r : throw new StoreException($"unknown rating \"{token}\" in the database");

    public static InspectionStatus ParseStatus(string token) =>
        InspectionStatusNames.TryParse(token, out var s) ? s : throw new StoreException($"unknown inspection status \"{token}\" in the database");

    public static RecommendationProgress? ParseProgress(string? token) =>
        token is null ? null : RecommendationProgressNames.TryParse(token, out var p) ? p : throw new StoreException($"unknown progress \"{token}\" in the database");

    public static MeetingKind ParseMeetingKind(string token) =>
        MeetingKindNames.TryParse(token, out var k) ? k : throw new StoreException($"unknown meeting kind \"{token}\" in the database");

    public static ProviderType ParseProviderType(string token) =>
        Enum.TryParse<ProviderType>(token, out var t) ? t : throw new StoreException($"unknown provider type \"{token}\" in the database");
}
