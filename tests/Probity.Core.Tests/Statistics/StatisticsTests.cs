using Probity.Core.Statistics;

namespace Probity.Core.Tests.Statistics;

public class StatisticsTests
{
    [Theory] // reference values of Φ
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 0.8413447460685429)]
    [InlineData(1.959963984540054, 0.975)]
    [InlineData(-1.6448536269514722, 0.05)]
    [InlineData(3.0, 0.9986501019683699)]
    [InlineData(-8.0, 6.22096057427178e-16)]
    public void Normal_cdf(double x, double expected) => Assert.Equal(expected, Normal.Cdf(x), 1e-12 + expected * 1e-9);

    [Theory]
    [InlineData(0.90, 1.2815515655446004)]
    [InlineData(0.95, 1.6448536269514722)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.01, -2.3263478740408408)]
    public void Inverse_normal(double p, double expected) => Assert.Equal(expected, Normal.InverseCdf(p), 1e-9);

    [Fact] // T18
    public void T18_significant_improvement()
    {
        var r = TwoProportionZTest.Test(67, 97, 78, 97);
        Assert.Equal(1.818, r.Z, 0.001);
        Assert.Equal(0.069, r.PValue, 0.001);
        Assert.True(r.Significant);
    }

    [Fact] // T19
    public void T19_not_significant()
    {
        var r = TwoProportionZTest.Test(72, 97, 76, 97);
        Assert.Equal(0.675, r.Z, 0.001);
        Assert.False(r.Significant);
    }

    [Fact] // spec §5.9 illustrations
    public void Published_illustrations()
    {
        Assert.True(TwoProportionZTest.Test(60, 97, 75, 97).Significant);  // 2.2.2.a, z 2.34
        Assert.Equal(2.34, TwoProportionZTest.Test(60, 97, 75, 97).Z, 0.01);
        Assert.True(TwoProportionZTest.Test(44, 85, 55, 85).Significant);  // 2.3.3.a, z 1.71
    }

    [Fact] // R20 [A]: no variance → not significant; empty sides → not significant
    public void Degenerate_comparisons_are_not_significant()
    {
        Assert.False(TwoProportionZTest.Test(0, 50, 0, 50).Significant);
        Assert.False(TwoProportionZTest.Test(50, 50, 50, 50).Significant);
        Assert.False(TwoProportionZTest.Test(0, 0, 5, 10).Significant);
    }

    [Fact] // the critical value for alpha 0.1, two-sided, is 1.6449: significance is strict
    public void Significance_threshold()
    {
        Assert.True(Normal.TwoSidedP(1.6450) < 0.10);
        Assert.False(Normal.TwoSidedP(1.6448) < 0.10);
    }

    [Fact]
    public void Wilson_interval()
    {
        var (lo, hi) = WilsonInterval.Compute(41, 85, confidence: 0.95);
        Assert.Equal(0.3792, lo, 0.0005);
        Assert.Equal(0.5870, hi, 0.0005);
        var (zeroLo, zeroHi) = WilsonInterval.Compute(0, 10, 0.95);
        Assert.Equal(0, zeroLo, 1e-12);
        Assert.Equal(0.2775, zeroHi, 0.0005);
        var (allLo, allHi) = WilsonInterval.Compute(10, 10, 0.95);
        Assert.Equal(0.7225, allLo, 0.0005);
        Assert.Equal(1, allHi, 1e-12);
    }
}
