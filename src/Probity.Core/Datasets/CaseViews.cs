using Probity.Core.Frameworks;

namespace Probity.Core.Datasets;

/// <summary>
/// The organisational views a case added by hand can be placed in. A view's population says which attribute values put a
/// case in it (the CRC's cases: managing organisation CRC), so choosing the view gives the case those values, and the
/// inspection's export then passes <see cref="ViewMembership"/> instead of being refused when read back.
/// </summary>
public static class CaseViews
{
    /// <summary>The views a case can be placed in; empty for a framework whose cases need no view.</summary>
    public static IReadOnlyList<FrameworkView> Choosable(FrameworkVersion framework) =>
        framework.Views.Where(v => v.Population is not null).ToList();

    /// <summary>
    /// Gives <paramref name="record"/> the attributes of the view keyed <paramref name="viewKey"/>, and says whether the
    /// case now belongs to one of the framework's views (always true for a framework without views).
    /// </summary>
    public static bool PlaceIn(FrameworkVersion framework, CaseRecord record, string? viewKey)
    {
        var views = Choosable(framework);
        if (views.Count == 0) return true;
        if (views.FirstOrDefault(v => v.Key == viewKey) is { } view)
            foreach (var filter in view.Population!.Filters)
                if (!filter.Matches(record)) record.Set(filter.Column, filter.Values[0]);
        return views.Any(v => v.Population!.Contains(record));
    }
}
