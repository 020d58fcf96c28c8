using System.Text.RegularExpressions;
using Probity.Core.Frameworks;

namespace Probity.Reports.Checks;

/// <summary>Placeholders left in a block: "[TBC]", "XX", "TODO", "{provider}", "???".</summary>
internal static partial class TextChecks
{
    public static IEnumerable<CheckFinding> Placeholders(FrameworkVersion framework, string section, string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct()
            .Select(words => new CheckFinding(CheckKind.Placeholder, section, BlockNames.Of(framework, section), words,
                "a placeholder is still in the text: replace it with the words meant"));

    [GeneratedRegex(@"\[[^\]\n]{0,40}\]|\{[^{}\n]{0,40}\}|\b(?:TBC|TBA|TBD|TODO|FIXME)\b|\bX{2,}\b|\?{3,}|<[^<>\n]{1,40}>",
        RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
