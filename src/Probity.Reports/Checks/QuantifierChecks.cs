using System.Text.RegularExpressions;
using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Reports.Checks;

/// <summary>
/// Quantifier phrases against the percentages they describe, by the phrase bands of the drafting notes' suggested wording
/// (spec §9.1–9.3). A phrase followed by its figure ("less than one-half (48 per cent)") is held to that figure; otherwise
/// to the figures of the block's own key questions and prompts, either way round (a finding may be framed negatively,
/// "over one-third … were not consulted" for 64%). Blocks that speak of no figure of their own are not checked.
/// </summary>
internal static partial class QuantifierChecks
{
    public static IEnumerable<CheckFinding> Run(FrameworkVersion framework, InspectionRating rating, string section, string text)
    {
        var figures = FiguresAbout(framework, rating, section);
        foreach (var sentence in Sentences.Of(text))
        {
            foreach (Match m in Phrase().Matches(sentence))
            {
                var (min, max) = Band(m);
                var stated = StatedFigure().Match(sentence[(m.Index + m.Length)..]);
                if (stated.Success)
                {
                    var figure = int.Parse(stated.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (figure < min || figure > max)
                        yield return Finding(framework, section, m.Value + stated.Value, $"{figure}% is outside what \u201c{m.Value.Trim()}\u201d describes ({Range(min, max)})");
                    continue;
                }
                if (figures.Count == 0) continue;
                if (figures.Any(f => (f >= min && f <= max) || (100 - f >= min && 100 - f <= max))) continue;
                yield return Finding(framework, section, m.Value,
                    $"none of the block's figures ({string.Join(", ", figures.Distinct().Order().Select(f => $"{f}%"))}) is {Range(min, max)}, nor is its complement");
            }
        }
    }

    private static CheckFinding Finding(FrameworkVersion framework, string section, string words, string problem) =>
        new(CheckKind.Quantifier, section, BlockNames.Of(framework, section), words.Trim(), problem);

    private static string Range(double min, double max) =>
        min <= 0 ? $"under {Math.Floor(max) + 1}%" : max >= 100 ? $"{Math.Ceiling(min)}% or more" : $"between {Math.Ceiling(min)}% and {Math.Floor(max)}%";

    /// <summary>The whole percentages of the key questions and prompts a block is about: none for a block about no figure.</summary>
    private static List<int> FiguresAbout(FrameworkVersion framework, InspectionRating rating, string section)
    {
        var parts = section.Split(':');
        var id = parts.Length > 1 ? parts[1] : "";
        IEnumerable<KeyQuestion> kqs = parts[0] switch
        {
            "key-question" => framework.FindKeyQuestion(id) is { } k ? [k] : [],
            "standard" or "executive-summary" when framework.FindStandard(id) is { } s => s.KeyQuestions,
            "executive-summary" or "chapter" when framework.Domains.FirstOrDefault(d => d.Key == id) is { } d => d.Standards.SelectMany(s => s.KeyQuestions),
            _ => [],
        };
        return kqs.SelectMany(k => new[] { k.Id }.Concat(k.Prompts.Select(p => p.Id)))
            .Select(i => rating.Items.GetValueOrDefault(i).Percent).OfType<int>().ToList();
    }

    // §9.3's anchors and qualifiers, a little wider than the generator's window: the published reports write "only a
    // third" for 35% and "over one-third" for 36%, so only a phrase clearly out of its band is reported.
    private static (double Min, double Max) Band(Match m)
    {
        var band = m.Groups["band"].Value.ToLowerInvariant();
        if (band.Length > 0)
        {
            return band switch
            {
                _ when band.Contains("large majority", StringComparison.Ordinal) => (80, 100),
                _ when band.Contains("reasonable majority", StringComparison.Ordinal) => (65, 79),
                _ when band.Contains("minority", StringComparison.Ordinal) => (0, 49),
                _ => (90, 99), // almost all, nearly all
            };
        }
        var anchor = Anchor(m);
        return m.Groups["qualifier"].Value.ToLowerInvariant() switch
        {
            "just over" => (anchor - 0.5, anchor + 6),
            "over" or "more than" => (anchor - 0.5, anchor + 12),
            "almost" or "nearly" or "just under" => (anchor - 6, anchor + 0.5),
            "under" or "less than" or "fewer than" => (anchor - 12, anchor + 0.5),
            _ => (anchor - 5, anchor + 5),
        };
    }

    private static double Anchor(Match m)
    {
        if (m.Groups["tenths"].Success)
        {
            var n = m.Groups["tenths"].Value.ToLowerInvariant();
            return 10 * (int.TryParse(n, out var d) ? d : Array.IndexOf(Tenths, n));
        }
        return m.Groups["fraction"].Value.ToLowerInvariant().Replace('-', ' ') switch
        {
            "a fifth" or "one fifth" => 20,
            "a quarter" or "one quarter" => 25,
            "a third" or "one third" => 100.0 / 3,
            "two fifths" => 40,
            "half" or "one half" => 50,
            "three fifths" => 60,
            "two thirds" => 200.0 / 3,
            "three quarters" => 75,
            _ => 80, // four fifths
        };
    }

    private static readonly string[] Tenths = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    [GeneratedRegex(@"(?<band>\b(?:a|the)\s+(?:large|reasonable)\s+majority\b|\ba\s+minority\b|\b(?:almost|nearly)\s+all\b)"
        + @"|(?:\b(?<qualifier>just over|over|more than|just under|under|less than|fewer than|almost|nearly|around|about|approximately|roughly)\s+)?"
        + @"(?:(?<fraction>\b(?:a|one)[\s-](?:fifth|quarter|third|half)\b(?![\s-]+(?:party|parties|sector))|\b(?:two[\s-]fifths|three[\s-]fifths|four[\s-]fifths|two[\s-]thirds|three[\s-]quarters)\b|(?<![\w-])half\b)"
        + @"|\b(?<tenths>\d|one|two|three|four|five|six|seven|eight|nine)\s+out\s+of\s+(?:every\s+)?(?:10|ten)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    // The figure given with the phrase: "(48 per cent)", "(48%)".
    [GeneratedRegex(@"^\s*(?:of\s+\w+\s+)?\(\s*(?<n>\d{1,3})\s*(?:%|per cent)\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedFigure();
}
