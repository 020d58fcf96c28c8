using System.Text.RegularExpressions;
using Probity.Core.Rules;

namespace Probity.Core.Text;

/// <summary>R21: "significant", "significantly" or "statistically significant" about a change in data only where R20 passed.</summary>
public static partial class SignificanceWording
{
    /// <summary>The uses of the word in a text, as written ("significant", "significantly").</summary>
    public static IReadOnlyList<string> Uses(string? text) =>
        string.IsNullOrEmpty(text) ? [] : SignificantWord().Matches(text).Select(m => m.Value).ToList();

    /// <summary>
    /// Whether a text may say "significant" about the figures it discusses: it may when it does not use the word, or when
    /// at least one of the comparisons it can refer to passed the z-test.
    /// </summary>
    public static bool IsAllowed(string? text, IEnumerable<Comparison> comparisons) =>
        Uses(text).Count == 0 || comparisons.Any(c => c.Significant);

    [GeneratedRegex(@"\bsignificant(ly)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignificantWord();
}
