namespace Probity.Core.Rules;

public static class Percentages
{
    // R3: exact = 100·y/d; no value when d = 0.
    public static double? Exact(int yes, int answered) => answered == 0 ? null : 100.0 * yes / answered;

    // R4: round half up to a whole number, in integer arithmetic so 64.5 is never 64.4999…: floor((200y + d) / 2d).
    public static int? RoundHalfUp(int yes, int answered)
    {
        if (answered <= 0) return null;
        if (yes < 0 || yes > answered) throw new ArgumentOutOfRangeException(nameof(yes), $"{yes} yes out of {answered}");
        return (int)((200L * yes + answered) / (2L * answered));
    }
}
