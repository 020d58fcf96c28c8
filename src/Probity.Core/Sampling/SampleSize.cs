using System.Globalization;
using Probity.Core.Statistics;

namespace Probity.Core.Sampling;

/// <summary>
/// The working of spec §6.4 [X]: Cochran's formula for a proportion with the finite population correction. This is
/// Probity's proposal, not HMIP's published method, and every output must say so with <see cref="Label"/>.
/// </summary>
public sealed record SampleSizeCalculation(int? Population, double ConfidencePercent, double MarginPercent, double Z, double P, double N0, int Required)
{
    public double E => MarginPercent / 100;

    /// <summary>The sentence spec §6.4 requires wherever the formula's result is shown.</summary>
    public string Label =>
        $"sample size calculated by Probity using Cochran's formula with finite population correction (z = {Z.ToString("0.0000", CultureInfo.InvariantCulture)}, "
        + $"p = {Number(P)}, e = {Number(E)}); HMIP publishes only the 80% confidence / 5-point margin targets";

    /// <summary>The formula with this population's numbers, so a reader can check it by hand.</summary>
    public string Working
    {
        get
        {
            var n0 = N0.ToString("0.00", CultureInfo.InvariantCulture);
            var head = $"z = Φ⁻¹(1 − (1 − {Number(ConfidencePercent / 100)})/2) = {Z.ToString("0.000000", CultureInfo.InvariantCulture)}; "
                + $"n0 = z²·p(1 − p)/e² = {n0}; ";
            if (Population is not { } n) return head + $"with no population size, n = ceil(n0) = {Required}";
            var n0Less1 = (N0 - 1).ToString("0.00", CultureInfo.InvariantCulture);
            return head + $"n = ceil(n0 / (1 + (n0 − 1)/N)) = ceil({n0} / (1 + {n0Less1}/{n})) = {Required}";
        }
    }

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}

public static class SampleSize
{
    /// <summary>p = 0.5, the most conservative proportion (spec §6.4).</summary>
    public const double ConservativeP = 0.5;

    // A float below this over a whole number is that whole number (n0 / (1 + (n0 − 1)/N) must not round 63.0000000001 up to 64).
    private const double Tolerance = 1e-9;

    /// <summary>
    /// §6.4 [X]: z = Φ⁻¹(1 − (1 − confidence)/2), n0 = z²·p(1 − p)/e², n = ceil(n0 / (1 + (n0 − 1)/N)); null N is an
    /// unlimited population (n = ceil(n0)); N = 0 needs no cases.
    /// </summary>
    public static SampleSizeCalculation Cochran(int? population, double confidencePercent = 80, double marginPercent = 5)
    {
        if (population is < 0) throw new ArgumentOutOfRangeException(nameof(population), "a population cannot be negative");
        if (!(confidencePercent is > 0 and < 100)) throw new ArgumentOutOfRangeException(nameof(confidencePercent));
        if (!(marginPercent is > 0 and < 100)) throw new ArgumentOutOfRangeException(nameof(marginPercent));
        var z = Normal.InverseCdf(1 - (1 - confidencePercent / 100) / 2);
        var e = marginPercent / 100;
        var n0 = z * z * ConservativeP * (1 - ConservativeP) / (e * e);
        var n = population switch
        {
            null => n0,
            0 => 0,
            { } size => n0 / (1 + (n0 - 1) / size),
        };
        var required = (int)Math.Ceiling(n - Tolerance);
        if (population is { } cap) required = Math.Min(required, cap);
        return new(population, confidencePercent, marginPercent, z, ConservativeP, n0, required);
    }
}
