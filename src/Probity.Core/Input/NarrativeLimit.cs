using System.Globalization;

namespace Probity.Core.Input;

/// <summary>The refusal of a block of inspectors' text longer than <see cref="ReadingLimits.MaxNarrativeChars"/>.</summary>
public static class NarrativeLimit
{
    public static string TooLong(int length, ReadingLimits limits) =>
        $"the text is {length.ToString("N0", CultureInfo.InvariantCulture)} characters long, more than one block may hold "
        + $"({ReadingLimits.NarrativeLength.HowToRaise(limits.MaxNarrativeChars)})";
}
