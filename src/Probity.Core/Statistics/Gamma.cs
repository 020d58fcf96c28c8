namespace Probity.Core.Statistics;

/// <summary>
/// The gamma function's logarithm and the regularised incomplete gamma functions, which give the chi-square distribution.
/// Written here because the rules library takes no packages.
/// </summary>
public static class Gamma
{
    // Lanczos approximation, g = 7, nine coefficients (Godfrey's set): about 15 significant digits for x > 0.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    private const int MaxIterations = 1000;
    private const double Epsilon = 1e-15;

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x <= 0) throw new ArgumentOutOfRangeException(nameof(x), "ln Γ(x) is defined here for x > 0 only");
        // Reflection keeps the approximation where it is accurate.
        if (x < 0.5) return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++) sum += Lanczos[i] / (x + i);
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    /// <summary>Q(a, x) = Γ(a, x) / Γ(a), the upper regularised incomplete gamma function, for a &gt; 0 and x ≥ 0.</summary>
    public static double UpperRegularized(double a, double x)
    {
        Check(a, x);
        if (x == 0) return 1;
        // The series converges fast below a + 1 and the continued fraction above it (Numerical Recipes §6.2).
        return x < a + 1 ? 1 - LowerSeries(a, x) : UpperContinuedFraction(a, x);
    }

    /// <summary>P(a, x) = γ(a, x) / Γ(a) = 1 − Q(a, x).</summary>
    public static double LowerRegularized(double a, double x)
    {
        Check(a, x);
        if (x == 0) return 0;
        return x < a + 1 ? LowerSeries(a, x) : 1 - UpperContinuedFraction(a, x);
    }

    private static void Check(double a, double x)
    {
        if (!(a > 0)) throw new ArgumentOutOfRangeException(nameof(a), "a must be positive");
        if (!(x >= 0)) throw new ArgumentOutOfRangeException(nameof(x), "x must be zero or positive");
    }

    private static double Prefactor(double a, double x) => Math.Exp(-x + a * Math.Log(x) - LogGamma(a));

    private static double LowerSeries(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n < MaxIterations; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon) break;
        }
        return sum * Prefactor(a, x);
    }

    // Modified Lentz evaluation of the continued fraction for Γ(a, x).
    private static double UpperContinuedFraction(double a, double x)
    {
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon) break;
        }
        return Prefactor(a, x) * h;
    }
}
