using System.Globalization;
using Probity.Core.Datasets;

namespace Probity.Core.Analysis;

/// <summary>
/// Which stored inspections an analysis pools: fieldwork starting in a period, a programme year, a provider type, a
/// framework version, and optionally only providers inspected in two or more programme years (the annual report's
/// Figure 1 is "based on the 10 CRCs that were inspected in both 2018/2019 and 2019/2020"). Only published inspections
/// are ever in a scope: until publication an inspection's figures belong to its team, not to the national view.
/// </summary>
public sealed record AnalysisScope
{
    /// <summary>Fieldwork started on or after this day (inspections without a fieldwork start are then left out).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Fieldwork started on or before this day.</summary>
    public DateOnly? To { get; init; }

    public ProgrammeYear? Year { get; init; }
    public ProviderType? ProviderType { get; init; }
    public string? Framework { get; init; }
    public bool RevisitedOnly { get; init; }

    public static readonly AnalysisScope Everything = new();

    /// <summary>The inspections inside the scope, in the order given.</summary>
    public IReadOnlyList<InspectionFacts> Apply(IEnumerable<InspectionFacts> inspections)
    {
        var inside = inspections.Where(Admits).ToList();
        if (!RevisitedOnly) return inside;
        var revisited = inside.Where(i => i.Year is not null).GroupBy(i => i.ProviderId)
            .Where(g => g.Select(i => i.Year).Distinct().Count() >= 2).Select(g => g.Key).ToHashSet();
        return inside.Where(i => revisited.Contains(i.ProviderId)).ToList();
    }

    /// <summary>Everything but <see cref="RevisitedOnly"/>, which needs the whole set.</summary>
    public bool Admits(InspectionFacts inspection) =>
        inspection.Status == InspectionStatus.Published
        && (From is null || inspection.FieldworkStart >= From) && (To is null || inspection.FieldworkStart <= To)
        && (Year is null || inspection.Year == Year)
        && (ProviderType is null || inspection.ProviderType == ProviderType)
        && (Framework is null || inspection.Framework.Id == Framework);

    /// <summary>In words, for the top of every output: "fieldwork from 2019-04-01 to 2020-03-31; CRC inspections".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (From is not null || To is not null)
            parts.Add($"fieldwork starting {(From is { } f ? "from " + Iso(f) : "")}{(From is not null && To is not null ? " " : "")}{(To is { } t ? "to " + Iso(t) : "")}");
        if (Year is { } y) parts.Add($"programme year {y}");
        if (ProviderType is { } p) parts.Add($"{p} inspections");
        if (Framework is { } fw) parts.Add($"framework {fw}");
        if (RevisitedOnly) parts.Add("providers inspected in two or more programme years only");
        return parts.Count == 0 ? "every stored inspection" : string.Join("; ", parts);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
