using Probity.Core.Statistics;

namespace Probity.Core.Tests.Statistics;

public class ChiSquareTests
{
    [Theory] // χ²(2) has the closed form P(X ≥ x) = e^(−x/2)
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(5.991464547107979)]
    [InlineData(30.0)]
    public void Two_degrees_of_freedom_match_the_closed_form(double x) =>
        Assert.Equal(Math.Exp(-x / 2), ChiSquare.UpperTail(x, 2), 1e-12);

    [Theory] // χ²(1): P(X ≥ x) = 2(1 − Φ(√x)); χ²(4): e^(−x/2)(1 + x/2)
    [InlineData(0.1)]
    [InlineData(1.0)]
    [InlineData(3.841458820694124)]
    [InlineData(12.0)]
    public void One_and_four_degrees_of_freedom_match_closed_forms(double x)
    {
        Assert.Equal(2 * Normal.Cdf(-Math.Sqrt(x)), ChiSquare.UpperTail(x, 1), 1e-10);
        Assert.Equal(Math.Exp(-x / 2) * (1 + x / 2), ChiSquare.UpperTail(x, 4), 1e-12);
    }

    [Theory] // published critical values
    [InlineData(3.841458820694124, 1, 0.05)]
    [InlineData(18.307038053275146, 10, 0.05)]
    [InlineData(15.08627246938899, 5, 0.01)]
    [InlineData(2.705543454095404, 1, 0.10)]
    [InlineData(124.34211340400407, 100, 0.05)]
    public void Critical_values(double x, int df, double p) => Assert.Equal(p, ChiSquare.UpperTail(x, df), 1e-9);

    [Fact]
    public void Zero_statistic_has_p_one() => Assert.Equal(1, ChiSquare.UpperTail(0, 7));

    [Fact] // Γ(1/2) = √π, Γ(10) = 9!, Γ(1) = 1
    public void Log_gamma()
    {
        Assert.Equal(Math.Log(Math.Sqrt(Math.PI)), Gamma.LogGamma(0.5), 1e-13);
        Assert.Equal(Math.Log(362880), Gamma.LogGamma(10), 1e-12);
        Assert.Equal(0, Gamma.LogGamma(1), 1e-14);
        Assert.Equal(Math.Log(Math.PI / Math.Sin(Math.PI * 0.25)) - Gamma.LogGamma(0.75), Gamma.LogGamma(0.25), 1e-13);
    }

    [Fact]
    public void Lower_and_upper_regularised_gamma_add_to_one()
    {
        foreach (var (a, x) in new[] { (0.5, 0.2), (3.0, 2.0), (3.0, 8.0), (50.0, 45.0) })
            Assert.Equal(1, Gamma.LowerRegularized(a, x) + Gamma.UpperRegularized(a, x), 1e-13);
        Assert.Equal(1 - Math.Exp(-2.0), Gamma.LowerRegularized(1, 2), 1e-14); // P(1, x) = 1 − e^(−x)
    }

    [Fact] // (50−40)²/40 + (30−40)²/40 + 0 = 5 on 2 df: p = e^(−2.5)
    public void Goodness_of_fit_by_hand()
    {
        var r = ChiSquare.GoodnessOfFit([50, 30, 20], [40.0, 40.0, 20.0])!;
        Assert.Equal(5, r.Statistic, 1e-12);
        Assert.Equal(2, r.DegreesOfFreedom);
        Assert.Equal(Math.Exp(-2.5), r.PValue, 1e-12);
        Assert.False(r.Approximate);
    }

    [Fact]
    public void Goodness_of_fit_flags_small_expected_counts_and_needs_two_cells()
    {
        Assert.True(ChiSquare.GoodnessOfFit([3, 1], [2.5, 1.5])!.Approximate);
        Assert.Equal(2, ChiSquare.GoodnessOfFit([3, 1], [2.5, 1.5])!.SmallExpected);
        Assert.Null(ChiSquare.GoodnessOfFit([10], [10.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquare.GoodnessOfFit([1, 0], [1.0, 0.0]));
    }
}
