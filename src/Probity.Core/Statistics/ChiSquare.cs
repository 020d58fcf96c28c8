namespace Probity.Core.Statistics;

/// <summary>A chi-square goodness-of-fit result; <see cref="SmallExpected"/> counts cells expecting fewer than five.</summary>
public sealed record ChiSquareResult(double Statistic, int DegreesOfFreedom, double PValue, int SmallExpected)
{
    /// <summary>The usual rule of thumb: with cells expecting fewer than five, the p-value is only approximate.</summary>
    public bool Approximate => SmallExpected > 0;
}

public static class ChiSquare
{
    /// <summary>P(X ≥ x) for X ~ χ²(df): Q(df/2, x/2).</summary>
    public static double UpperTail(double x, int degreesOfFreedom)
    {
        if (degreesOfFreedom < 1) throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), "at least one degree of freedom");
        return x <= 0 ? 1 : Gamma.UpperRegularized(degreesOfFreedom / 2.0, x / 2);
    }

    /// <summary>
    /// Pearson's goodness-of-fit test of observed counts against expected counts (same length, expected all positive);
    /// df = cells − 1. Null when there is only one cell: nothing can differ.
    /// </summary>
    public static ChiSquareResult? GoodnessOfFit(IReadOnlyList<int> observed, IReadOnlyList<double> expected)
    {
        if (observed.Count != expected.Count) throw new ArgumentException("observed and expected need the same number of cells");
        if (observed.Count < 2) return null;
        double statistic = 0;
        var small = 0;
        for (var i = 0; i < observed.Count; i++)
        {
            if (!(expected[i] > 0)) throw new ArgumentOutOfRangeException(nameof(expected), "every expected count must be positive");
            var d = observed[i] - expected[i];
            statistic += d * d / expected[i];
            if (expected[i] < 5) small++;
        }
        var df = observed.Count - 1;
        return new(statistic, df, UpperTail(statistic, df), small);
    }
}
