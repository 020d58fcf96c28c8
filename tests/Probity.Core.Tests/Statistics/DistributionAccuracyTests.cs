using Probity.Core.Statistics;

namespace Probity.Core.Tests.Statistics;

/// <summary>
/// The distributions behind R20 and the balance report, against closed forms and reference values to the precision the
/// algorithms promise (so a slip in one coefficient or one refinement step shows), and their edges.
/// </summary>
public class DistributionAccuracyTests
{
    [Theory] // Φ to eight significant digits far into the tails, in the inner region (|x| < 7.07), the outer region, and both signs
    [InlineData(0.5, 0.69146246127401312)]
    [InlineData(-0.5, 0.30853753872598688)]
    [InlineData(2.0, 0.97724986805182079)]
    [InlineData(-2.5, 0.0062096653257761352)]
    [InlineData(-5.0, 2.8665157187919391e-07)]
    [InlineData(-7.0, 1.2798125438858349e-12)]
    [InlineData(-7.5, 3.1908916729108962e-14)]
    [InlineData(-10.0, 7.6198530241605261e-24)]
    [InlineData(-20.0, 2.7536241186062337e-89)]
    public void Normal_cdf_to_eight_significant_digits(double x, double expected) =>
        Assert.Equal(expected, Normal.Cdf(x), Math.Abs(expected) * 1e-8);

    [Fact] // beyond |x| = 37 the tail underflows and is taken as exactly 0
    public void Normal_cdf_tails_underflow_only_beyond_37()
    {
        Assert.True(Normal.Cdf(-37) > 0);
        Assert.True(Normal.Cdf(-37) < 1e-298);
        Assert.Equal(0, Normal.Cdf(-37.5));
        Assert.Equal(1, Normal.Cdf(37.5));
        Assert.Equal(0.5, Normal.Cdf(0));
    }

    [Fact]
    public void Two_sided_p_is_symmetric()
    {
        Assert.Equal(0.31731050786291404, Normal.TwoSidedP(1), 1e-14);
        Assert.Equal(0.31731050786291404, Normal.TwoSidedP(-1), 1e-14);
        Assert.Equal(1, Normal.TwoSidedP(0), 1e-15);
    }

    [Theory] // all three regions of Acklam's approximation, after the Halley step (relative error far below Acklam's 1e-9)
    [InlineData(0.001, -3.0902323061678132)]
    [InlineData(0.02, -2.0537489106318225)]
    [InlineData(0.3, -0.52440051270804082)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.8, 0.84162123357291436)]
    [InlineData(0.99, 2.3263478740408408)]
    [InlineData(0.9999, 3.7190164854557084)]
    public void Inverse_normal_to_double_precision(double p, double expected) =>
        Assert.Equal(expected, Normal.InverseCdf(p), 1e-13);

    [Fact]
    public void Inverse_normal_inverts_the_cdf()
    {
        foreach (var p in new[] { 1e-10, 0.01, 0.024, 0.025, 0.2, 0.6, 0.975, 0.976, 0.999999 })
            Assert.Equal(p, Normal.Cdf(Normal.InverseCdf(p)), p * 1e-12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void Inverse_normal_needs_p_strictly_between_0_and_1(double p)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Normal.InverseCdf(p));
        Assert.Equal("p", e.ParamName);
    }

    [Theory] // Γ at integers and half-integers: Γ(n) = (n−1)!, Γ(3/2) = √π/2, Γ(0.1) = 9.5135…
    [InlineData(2.0, 0.0)]
    [InlineData(3.0, 0.69314718055994529)]
    [InlineData(1.5, -0.12078223763524522)]
    [InlineData(0.1, 2.2527126517342059)]
    [InlineData(0.4999, 0.57256131860411842)]
    [InlineData(100.0, 359.13420536957540)]
    public void Log_gamma_reference_values(double x, double expected) =>
        Assert.Equal(expected, Gamma.LogGamma(x), 1e-12 * Math.Max(1, Math.Abs(expected)));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Log_gamma_is_defined_for_positive_x_only(double x) =>
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.LogGamma(x)).ParamName);

    [Theory] // P(1, x) = 1 − e^(−x) and P(½, x) = erf(√x) = 1 − 2Φ(−√(2x)), on both sides of x = a + 1 (series and fraction)
    [InlineData(0.3)]
    [InlineData(1.2)]
    [InlineData(1.9)]
    [InlineData(2.5)]
    [InlineData(6.0)]
    [InlineData(40.0)]
    public void Regularised_gamma_matches_closed_forms(double x)
    {
        Assert.Equal(1 - Math.Exp(-x), Gamma.LowerRegularized(1, x), 1e-14);
        Assert.Equal(Math.Exp(-x), Gamma.UpperRegularized(1, x), 1e-12 * Math.Exp(-x));
        // Φ itself is good to about eight significant digits in the far tail, so the erf form is held to that
        Assert.Equal(1 - 2 * Normal.Cdf(-Math.Sqrt(2 * x)), Gamma.LowerRegularized(0.5, x), 1e-13);
        Assert.Equal(2 * Normal.Cdf(-Math.Sqrt(2 * x)), Gamma.UpperRegularized(0.5, x), 1e-7 * Normal.Cdf(-Math.Sqrt(2 * x)));
    }

    [Theory] // Q(3, x) = e^(−x)(1 + x + x²/2): the series below x = 4, the continued fraction above
    [InlineData(0.5)]
    [InlineData(3.5)]
    [InlineData(4.5)]
    [InlineData(15.0)]
    public void Regularised_gamma_for_an_integer_shape(double x)
    {
        var q = Math.Exp(-x) * (1 + x + x * x / 2);
        Assert.Equal(q, Gamma.UpperRegularized(3, x), 1e-13 * q);
        Assert.Equal(1 - q, Gamma.LowerRegularized(3, x), 1e-13);
    }

    [Fact]
    public void Regularised_gamma_at_zero_and_its_domain()
    {
        Assert.Equal(1, Gamma.UpperRegularized(2, 0));
        Assert.Equal(0, Gamma.LowerRegularized(2, 0));
        Assert.Equal("a", Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.UpperRegularized(0, 1)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.LowerRegularized(-1, 1)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.UpperRegularized(1, -0.5)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.LowerRegularized(1, double.NaN)).ParamName);
    }
}
