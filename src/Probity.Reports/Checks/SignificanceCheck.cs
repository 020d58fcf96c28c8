using Probity.Core.Text;
using Probity.Reports.Model;

namespace Probity.Reports.Checks;

/// <summary>R21: "significant" only about figures of which at least one comparison passed the z-test (R20).</summary>
internal static class SignificanceCheck
{
    public static IEnumerable<CheckFinding> Run(ReportContext context, string section, string text)
    {
        var uses = SignificanceWording.Uses(text);
        if (uses.Count == 0) yield break;
        var comparisons = NarrativeChecks.ItemsAbout(context.Framework, section)
            .SelectMany(id => new[] { ComparisonCells.Previous(context, id), ComparisonCells.National(context, id) }).ToList();
        if (SignificanceWording.IsAllowed(text, comparisons)) yield break;
        var why = comparisons.Any(c => c.Test is not null)
            ? "none of the comparisons it can refer to passes the significance test"
            : "none of the figures it can refer to has the counts the significance test needs";
        foreach (var word in uses.Distinct(StringComparer.OrdinalIgnoreCase))
            yield return new CheckFinding(CheckKind.Significant, section, BlockNames.Of(context.Framework, section), word,
                $"{why}: say \"improved\", \"a marked improvement\" or \"substantial\" instead");
    }
}
