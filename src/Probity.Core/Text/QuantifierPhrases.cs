using Probity.Core.Rules;

namespace Probity.Core.Text;

/// <summary>
/// Suggested words for a percentage, so narrative and numbers agree. <see cref="Preferred"/> follows the §9.3 rules; the
/// other phrases are alternatives of the families the published reports use (§9.2). Inspectors always edit them.
/// </summary>
public sealed record QuantifierSuggestion(double Percent, string Preferred, IReadOnlyList<string> Phrases, IReadOnlyList<string> ComplementPhrases)
{
    /// <summary>The wording of the complement, for a finding framed negatively ("over one-third … were not consulted").</summary>
    public string PreferredComplement => ComplementPhrases[0];
}

/// <summary>§9.3 [X — our proposal, not HMIP's]: the quantifier-phrase generator.</summary>
public static class QuantifierPhrases
{
    private sealed record Anchor(double Percent, string[] Forms);

    // §9.3 step 1: the anchor fractions, each with the forms the reports write them in ("4 out of 10", "a third").
    private static readonly Anchor[] Anchors =
    [
        new(100.0 / 3, ["a third", "one-third"]),
        new(40, ["4 out of 10", "two-fifths"]),
        new(50, ["half", "one-half"]),
        new(60, ["6 out of 10", "three-fifths"]),
        new(200.0 / 3, ["two-thirds"]),
        new(70, ["7 out of 10"]),
        new(75, ["three-quarters"]),
        new(80, ["8 out of 10", "four-fifths"]),
        new(90, ["9 out of 10"]),
    ];

    /// <summary>How far from an anchor a qualified fraction is still offered (§9.3 step 2).</summary>
    public const double Window = 4;

    /// <summary>Below this whole percentage the negative framing "only …" is offered too (every "only" in §9.2 is under 65).</summary>
    public const int OnlyBelow = 65;

    public static QuantifierSuggestion Suggest(int yes, int answered)
    {
        if (answered <= 0) throw new ArgumentOutOfRangeException(nameof(answered), "a percentage needs at least one case answered yes or no");
        return Build(100.0 * yes / answered, Percentages.RoundHalfUp(yes, answered)!.Value);
    }

    /// <summary>For a figure known only as a printed whole percentage.</summary>
    public static QuantifierSuggestion Suggest(int percent) => Build(percent, percent);

    private static QuantifierSuggestion Build(double exact, int whole)
    {
        if (exact is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(exact), $"{exact} is not a percentage");
        var phrases = Phrases(exact, whole);
        var complement = Phrases(100 - exact, 100 - whole);
        return new(exact, phrases[0], phrases, complement);
    }

    private static List<string> Phrases(double exact, int whole)
    {
        var list = new List<string> { PreferredPhrase(exact, whole) };
        // §9.3 step 3 and the §9.1 band vocabulary.
        if (whole == 100) list.Add("all");
        if (whole >= 95) list.Add("almost all");
        if (whole is >= 80 and <= 89) list.Add("a large majority");
        if (whole is >= 65 and <= 79) list.Add("a reasonable majority");
        if (whole is >= 40 and <= 49) list.AddRange(["less than half", "under half"]);
        if (whole is >= 47 and <= 50) list.Add("only half");

        // Every anchor within the window, nearest first. Plain and "around" are offered a little wider than §9.3's one
        // point, because the reports write "only a third" for 35% and "around 4 out of every 10" for 43% (§9.2).
        foreach (var anchor in Anchors.Where(a => Math.Abs(exact - a.Percent) <= Window).OrderBy(a => Math.Abs(exact - a.Percent)))
        {
            var diff = exact - anchor.Percent;
            foreach (var form in anchor.Forms)
            {
                if (Math.Abs(diff) <= 2) list.Add(form);
                if (Math.Abs(diff) <= 3) list.Add("around " + form);
                if (diff > 0) list.AddRange(["just over " + form, "more than " + form, "over " + form]);
                if (diff < 0) list.AddRange(["almost " + form, "just under " + form, "under " + form, "less than " + form]);
            }
        }
        list.Add($"{whole} per cent");
        if (whole < OnlyBelow) list.AddRange(list.Where(p => p != "only half").Select(p => "only " + p).ToList());
        return list.Distinct().ToList();
    }

    // §9.3: special ranges first; otherwise the nearest anchor within the window, qualified by the sign and size of the
    // difference from the exact value; otherwise the figure itself.
    private static string PreferredPhrase(double exact, int whole)
    {
        if (whole >= 95) return whole == 100 ? "all" : "almost all";
        if (whole is >= 80 and <= 89) return "a large majority";
        if (whole is >= 40 and <= 49) return "less than half";
        var nearest = Anchors.MinBy(a => Math.Abs(exact - a.Percent))!;
        var diff = exact - nearest.Percent;
        return diff switch
        {
            _ when Math.Abs(diff) <= 1 => nearest.Forms[0],
            > 1 and <= Window => "just over " + nearest.Forms[0],
            < -1 and >= -Window => "almost " + nearest.Forms[0],
            _ => $"{whole} per cent",
        };
    }
}
