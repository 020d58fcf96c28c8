using Probity.Core.Rules;

namespace Probity.Core.Analysis;

/// <summary>A programme year and provider type, the annual report's unit of comparison; "all" pools across either.</summary>
public readonly record struct YearAndType(string Year, string ProviderType)
{
    public const string AllLabel = "all";

    public override string ToString() => $"{ProviderType} {Year}";
}

/// <summary>The grouping and rounding every analysis shares.</summary>
internal static class GroupingAndRounding
{
    /// <summary>Inspections by programme year and provider type, years in order (unknown last), then types.</summary>
    public static IEnumerable<(YearAndType Key, List<InspectionFacts> Inspections)> ByYearAndType(IEnumerable<InspectionFacts> inspections) =>
        inspections.GroupBy(i => (i.Year, i.ProviderType))
            .OrderBy(g => g.Key.Year is null).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.ProviderType)
            .Select(g => (new YearAndType(g.First().YearLabel, g.Key.ProviderType.ToString()), g.ToList()));

    /// <summary>As <see cref="ByYearAndType"/>, then one more group pooling every inspection (the annual report pools both years and both types).</summary>
    public static IEnumerable<(YearAndType Key, List<InspectionFacts> Inspections)> ByYearAndTypeAndAll(IReadOnlyList<InspectionFacts> inspections)
    {
        var groups = ByYearAndType(inspections).ToList();
        return groups.Count <= 1 ? groups : [.. groups, (new YearAndType(YearAndType.AllLabel, YearAndType.AllLabel), inspections.ToList())];
    }

    /// <summary>Inspections by framework version, programme year and provider type: item tallies pool only within one version.</summary>
    public static IEnumerable<(string Framework, YearAndType Key, List<InspectionFacts> Inspections)> ByFrameworkYearAndType(IEnumerable<InspectionFacts> inspections) =>
        inspections.GroupBy(i => i.Framework.Id).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(f => ByYearAndType(f).Select(g => (f.Key, g.Key, g.Inspections)));

    /// <summary>R4's whole percentage of a count, or null of nothing.</summary>
    public static int? Percent(long part, long whole) => whole <= 0 ? null : Percentages.RoundHalfUp((int)part, (int)whole);

    /// <summary>A mean of exact percentages, rounded half up to a whole number as R4 rounds.</summary>
    public static int? MeanPercent(IReadOnlyCollection<double> exact) => exact.Count == 0 ? null : (int)Math.Floor(exact.Average() + 0.5);

    public static double Round1(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
