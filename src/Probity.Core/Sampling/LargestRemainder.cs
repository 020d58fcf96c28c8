namespace Probity.Core.Sampling;

/// <summary>
/// §6.3 step 2 [X]: proportional allocation n_h = n·N_h/N rounded by the largest-remainder method, so the strata add up
/// to n exactly. Worked in whole numbers (the remainder of n·N_h over N), so no rounding error can move a case.
/// </summary>
public static class LargestRemainder
{
    /// <summary>
    /// Allocates <paramref name="total"/> (at most the sum of <paramref name="sizes"/>) over strata of the given sizes. Equal
    /// remainders go to the larger stratum, then to the earlier one, so the result never depends on anything but the input.
    /// </summary>
    public static int[] Allocate(int total, IReadOnlyList<int> sizes)
    {
        long population = 0;
        foreach (var size in sizes)
        {
            if (size < 0) throw new ArgumentOutOfRangeException(nameof(sizes), "a stratum cannot have a negative size");
            population += size;
        }
        if (total < 0 || total > population) throw new ArgumentOutOfRangeException(nameof(total), $"cannot allocate {total} over a population of {population}");
        var allocation = new int[sizes.Count];
        if (total == 0) return allocation;
        var remainders = new long[sizes.Count];
        long given = 0;
        for (var h = 0; h < sizes.Count; h++)
        {
            var share = (long)total * sizes[h];
            allocation[h] = (int)(share / population);
            remainders[h] = share % population;
            given += allocation[h];
        }
        var order = Enumerable.Range(0, sizes.Count)
            .OrderByDescending(h => remainders[h]).ThenByDescending(h => sizes[h]).ThenBy(h => h).ToArray();
        // Each stratum gets at most one more seat, and only one with a remainder: n_h never exceeds N_h.
        for (var i = 0; given < total; i++, given++) allocation[order[i]]++;
        return allocation;
    }
}
