using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Statistics;

namespace Probity.Core.Rules;

/// <summary>
/// One current figure set beside another (the previous inspection, or all providers of the type). <see cref="Comparable"/>
/// is R22's gate; <see cref="Test"/> is R20's z-test, run only where both sides have counts.
/// </summary>
public sealed record Comparison(ComparisonFigure? Other, bool Comparable, ZTestResult? Test)
{
    public static readonly Comparison None = new(null, false, null);

    /// <summary>The other side's whole percentage: as printed, or from its counts (R4).</summary>
    public int? OtherPercent => Comparable && Other is { } f
        ? f.Percent ?? (f.HasCounts ? Percentages.RoundHalfUp(f.Yes!.Value, f.Answered!.Value) : null)
        : null;

    /// <summary>R21: "significant" may be said only when this is true.</summary>
    public bool Significant => Test?.Significant == true;

    /// <summary>+1 when the current figure is higher, −1 when lower, 0 when the same or untested.</summary>
    public int Direction => Test is { } t ? Math.Sign(t.Z) : 0;
}

public static class Comparisons
{
    /// <summary>
    /// R22: an item's previous figure is comparable only where the framework says its data is comparable with the
    /// previous inspection's version; two inspections under the same version always are.
    /// </summary>
    public static bool IsComparableWithPrevious(FrameworkVersion framework, string itemId, string? previousVersion)
    {
        if (previousVersion is null) return false;
        if (previousVersion == framework.Id) return framework.FindKeyQuestion(itemId) is not null || framework.FindPrompt(itemId) is not null;
        if (framework.FindPrompt(itemId) is { } prompt) return prompt.IsComparableWith(previousVersion);
        return framework.FindKeyQuestion(itemId)?.IsComparableWith(previousVersion) == true;
    }

    /// <summary>The current tally against the previous inspection's figure for the same item (R20–R22).</summary>
    public static Comparison WithPrevious(FrameworkVersion framework, string itemId, Tally? current, PreviousInspection? previous)
    {
        if (previous is null) return Comparison.None;
        var comparable = IsComparableWithPrevious(framework, itemId, previous.Framework);
        var figure = previous.Results.GetValueOrDefault(itemId);
        return new(figure, comparable, comparable ? Test(framework, figure, current) : null);
    }

    /// <summary>
    /// The current tally against a national aggregate. R22 gates only the previous inspection: the reports print the
    /// national figure for items that changed between versions too (2019 report, 2.4.1 and 2.4.2).
    /// </summary>
    public static Comparison WithNational(FrameworkVersion framework, string itemId, Tally? current, ComparatorResults? national)
    {
        var figure = national?.Results.GetValueOrDefault(itemId);
        return figure is null ? Comparison.None : new(figure, true, Test(framework, figure, current));
    }

    // R20: counts on both sides, or no test (and so never "significant", R21).
    private static ZTestResult? Test(FrameworkVersion framework, ComparisonFigure? other, Tally? current) =>
        other is { HasCounts: true } f && current is { HasValue: true } c
            ? TwoProportionZTest.Test(f.Yes!.Value, f.Answered!.Value, c.Yes, c.Answered, framework.Significance)
            : null;
}
