using Probity.Core.Text;

namespace Probity.Core.Ratings;

/// <summary>The inspectorate's four-point rating scale (spec §1.5). Order matters: higher is better.</summary>
public enum Rating
{
    Inadequate = 0,
    RequiresImprovement = 1,
    Good = 2,
    Outstanding = 3,
}

public static class RatingNames
{
    private static readonly string[] Displays = ["Inadequate", "Requires improvement", "Good", "Outstanding"];

    public static IReadOnlyList<string> AllTokens => ExchangeTokens.Ratings.Tokens;

    /// <summary>The exchange-format token, e.g. <c>requires-improvement</c>.</summary>
    public static string Token(this Rating rating) => ExchangeTokens.Ratings.Token(rating);

    /// <summary>The printed name, e.g. "Requires improvement".</summary>
    public static string DisplayName(this Rating rating) => Displays[(int)rating];

    public static bool TryParseToken(string? token, out Rating rating) => ExchangeTokens.Ratings.TryParse(token, out rating);

    /// <summary>Reads a printed rating; the 2019 report prints "Requires Improvement" once, so case is ignored (spec §1.5).</summary>
    public static bool TryParseDisplay(string? text, out Rating rating)
    {
        var i = Array.FindIndex(Displays, d => string.Equals(d, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        rating = i < 0 ? default : (Rating)i;
        return i >= 0;
    }
}
