using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Text;

namespace Probity.Data.Datasets;

/// <summary>
/// The exchange format's tokens in the columns that store enum values: written from and read back through Core's one
/// registry (<see cref="ExchangeTokens"/>). A value the registry does not know is refused, never read as some default.
/// </summary>
internal static class StoredTokens
{
    public static string Move(PanelMove move) => ExchangeTokens.Moves.Token(move);
    public static PanelMove ParseMove(string token) => Parse(ExchangeTokens.Moves, token, "panel move");

    public static string Basis(DecisionBasis basis) => ExchangeTokens.Bases.Token(basis);
    public static DecisionBasis ParseBasis(string token) => Parse(ExchangeTokens.Bases, token, "decision basis");

    public static string Kind(PracticeKind kind) => ExchangeTokens.PracticeKinds.Token(kind);
    public static PracticeKind ParseKind(string token) => Parse(ExchangeTokens.PracticeKinds, token, "practice example kind");

    public static Rating? ParseRating(string? token) => token is null ? null : Parse(ExchangeTokens.Ratings, token, "rating");

    public static InspectionStatus ParseStatus(string token) => Parse(ExchangeTokens.Statuses, token, "inspection status");

    public static RecommendationProgress? ParseProgress(string? token) => token is null ? null : Parse(ExchangeTokens.Progress, token, "progress");

    public static MeetingKind ParseMeetingKind(string token) => Parse(ExchangeTokens.MeetingKinds, token, "meeting kind");

    public static ProviderType ParseProviderType(string token) =>
        Enum.TryParse<ProviderType>(token, out var type) ? type : throw new StoreException($"unknown provider type \"{token}\" in the database");

    /// <summary>The value of a stored token, or a <see cref="StoreException"/> naming what was expected.</summary>
    public static T Parse<T>(TokenMap<T> tokens, string token, string what) where T : struct, Enum =>
        tokens.TryParse(token, out var value) ? value : throw new StoreException($"the database holds \"{token}\" as a {what}, which is not one of {tokens.List}");
}
