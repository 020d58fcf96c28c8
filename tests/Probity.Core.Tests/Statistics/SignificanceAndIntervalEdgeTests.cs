using Probity.Core.Frameworks;
using Probity.Core.Statistics;

namespace Probity.Core.Tests.Statistics;

/// <summary>R20's z-test under each setting a framework may choose, its degenerate inputs, the chi-square edges and the Wilson interval.</summary>
public class SignificanceAndIntervalEdgeTests
{
    [Fact] // R20 [A]: an empty side gives no test at all — z 0, p 1
    public void An_empty_side_is_not_tested()
    {
        foreach (var r in new[] { TwoProportionZTest.Test(0, 0, 5, 10), TwoProportionZTest.Test(5, 10, 0, 0), TwoProportionZTest.Test(3, -1, 5, 10) })
        {
            Assert.Equal(0, r.Z);
            Assert.Equal(1, r.PValue);
            Assert.False(r.Significant);
        }
    }

    [Fact] // R20 [A]: a pooled proportion of 0 or 1 has no variance — z 0, p 1
    public void No_variance_is_not_tested()
    {
        foreach (var r in new[] { TwoProportionZTest.Test(0, 50, 0, 40), TwoProportionZTest.Test(50, 50, 40, 40) })
        {
            Assert.Equal(0, r.Z);
            Assert.Equal(1, r.PValue);
        }
    }

    [Fact] // a fall is negative, with the same p as the rise it mirrors
    public void Direction_of_the_change()
    {
        var fall = TwoProportionZTest.Test(78, 97, 67, 97);
        Assert.Equal(-1.818, fall.Z, 0.001);
        Assert.Equal(0.069, fall.PValue, 0.001);
        Assert.True(fall.Significant);
    }

    [Fact] // by hand: p1 = 0.5, p2 = 0.7, n = 100 each; pooled p = 0.6, se = √(0.24 · 0.02) = 0.069282
    public void Pooled_z_by_hand()
    {
        var r = TwoProportionZTest.Test(50, 100, 70, 100, SignificanceRule.Default);
        Assert.Equal(0.2 / Math.Sqrt(0.6 * 0.4 * 0.02), r.Z, 1e-12);
        Assert.Equal(Normal.TwoSidedP(r.Z), r.PValue, 1e-15);
    }

    [Fact] // unpooled: se = √(0.5·0.5/100 + 0.7·0.3/100) = √0.0046
    public void Unpooled_z_by_hand()
    {
        var r = TwoProportionZTest.Test(50, 100, 70, 100, new SignificanceRule(0.10, 2, Pooled: false));
        Assert.Equal(0.2 / Math.Sqrt(0.0046), r.Z, 1e-12);
        // one side at 0% still has variance from the other side when unpooled
        var edge = TwoProportionZTest.Test(0, 20, 5, 20, new SignificanceRule(0.10, 2, Pooled: false));
        Assert.Equal(0.25 / Math.Sqrt(0.25 * 0.75 / 20), edge.Z, 1e-12);
    }

    [Fact] // one-tailed: p is half the two-sided value, so 1.5 is significant at 0.10 one-tailed but not two-tailed
    public void One_tailed_rule_halves_p()
    {
        var twoTailed = TwoProportionZTest.Test(60, 100, 70, 100);
        var oneTailed = TwoProportionZTest.Test(60, 100, 70, 100, new SignificanceRule(0.10, 1, Pooled: true));
        Assert.Equal(twoTailed.Z, oneTailed.Z, 1e-15);
        Assert.Equal(twoTailed.PValue / 2, oneTailed.PValue, 1e-15);
        Assert.Equal(Normal.Cdf(-Math.Abs(twoTailed.Z)), oneTailed.PValue, 1e-15);
        Assert.False(twoTailed.Significant); // z ≈ 1.48, two-sided p ≈ 0.14
        Assert.True(oneTailed.Significant);  // one-sided p ≈ 0.07
    }

    [Fact] // alpha is the framework's: the same change passes at 0.10 and fails at 0.05
    public void Alpha_comes_from_the_rule()
    {
        var r10 = TwoProportionZTest.Test(67, 97, 78, 97, new SignificanceRule(0.10, 2, true));
        var r05 = TwoProportionZTest.Test(67, 97, 78, 97, new SignificanceRule(0.05, 2, true));
        Assert.True(r10.Significant);
        Assert.False(r05.Significant);
    }

    [Fact]
    public void Chi_square_needs_matching_cells_and_counts_expected_below_five()
    {
        Assert.Throws<ArgumentException>(() => ChiSquare.GoodnessOfFit([1, 2, 3], [2.0, 2.0]));
        var exactlyFive = ChiSquare.GoodnessOfFit([5, 15], [5.0, 15.0])!;
        Assert.Equal(0, exactlyFive.SmallExpected); // "fewer than five": 5 is not small
        Assert.False(exactlyFive.Approximate);
        Assert.Equal(1, exactlyFive.PValue);
        var oneSmall = ChiSquare.GoodnessOfFit([4, 16], [4.9, 15.1])!;
        Assert.Equal(1, oneSmall.SmallExpected);
        Assert.Equal(1, oneSmall.DegreesOfFreedom);
    }

    [Fact] // (6−4)²/4 + (2−4)²/4 = 2 on one degree of freedom
    public void Chi_square_by_hand_on_two_cells()
    {
        var r = ChiSquare.GoodnessOfFit([6, 2], [4.0, 4.0])!;
        Assert.Equal(2, r.Statistic, 1e-12);
        Assert.Equal(ChiSquare.UpperTail(2, 1), r.PValue, 1e-15);
        Assert.Equal(0.15729920705028513, r.PValue, 1e-12);
    }

    [Fact]
    public void Chi_square_tail_needs_a_degree_of_freedom()
    {
        Assert.Equal("degreesOfFreedom", Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquare.UpperTail(1, 0)).ParamName);
        Assert.Equal(1, ChiSquare.UpperTail(-3, 1));
        Assert.Equal(0.60653065971263342, ChiSquare.UpperTail(1, 2), 1e-14); // e^(−½)
    }

    [Fact] // by hand for 8/20 at 90%: z = 1.6449, centre = (0.4 + z²/40) / (1 + z²/20), half-width from the score formula
    public void Wilson_interval_by_hand_at_the_default_confidence()
    {
        var z = Normal.InverseCdf(0.95);
        double n = 20, p = 0.4, z2 = z * z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        var (lo, hi) = WilsonInterval.Compute(8, 20);
        Assert.Equal(centre - half, lo, 1e-14);
        Assert.Equal(centre + half, hi, 1e-14);
        Assert.Equal(0.2424, lo, 0.0005);
        Assert.Equal(0.5814, hi, 0.0005);
    }

    [Fact]
    public void Wilson_interval_edges()
    {
        Assert.Equal((0.0, 1.0), WilsonInterval.Compute(0, 0));
        Assert.Equal((0.0, 1.0), WilsonInterval.Compute(0, -3));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(11, 10));
        var (lo, hi) = WilsonInterval.Compute(10, 10, 0.90);
        Assert.True(lo is > 0.78 and < 0.80);
        Assert.Equal(1, hi, 1e-12);
        var wider = WilsonInterval.Compute(5, 10, 0.99);
        var narrower = WilsonInterval.Compute(5, 10, 0.80);
        Assert.True(wider.Lower < narrower.Lower && wider.Upper > narrower.Upper);
        Assert.Equal(1, wider.Lower + wider.Upper, 1e-14); // symmetric about 0.5
    }
}
