namespace Probity.Core;

/// <summary>"Did you mean …?" for mistyped ids.</summary>
public static class Suggestions
{
    /// <summary>Longer input is no mistyped id: it gets no suggestion, and costs nothing to look at.</summary>
    public const int MaxInputLength = 64;

    public static string? Nearest(string input, IEnumerable<string> candidates, int maxDistance = 2)
    {
        if (input.Length > MaxInputLength) return null;
        string? best = null;
        var bestDistance = maxDistance + 1;
        foreach (var c in candidates)
        {
            // The lengths alone bound the distance from below: far apart, the candidate cannot be near.
            if (Math.Abs(input.Length - c.Length) > maxDistance) continue;
            var d = Distance(input, c);
            if (d < bestDistance || (d == bestDistance && best is not null && Closer(input, c, best)))
            {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= maxDistance ? best : null;
    }

    // Among equally near ids, prefer the one whose differing characters are closest ("2.2.9" → 2.2.3 rather than 2.2.1).
    private static bool Closer(string input, string candidate, string best)
    {
        var gap = Gap(input, candidate);
        var bestGap = Gap(input, best);
        return gap < bestGap || (gap == bestGap && string.CompareOrdinal(candidate, best) < 0);
    }

    private static int Gap(string first, string second)
    {
        var gap = Math.Abs(first.Length - second.Length) * 100;
        for (var i = 0; i < Math.Min(first.Length, second.Length); i++) gap += Math.Abs(first[i] - second[i]);
        return gap;
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string first, string second)
    {
        var previous = new int[second.Length + 1];
        var current = new int[second.Length + 1];
        for (var j = 0; j <= second.Length; j++) previous[j] = j;
        for (var i = 1; i <= first.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= second.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (first[i - 1] == second[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[second.Length];
    }
}
