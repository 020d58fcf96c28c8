using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Reports.Model;

/// <summary>
/// The cells of a key question or prompt beside its comparisons (R20–R22), shared by the chapter tables and Annex 4 so
/// that both print the same thing for the same item.
/// </summary>
internal static class ComparisonCells
{
    public const string NoValueNote =
        "No case in this question's population was answered 'yes' or 'no', so it has no percentage (R3, R8).";

    public static Comparison Previous(ReportContext context, string itemId) =>
        Comparisons.WithPrevious(context.Framework, itemId, context.Rating.Items.GetValueOrDefault(itemId), context.Manifest.PreviousInspection);

    public static Comparison National(ReportContext context, string itemId) =>
        Comparisons.WithNational(context.Framework, itemId, context.Rating.Items.GetValueOrDefault(itemId), context.Manifest.NationalComparator);

    /// <summary>The previous inspection's cell: its figure, or "No comparable data available" (R22).</summary>
    public static Cell PreviousCell(Comparison comparison) =>
        comparison.OtherPercent is { } p ? Cell.Percent(p) : new Cell(ReportTexts.NoComparableData);

    public static Cell NationalCell(Comparison comparison) => comparison.OtherPercent is { } p ? Cell.Percent(p) : new Cell(ReportTexts.NoData);

    /// <summary>
    /// The current figure, with a footnote where it has none and a "statistically significant" footnote for each
    /// comparison whose z-test passed (R20–R21): nowhere else does the report use the word.
    /// </summary>
    public static Cell CurrentCell(ReportContext context, string itemId, FootnoteScope scope, bool bold, IEnumerable<(Comparison Comparison, string Against)> comparisons)
    {
        var tally = context.Rating.Items.GetValueOrDefault(itemId);
        if (tally.Percent is not { } percent) return new Cell("–").WithNote(scope.Cite(NoValueNote));
        var cell = Cell.Percent(percent) with { Bold = bold };
        foreach (var (comparison, against) in comparisons)
        {
            if (!comparison.Significant || comparison.OtherPercent is not { } other) continue;
            cell = cell.WithNote(scope.Cite(ReportTexts.SignificantChange(against, other, percent, context.Framework.Significance.Alpha))) with { Significant = true };
        }
        return cell;
    }

    /// <summary>Whether the methodological-change footnote belongs on an item's row (a previous inspection exists, the item is not comparable).</summary>
    public static bool ChangedMethod(ReportContext context, Comparison previous) => context.HasPrevious && !previous.Comparable;

    public static bool HasPrompts(FrameworkVersion framework, KeyQuestion kq) => framework.PromptsKnown && kq.Prompts.Count > 0;
}
