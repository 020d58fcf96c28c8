namespace Probity.Core.Statistics;

public static class WilsonInterval
{
    /// <summary>
    /// The Wilson score interval for yes/answered, as proportions (0–1) at the given two-sided confidence (default 90%,
    /// matching the 0.1 significance level). Well behaved at 0% and 100% and for small sub-samples, unlike the Wald interval.
    /// </summary>
    public static (double Lower, double Upper) Compute(int yes, int answered, double confidence = 0.90)
    {
        if (answered <= 0) return (0, 1);
        if (yes < 0 || yes > answered) throw new ArgumentOutOfRangeException(nameof(yes));
        var z = Normal.InverseCdf(1 - (1 - confidence) / 2);
        var n = (double)answered;
        var p = yes / n;
        var z2 = z * z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
