using Probity.Core.Datasets;

namespace Probity.Core.Sampling;

/// <summary>
/// Draws a sample from a caseload extract (spec §6): eligibility (§6.1), the required size (§6.4) or a census (§6.2),
/// proportional allocation by largest remainder and seeded selection within strata, reserves, and the balance report (§6.3).
/// </summary>
public static class StratifiedSampler
{
    /// <summary>
    /// The draw, or null with every problem reported (as file:line) when an eligible case lacks a value the rules need.
    /// The plan must be valid: check <see cref="SamplingPlan.Problems"/> first.
    /// </summary>
    public static SampleDraw? Draw(SamplingPopulation population, SamplingPlan plan, List<DatasetProblem> problems)
    {
        if (plan.Problems() is { Count: > 0 } planProblems) throw new ArgumentException(string.Join("; ", planProblems), nameof(plan));
        var before = problems.Count;
        var eligibility = Eligibility.Apply(population, plan, problems);
        var stratification = Stratification.For(plan.Type);
        var groups = Group(eligibility.Eligible, stratification, plan.Type, population.FileName, problems);
        if (problems.Count > before) return null;

        var required = RequiredSizeFor(plan, eligibility.Eligible.Count);
        var eligible = eligibility.Eligible.Count;
        var census = eligible <= required.Value; // §6.2
        var n = census ? eligible : required.Value;
        var keys = groups.Keys.Order().ToList();
        var allocation = LargestRemainder.Allocate(n, keys.Select(k => groups[k].Count).ToList());
        var mixedSeed = SelectionKey.MixedSeed(plan.Seed);
        var strata = new List<StratumDraw>(keys.Count);
        for (var h = 0; h < keys.Count; h++)
        {
            var cases = groups[keys[h]];
            var reserves = Math.Min(cases.Count - allocation[h], (allocation[h] * plan.ReservePercent + 99) / 100);
            var ordered = InSelectionOrder(cases, mixedSeed, allocation[h] + reserves);
            strata.Add(new StratumDraw(
                stratification.Values(keys[h]),
                cases.Count,
                eligible == 0 ? 0 : (double)n * cases.Count / eligible,
                ordered[..allocation[h]],
                ordered[allocation[h]..]));
        }
        return new SampleDraw
        {
            Plan = plan,
            PopulationFile = population.FileName,
            Eligibility = eligibility,
            Required = required,
            Census = census,
            StratifiedBy = stratification.Description,
            Strata = strata,
            Balance = BalanceReport.Of(strata, stratification, eligibility.Eligible, population.HasColumn(PopulationColumns.Office)),
        };
    }

    /// <summary>Spec §6.2 step 1: the given size, or the formula on the planning estimate, or on the eligible count.</summary>
    public static RequiredSize RequiredSizeFor(SamplingPlan plan, int eligible)
    {
        if (plan.Required is { } given) return new(given, RequiredSizeSource.Given, null);
        var basis = plan.PlanningPopulation ?? eligible;
        var calculation = SampleSize.Cochran(basis, plan.ConfidencePercent, plan.MarginPercent);
        return new(calculation.Required, plan.PlanningPopulation is null ? RequiredSizeSource.FormulaOnEligible : RequiredSizeSource.FormulaOnPlanningEstimate, calculation);
    }

    private static Dictionary<int, List<PopulationCase>> Group(IReadOnlyList<PopulationCase> eligible, Stratification stratification,
        SampleType type, string file, List<DatasetProblem> problems)
    {
        var groups = new Dictionary<int, List<PopulationCase>>();
        foreach (var c in eligible)
        {
            var key = stratification.KeyOf(c);
            if (key < 0)
            {
                problems.Add(new(file, c.Line, $"case {c.CaseId} has no {string.Join(" or ", stratification.Missing(c))}; "
                    + $"{type.Name().ToLowerInvariant()} samples are stratified by {stratification.Description}"));
                continue;
            }
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(c);
        }
        return groups;
    }

    /// <summary>
    /// The first <paramref name="take"/> of the stratum's cases in ascending selection key (<see cref="SelectionKey"/>),
    /// ties by case reference. Keys are uniform, so when few are needed only those under a generous threshold are sorted;
    /// the result is the same as sorting them all.
    /// </summary>
    private static PopulationCase[] InSelectionOrder(List<PopulationCase> cases, ulong mixedSeed, int take)
    {
        var keys = new ulong[cases.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = SelectionKey.WithMixedSeed(mixedSeed, cases[i].CaseId);
        if ((long)take * 8 < cases.Count)
        {
            // About 4·take + 32 keys fall under this threshold; with fewer than take under it, sort everything instead.
            var threshold = (ulong)Math.Min(ulong.MaxValue, (4.0 * take + 32) / cases.Count * 18446744073709551616.0);
            var below = new List<int>(4 * take + 64);
            for (var i = 0; i < keys.Length; i++)
                if (keys[i] <= threshold) below.Add(i);
            if (below.Count >= take) return Sorted([.. below.Select(i => keys[i])], [.. below.Select(i => cases[i])], take);
        }
        return Sorted(keys, [.. cases], take);
    }

    private static PopulationCase[] Sorted(ulong[] keys, PopulationCase[] ordered, int take)
    {
        Array.Sort(keys, ordered);
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] != keys[i - 1]) continue;
            var start = i - 1;
            while (i < keys.Length && keys[i] == keys[start]) i++;
            Array.Sort(ordered, start, i - start, Comparer<PopulationCase>.Create((a, b) => string.CompareOrdinal(a.CaseId, b.CaseId)));
        }
        return ordered[..take];
    }
}
