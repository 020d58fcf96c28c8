using System.Text.RegularExpressions;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Reports.Checks;

/// <summary>
/// Ratings named in the text against the ratings as they stand: a quoted rating word about a standard, and a count of
/// standards at a rating ("five out of the ten standards … 'Good'").
/// </summary>
internal static partial class RatingWordChecks
{
    public static IEnumerable<CheckFinding> Words(FrameworkVersion framework, InspectionRating rating, string section, string text)
    {
        var own = StandardOf(framework, section);
        foreach (var sentence in Sentences.Of(text))
        {
            if (Sentences.IsAboutThePast(sentence)) continue;
            foreach (Match m in RatingWord().Matches(sentence))
            {
                // "fell short of the 'Good' threshold" names a band, not a rating.
                if (BandNotRating().IsMatch(sentence[(m.Index + m.Length)..])) continue;
                var said = m.Groups["rating"].Value;
                List<Standard> about = own is not null ? [own] : StandardsNamedIn(framework, sentence);
                foreach (var standard in about)
                {
                    if (rating.Standard(standard.Id) is not { Status: StandardStatus.Rated, Rating: { } current }) continue;
                    if (string.Equals(current.DisplayName(), said, StringComparison.OrdinalIgnoreCase)) continue;
                    yield return new CheckFinding(CheckKind.RatingWord, section, BlockNames.Of(framework, section), m.Value,
                        $"standard {standard.Id} {standard.Name} is now rated '{current.DisplayName()}'");
                }
            }
        }
    }

    public static IEnumerable<CheckFinding> Counts(FrameworkVersion framework, InspectionRating rating, string section, string text)
    {
        foreach (var sentence in Sentences.Of(text))
        {
            if (Sentences.IsAboutThePast(sentence)) continue;
            foreach (Match m in CountOfStandards().Matches(sentence))
            {
                if (Number(m.Groups["count"].Value) is not { } count) continue;
                var said = m.Groups["rating"].Value;
                var actual = rating.Standards.Count(s => s.Status == StandardStatus.Rated
                    && string.Equals(s.Rating?.DisplayName(), said, StringComparison.OrdinalIgnoreCase));
                var total = m.Groups["total"].Success ? Number(m.Groups["total"].Value) : null;
                var standards = framework.Standards.Count();
                string? problem = null;
                if (count != actual) problem = $"{Core.Text.NumberWords.Of(actual)} standard{(actual == 1 ? " is" : "s are")} now rated '{Said(said)}'";
                else if (total is { } t && t != standards) problem = $"the framework has {Core.Text.NumberWords.Of(standards)} standards";
                if (problem is not null)
                    yield return new CheckFinding(CheckKind.RatingCount, section, BlockNames.Of(framework, section), m.Value, problem);
            }
        }
    }

    private static string Said(string rating) => rating.Length == 0 ? rating : char.ToUpperInvariant(rating[0]) + rating[1..].ToLowerInvariant();

    // Blocks keyed to one standard ("standard:2.2", "key-question:2.2.1", "executive-summary:4.1") are about it alone.
    private static Standard? StandardOf(FrameworkVersion framework, string section)
    {
        var parts = section.Split(':');
        if (parts.Length < 2) return null;
        return parts[0] switch
        {
            "standard" or "executive-summary" => framework.FindStandard(parts[1]),
            "key-question" => framework.Standards.FirstOrDefault(s => s.KeyQuestions.Any(k => k.Id == parts[1])),
            _ => null,
        };
    }

    /// <summary>The standards a sentence names, by number ("2.2") or by topic ("its planning work").</summary>
    public static List<Standard> StandardsNamedIn(FrameworkVersion framework, string sentence) =>
        framework.Standards.Where(s => Names(sentence, s)).ToList();

    public static bool Names(string text, Standard standard) =>
        Regex.IsMatch(text, $@"(?<![\d.]){Regex.Escape(standard.Id)}(?![\d])", RegexOptions.CultureInvariant)
        || Regex.IsMatch(text, $@"\b(?:{Regex.Escape(Model.KeyQuestionTables.Topic(standard))}|{Regex.Escape(standard.Name)})\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string[] Small =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"];

    private static int? Number(string word)
    {
        if (int.TryParse(word, out var n)) return n;
        var i = Array.IndexOf(Small, word.ToLowerInvariant());
        return i >= 0 ? i : null;
    }

    [GeneratedRegex(@"['‘](?<rating>Outstanding|Good|Requires improvement|Inadequate)['’]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatingWord();

    [GeneratedRegex(@"^\s*(?:threshold|band|level|standard of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BandNotRating();

    [GeneratedRegex(@"\b(?<count>\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s+(?:(?:out\s+)?of\s+(?:the\s+|our\s+|its\s+)?(?<total>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s+)?standards\b[^.;]*?['‘](?<rating>Outstanding|Good|Requires improvement|Inadequate)['’]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountOfStandards();
}
