namespace Probity.Core.Statistics;

public static class Normal
{
    /// <summary>
    /// The standard normal CDF Φ(x), to double precision: Hart's algorithm 5666 as given by West (2005), "Better
    /// approximations to cumulative normal functions".
    /// </summary>
    public static double Cdf(double x)
    {
        var a = Math.Abs(x);
        double tail;
        if (a > 37) tail = 0;
        else
        {
            var e = Math.Exp(-a * a / 2);
            if (a < 7.07106781186547)
            {
                var n = 3.52624965998911E-02 * a + 0.700383064443688;
                n = n * a + 6.37396220353165;
                n = n * a + 33.912866078383;
                n = n * a + 112.079291497871;
                n = n * a + 221.213596169931;
                n = n * a + 220.206867912376;
                var d = 8.83883476483184E-02 * a + 1.75566716318264;
                d = d * a + 16.064177579207;
                d = d * a + 86.7807322029461;
                d = d * a + 296.564248779674;
                d = d * a + 637.333633378831;
                d = d * a + 793.826512519948;
                d = d * a + 440.413735824752;
                tail = e * n / d;
            }
            else
            {
                var b = a + 0.65;
                b = a + 4 / b;
                b = a + 3 / b;
                b = a + 2 / b;
                b = a + 1 / b;
                tail = e / b / 2.506628274631;
            }
        }
        return x > 0 ? 1 - tail : tail;
    }

    /// <summary>Two-sided p-value of a z statistic.</summary>
    public static double TwoSidedP(double z) => 2 * Cdf(-Math.Abs(z));

    /// <summary>
    /// Φ⁻¹(p) by Acklam's rational approximation refined with one Halley step (relative error below 1e-15), e.g. 1.281552
    /// for p = 0.90 — the z of 80% two-sided confidence.
    /// </summary>
    public static double InverseCdf(double p)
    {
        if (p is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(p), "p must be strictly between 0 and 1");
        double[] a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        double[] b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        double[] c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        double[] d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        double x;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        else if (p <= 1 - low)
        {
            var q = p - 0.5;
            var r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        else
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        var e = Cdf(x) - p;
        var u = e * Math.Sqrt(2 * Math.PI) * Math.Exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }
}
