using Probity.Core.Sampling;

namespace Probity.Core.Tests.Sampling;

public class LargestRemainderTests
{
    [Fact] // quotas 2.8, 2.45, 1.75: floors 2 + 2 + 1 = 5, the two largest remainders (.8, .75) take the last two
    public void Worked_example() => Assert.Equal([3, 2, 2], LargestRemainder.Allocate(7, [40, 35, 25]));

    [Fact] // equal remainders: the larger stratum first, then the earlier one
    public void Ties_are_broken_deterministically()
    {
        Assert.Equal([1, 0, 0], LargestRemainder.Allocate(1, [1, 1, 1]));
        Assert.Equal([0, 1, 0], LargestRemainder.Allocate(1, [1, 2, 1]));
        Assert.Equal([2, 0], LargestRemainder.Allocate(2, [3, 1]));
    }

    [Fact] // every total over many random populations: the strata add up exactly, stay within floor/ceil of the quota, never exceed N_h
    public void Allocation_sums_exactly()
    {
        var random = new Random(20190916);
        for (var trial = 0; trial < 500; trial++)
        {
            var sizes = Enumerable.Range(0, random.Next(1, 25)).Select(_ => random.Next(0, random.Next(1, 300))).ToArray();
            var population = sizes.Sum();
            if (population == 0) continue;
            var total = random.Next(0, population + 1);
            var allocation = LargestRemainder.Allocate(total, sizes);
            Assert.Equal(total, allocation.Sum());
            for (var h = 0; h < sizes.Length; h++)
            {
                var quota = (double)total * sizes[h] / population;
                Assert.InRange(allocation[h], Math.Floor(quota), Math.Ceiling(quota));
                Assert.InRange(allocation[h], 0, sizes[h]);
            }
        }
    }

    [Fact] // 97·1/235 = 0.41 loses to 96.59's remainder; 3·1/5 = 0.6 beats 2.4's
    public void A_stratum_of_one_gets_a_case_only_by_its_remainder()
    {
        Assert.Equal([97, 0], LargestRemainder.Allocate(97, [234, 1]));
        Assert.Equal([2, 1], LargestRemainder.Allocate(3, [4, 1]));
        Assert.Equal([0, 1], LargestRemainder.Allocate(1, [0, 1]));
    }

    [Fact]
    public void Rejects_more_than_the_population() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LargestRemainder.Allocate(5, [2, 2]));
}
