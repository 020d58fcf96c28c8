using System.Text.RegularExpressions;

namespace Probity.Reports.Checks;

/// <summary>A block cut into sentences (and bullet lines), so a check reads each claim with only the words around it.</summary>
internal static partial class Sentences
{
    public static IEnumerable<string> Of(string text) =>
        text.Split('\n').Select(l => l.Trim().TrimStart('-', ' ')).Where(l => l.Length > 0)
            .SelectMany(l => Boundary().Split(l)).Where(s => s.Length > 0);

    // A full stop before a capital starts a new sentence; "(48 per cent)." and "e.g. this" do not split mid-thought.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z'‘""“])", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    /// <summary>
    /// Words that place a sentence in the past ("in 2018", "a year ago", "the previous inspection"): a rating it names is
    /// then an old one, not a claim about the current rating.
    /// </summary>
    public static bool IsAboutThePast(string sentence) => Past().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\bprevious(?:ly)?\b|\ba year ago\b|\blast (?:inspection|year|time)\b|\bfirst round\b|\bround one\b|\bearlier inspection\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Past();
}
