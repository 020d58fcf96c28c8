using System.Globalization;
using Probity.Core.Input;

namespace Probity.Exchange.Input;

/// <summary>
/// The reading limits a host takes from its environment: each <c>PROBITY_MAX_…</c> variable that is set replaces its
/// default (docs/reference/command-line.md, "What Probity reads, and its limits"). A value that is not a whole number from 1 up is refused by name.
/// </summary>
public static class EnvironmentLimits
{
    public static ReadingLimits Read() => Read(Environment.GetEnvironmentVariable);

    /// <exception cref="ArgumentException">A variable is set to something other than a whole number from 1 up.</exception>
    public static ReadingLimits Read(Func<string, string?> variable)
    {
        var limits = ReadingLimits.Default;
        foreach (var limit in ReadingLimits.All)
        {
            if (variable(limit.Variable) is not { Length: > 0 } text) continue;
            var digits = text.Trim().Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
                throw new ArgumentException($"{limit.Variable}=\"{text}\" is not a whole number of {limit.Unit} from 1 up (the default is {limit.Default.ToString("N0", CultureInfo.InvariantCulture)})");
            limits = limits.With(limit, value);
        }
        return limits;
    }
}
