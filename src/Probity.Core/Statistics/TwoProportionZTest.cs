using Probity.Core.Frameworks;

namespace Probity.Core.Statistics;

public sealed record ZTestResult(double Z, double PValue, bool Significant);

public static class TwoProportionZTest
{
    /// <summary>
    /// R20: compares x1/n1 (previous or national) with x2/n2 (current) on the counts, never the rounded percentages.
    /// Pooled variance, two-sided, significant only when p &lt; alpha strictly; a pooled proportion of 0 or 1 (no
    /// variance) or an empty side is "not significant".
    /// </summary>
    public static ZTestResult Test(int x1, int n1, int x2, int n2, SignificanceRule? rule = null)
    {
        rule ??= SignificanceRule.Default;
        if (n1 <= 0 || n2 <= 0) return new(0, 1, false);
        double p1 = (double)x1 / n1, p2 = (double)x2 / n2;
        double se;
        if (rule.Pooled)
        {
            var p = (double)(x1 + x2) / (n1 + n2);
            se = Math.Sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2));
        }
        else se = Math.Sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        if (se == 0) return new(0, 1, false);
        var z = (p2 - p1) / se;
        var pValue = rule.Tails == 2 ? Normal.TwoSidedP(z) : Normal.Cdf(-Math.Abs(z));
        return new(z, pValue, pValue < rule.Alpha);
    }
}
