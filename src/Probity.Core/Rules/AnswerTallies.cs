using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;

namespace Probity.Core.Rules;

public static class AnswerTallies
{
    /// <summary>
    /// R2–R3 and R23: counts each item's yes / no / na over the cases in its population (and, for a prompt, its stated
    /// case-attribute condition), in one pass over the answer grid.
    /// </summary>
    public static IReadOnlyDictionary<string, Tally> Count(InspectionDataset dataset) => Count(dataset, within: null);

    /// <summary>The tallies of the framework's views that have a population (one provider's cases in an area inspection).</summary>
    public static IReadOnlyList<ViewTallies> CountByView(InspectionDataset dataset) =>
        dataset.Framework.Views.Where(v => v.Population is not null)
            .Select(v => new ViewTallies(v, Count(dataset, v.Population)))
            .ToList();

    /// <summary>As <see cref="Count(InspectionDataset)"/>, over only the cases inside <paramref name="within"/> when given.</summary>
    public static IReadOnlyDictionary<string, Tally> Count(InspectionDataset dataset, Population? within)
    {
        var items = dataset.Framework.Questions.Items;
        var scopes = items.Select(ScopeOf).ToArray();
        var distinctScopes = scopes.Distinct().ToArray();
        var scopeIndex = scopes.Select(s => Array.IndexOf(distinctScopes, s)).ToArray();
        var inScope = new bool[distinctScopes.Length];
        var yes = new int[items.Count];
        var no = new int[items.Count];
        var na = new int[items.Count];

        for (var c = 0; c < dataset.Cases.Count; c++)
        {
            var record = dataset.Cases[c];
            if (within is not null && !within.Contains(record)) continue;
            // Stryker disable once Boolean : equivalent; skipping a case in no item's scope only saves time, the item loop below counts nothing for it
            var any = false;
            for (var s = 0; s < distinctScopes.Length; s++) any |= inScope[s] = distinctScopes[s].Contains(record);
            // Stryker disable once Statement : equivalent, as above
            if (!any) continue;
            var row = dataset.Answers.Row(c);
            for (var i = 0; i < row.Length; i++)
            {
                if (!inScope[scopeIndex[i]]) continue;
                switch ((Judgement)row[i])
                {
                    case Judgement.Yes: yes[i]++; break;
                    case Judgement.No: no[i]++; break;
                    case Judgement.NotApplicable: na[i]++; break;
                }
            }
        }
        var tallies = new Dictionary<string, Tally>(items.Count);
        for (var i = 0; i < items.Count; i++) tallies[items[i].Id] = new Tally(yes[i], no[i], na[i]);
        return tallies;
    }

    /// <summary>The cases an item is asked of: its population, narrowed by a prompt condition that is a case attribute.</summary>
    public static ItemScope ScopeOf(AnswerableItem item) =>
        new(item.Population, item.Prompt?.Condition is { Filters.Count: > 0 } c ? c : null);
}

/// <summary>Every item's tally over the cases of one view (e.g. the CRC's cases of an area inspection).</summary>
public sealed record ViewTallies(FrameworkView View, IReadOnlyDictionary<string, Tally> Items);

/// <summary>A population, optionally narrowed by an applicability condition's case-attribute filters.</summary>
public sealed record ItemScope(Population Population, ApplicabilityCondition? Condition)
{
    public bool Contains(CaseRecord record) => Population.Contains(record) && (Condition is null || Condition.Admits(record));
}
