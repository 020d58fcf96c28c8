namespace Probity.Core.Rules;

/// <summary>The answers to one item over its population: yes, no, and not applicable (R2–R3).</summary>
public readonly record struct Tally(int Yes, int No, int NotApplicable = 0)
{
    /// <summary>The denominator: cases answered yes or no (R3; na is left out).</summary>
    public int Answered => Yes + No;

    /// <summary>Every case of the population with an answer, na included.</summary>
    public int Population => Yes + No + NotApplicable;

    public bool HasValue => Answered > 0;

    /// <summary>R4's whole-number percentage, or null when nothing was answered yes or no.</summary>
    public int? Percent => Percentages.RoundHalfUp(Yes, Answered);

    public Tally WithOneMoreYes() => this with { Yes = Yes + 1, No = No - 1 };
    public Tally WithOneFewerYes() => this with { Yes = Yes - 1, No = No + 1 };

    public static Tally operator +(Tally left, Tally right) => new(left.Yes + right.Yes, left.No + right.No, left.NotApplicable + right.NotApplicable);
}
