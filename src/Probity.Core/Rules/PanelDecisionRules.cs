using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Text;

namespace Probity.Core.Rules;

public static class PanelDecisionRules
{
    // R12: a record always moves exactly one band, in the direction it names.
    public static string? CheckBandChange(Rating before, Rating after, PanelMove move)
    {
        var change = (int)after - (int)before;
        if (Math.Abs(change) != 1)
            return $"a panel decision moves a rating exactly one band; {before.DisplayName()} to {after.DisplayName()} is {Math.Abs(change)} bands";
        if ((change > 0) != (move == PanelMove.Up))
            return $"{before.DisplayName()} to {after.DisplayName()} is not a move {move.ToString().ToLowerInvariant()}";
        return null;
    }

    /// <summary>The rating one band away, or null off the end of the scale.</summary>
    public static Rating? Moved(Rating rating, PanelMove move)
    {
        var next = (int)rating + (move == PanelMove.Up ? 1 : -1);
        return next is < (int)Rating.Inadequate or > (int)Rating.Outstanding ? null : (Rating)next;
    }

    /// <summary>
    /// R10–R13: why <paramref name="decision"/> may not be applied to its standard, or null when it may. The caller has
    /// already found the standard, its indicative (banded) rating and its eligibility.
    /// </summary>
    public static string? Check(PanelDecision decision, Standard standard, Rating? indicative, DiscretionEligibility eligibility, bool notInspected)
    {
        if (string.IsNullOrWhiteSpace(decision.Rationale))
            return $"the decision on {standard.Id} needs a rationale: the panel must record why it moved the rating";
        if (notInspected)
            return $"standard {standard.Id} was not inspected, so there is no rating to move";
        // R10: only case-data standards; never domain one, never the overall rating.
        if (standard.RatedBy != RatingBasis.CaseData)
            return $"standard {standard.Id} {standard.Name} is rated by judgement; panel decisions apply only to standards rated from case data";
        if (indicative is not { } before)
            return $"standard {standard.Id} has no rating computed from case data to move";
        if (Moved(before, decision.Move) is null)
            return $"standard {standard.Id} is {before.DisplayName()} and cannot move {ExchangeTokens.Moves.Token(decision.Move)}";
        if (decision.Basis == DecisionBasis.UnpaidWorkQualitative)
        {
            // R13: the qualitative adjustment needs no eligibility, but only exists where the framework defines it.
            return standard.QualitativeAdjustment is null
                ? $"standard {standard.Id} has no qualitative adjustment in this framework (basis \"{ExchangeTokens.Bases.Token(DecisionBasis.UnpaidWorkQualitative)}\" applies only to a standard that has one, such as 2019 unpaid work)"
                : null;
        }
        // R12 [A]: discretion only where R11 makes the standard eligible in that direction, unless the panel records why
        // the rules do not cover this case (kept with the decision, and exported with it).
        if (!eligibility.Allows(decision.Move) && string.IsNullOrWhiteSpace(decision.OutsideRules))
        {
            var eligible = eligibility.Directions.Count == 0 ? "not eligible for discretion" : $"eligible only {string.Join(/* Stryker disable once String : equivalent; a refused move leaves at most one eligible direction to join */ " and ", eligibility.Directions)}";
            return $"standard {standard.Id} is {eligible}: its lowest key question is not within the proximity window of a boundary in that direction, and no one-case change would move it";
        }
        return null;
    }
}
