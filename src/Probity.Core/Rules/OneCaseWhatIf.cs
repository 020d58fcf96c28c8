namespace Probity.Core.Rules;

/// <summary>
/// The ratings panel's "what if one case were judged differently" (R11c, asked of one key question at a time): the
/// same inputs with one case moved from no to yes (or yes to no) on that key question, rated again in full.
/// </summary>
public static class OneCaseWhatIf
{
    /// <summary>The rating with one more case judged yes (<paramref name="oneMoreYes"/>) or one fewer; null when no case could move that way.</summary>
    public static InspectionRating? Rate(Frameworks.FrameworkVersion framework, RatingInputs inputs, string keyQuestionId, bool oneMoreYes)
    {
        if (!inputs.Tallies.TryGetValue(keyQuestionId, out var tally)) return null;
        if (oneMoreYes ? tally.No == 0 : tally.Yes == 0) return null;
        var tallies = new Dictionary<string, Tally>(inputs.Tallies)
        {
            [keyQuestionId] = oneMoreYes ? tally.WithOneMoreYes() : tally.WithOneFewerYes(),
        };
        return InspectionRater.Rate(framework, inputs with { Tallies = tallies });
    }
}
