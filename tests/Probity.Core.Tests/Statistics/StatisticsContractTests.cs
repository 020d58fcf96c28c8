using Probity.Core.Frameworks;
using Probity.Core.Statistics;

namespace Probity.Core.Tests.Statistics;

/// <summary>
/// What the statistics promise at their edges, beyond the reference values: each refusal says what was wrong, R20's
/// "p &lt; alpha strictly" holds at equality, and the incomplete gamma picks the method that keeps its precision.
/// </summary>
public class StatisticsContractTests
{
    private static void AssertRefusal(Action call, string parameter, string message)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Equal(parameter, e.ParamName);
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void Each_refusal_names_the_argument_and_says_why()
    {
        AssertRefusal(() => ChiSquare.UpperTail(1, 0), "degreesOfFreedom", "at least one degree of freedom");
        AssertRefusal(() => ChiSquare.GoodnessOfFit([1, 2], [1.0, -2.0]), "expected", "every expected count must be positive");
        AssertRefusal(() => ChiSquare.GoodnessOfFit([1, 0], [1.0, 0.0]), "expected", "every expected count must be positive");
        AssertRefusal(() => Gamma.LogGamma(0), "x", "ln Γ(x) is defined here for x > 0 only");
        AssertRefusal(() => Gamma.UpperRegularized(0, 1), "a", "a must be positive");
        AssertRefusal(() => Gamma.LowerRegularized(1, -1), "x", "x must be zero or positive");
        AssertRefusal(() => Normal.InverseCdf(1), "p", "p must be strictly between 0 and 1");
        Assert.Equal("observed and expected need the same number of cells",
            Assert.Throws<ArgumentException>(() => ChiSquare.GoodnessOfFit([1], [1.0, 2.0])).Message);
    }

    [Fact] // a NaN expected count is not positive either: it must not slip through as a NaN statistic
    public void Goodness_of_fit_refuses_a_NaN_expected_count() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquare.GoodnessOfFit([1, 2], [1.0, double.NaN]));

    [Fact] // R20: significant only when p < alpha strictly, so a p-value exactly at alpha is not significant
    public void A_p_value_exactly_at_alpha_is_not_significant()
    {
        var r = TwoProportionZTest.Test(67, 97, 78, 97);
        Assert.True(r.Significant);
        foreach (var (tails, p) in new[] { (2, r.PValue), (1, r.PValue / 2) })
        {
            var atAlpha = TwoProportionZTest.Test(67, 97, 78, 97, new SignificanceRule(p, tails, Pooled: true));
            Assert.Equal(p, atAlpha.PValue);
            Assert.False(atAlpha.Significant);
            Assert.True(TwoProportionZTest.Test(67, 97, 78, 97, new SignificanceRule(Math.BitIncrement(p), tails, Pooled: true)).Significant);
        }
    }

    [Theory] // far below a + 1 only the series keeps P's relative precision: 1 − Q would lose it all to cancellation
    [InlineData(1e-8)]
    [InlineData(1e-4)]
    [InlineData(0.3)]
    public void Lower_gamma_keeps_its_relative_precision_for_small_x(double x)
    {
        var p = 2 * Math.Sinh(x / 2) * Math.Exp(-x / 2); // P(1, x) = 1 − e^(−x), written so that it keeps its precision for tiny x
        Assert.Equal(p, Gamma.LowerRegularized(1, x), p * 1e-13);
        Assert.Equal(1 - p, Gamma.UpperRegularized(1, x), 1e-15);
    }

    [Fact] // P(½, x) = erf(√x) ≈ 2√(x/π) for tiny x; P(3, x) = 1 − e^(−x)(1 + x + x²/2) ≈ x³/6
    public void Lower_gamma_for_tiny_x_at_other_shapes()
    {
        const double x = 1e-10;
        Assert.Equal(2 * Math.Sqrt(x / Math.PI) * (1 - x / 3), Gamma.LowerRegularized(0.5, x), 1e-13 * Math.Sqrt(x));
        Assert.Equal(x * x * x / 6 * (1 - 3 * x / 4), Gamma.LowerRegularized(3, x), 1e-13 * x * x * x / 6);
        Assert.Equal(1, Gamma.UpperRegularized(3, x));
    }

    [Theory] // at x = 0 the answer is exact for every shape, even where the series could not be summed (1/a overflows, or a is infinite)
    [InlineData(5e-324)]
    [InlineData(0.5)]
    [InlineData(double.PositiveInfinity)]
    public void Regularised_gamma_at_zero_for_any_shape(double a)
    {
        Assert.Equal(1, Gamma.UpperRegularized(a, 0));
        Assert.Equal(0, Gamma.LowerRegularized(a, 0));
    }

    [Theory] // on either side of x = a + 1 both methods agree with the closed form Q(3, x) = e^(−x)(1 + x + x²/2)
    [InlineData(3.999999)]
    [InlineData(4.0)]
    [InlineData(4.000001)]
    public void Upper_gamma_is_continuous_where_the_method_changes(double x)
    {
        var q = Math.Exp(-x) * (1 + x + x * x / 2);
        Assert.Equal(q, Gamma.UpperRegularized(3, x), 1e-13);
        Assert.Equal(1 - q, Gamma.LowerRegularized(3, x), 1e-13);
    }

    [Theory] // far above a + 1 only the continued fraction keeps Q's relative precision
    [InlineData(0.5, 60.0)]
    [InlineData(2.5, 80.0)]
    public void Upper_gamma_keeps_its_relative_precision_far_in_the_tail(double a, double x)
    {
        // Q(½, x) = 2Φ(−√(2x)); Q(5/2, x) = Q(½, x) + e^(−x)(2√x/√π)(1 + 2x/3)
        var half = 2 * Normal.Cdf(-Math.Sqrt(2 * x));
        var expected = a == 0.5 ? half : half + Math.Exp(-x) * 2 * Math.Sqrt(x / Math.PI) * (1 + 2 * x / 3);
        Assert.True(expected > 0);
        Assert.Equal(expected, Gamma.UpperRegularized(a, x), expected * 1e-7);
        Assert.Equal(1, Gamma.LowerRegularized(a, x));
    }

    [Fact] // far above a + 1 the series could not be summed within its iterations: only the continued fraction gives P and Q there
    public void Regularised_gamma_far_above_the_shape()
    {
        Assert.Equal(1, Gamma.LowerRegularized(1, 2000));
        Assert.Equal(0, Gamma.UpperRegularized(1, 2000));
        Assert.Equal(1, Gamma.LowerRegularized(3, 800));
    }

    [Fact] // ln Γ just either side of ½, where the reflection formula takes over
    public void Log_gamma_on_both_sides_of_one_half()
    {
        // ln Γ(½) = ½ ln π; its derivative there is ψ(½) = −γ − 2 ln 2
        var slope = -0.57721566490153286 - 2 * Math.Log(2);
        foreach (var h in new[] { -1e-6, 1e-6 })
            Assert.Equal(0.5 * Math.Log(Math.PI) + slope * h, Gamma.LogGamma(0.5 + h), 1e-11);
        Assert.Equal(0.5 * Math.Log(Math.PI), Gamma.LogGamma(0.5), 1e-15);
    }

    [Fact] // the one-cell goodness of fit is null; two cells is the smallest test, on one degree of freedom
    public void Goodness_of_fit_on_the_smallest_tables()
    {
        Assert.Null(ChiSquare.GoodnessOfFit([], []));
        var two = ChiSquare.GoodnessOfFit([7, 3], [5.0, 5.0])!;
        Assert.Equal(1, two.DegreesOfFreedom);
        Assert.Equal(1.6, two.Statistic, 1e-12);
        Assert.Equal(0, two.SmallExpected);
        Assert.Equal(2 * Normal.Cdf(-Math.Sqrt(1.6)), two.PValue, 1e-9);
    }

    [Fact] // χ² tail: exactly 1 at or below zero, and below 1 for any positive statistic however small
    public void Chi_square_tail_near_zero()
    {
        Assert.Equal(1, ChiSquare.UpperTail(0, 1));
        Assert.Equal(1, ChiSquare.UpperTail(-0.0, 3));
        Assert.True(ChiSquare.UpperTail(1e-12, 2) < 1);
        Assert.Equal(Math.Exp(-5e-13), ChiSquare.UpperTail(1e-12, 2), 1e-15);
    }

    [Fact] // the Wilson interval stays inside [0, 1] at 0% and 100% and contains the observed proportion
    public void Wilson_interval_bounds_and_the_observed_proportion()
    {
        foreach (var (yes, n) in new[] { (0, 1), (1, 1), (0, 200), (200, 200), (1, 3), (37, 41) })
        {
            var (lo, hi) = WilsonInterval.Compute(yes, n);
            var p = (double)yes / n;
            Assert.InRange(lo, 0, p + 1e-15);
            Assert.InRange(hi, p - 1e-15, 1);
            Assert.True(hi - lo > 0.01);
        }
        Assert.Equal(0, WilsonInterval.Compute(0, 1).Lower, 1e-15);
        Assert.Equal(1, WilsonInterval.Compute(1, 1).Upper, 1e-15);
    }
}
