using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Text;

namespace Probity.Core.Rules;

/// <summary>R11's four flags for one standard; the panel sees these with the sub-sample sizes and the other key questions.</summary>
public sealed record DiscretionEligibility(bool UpByProximity, bool DownByProximity, bool UpByOneCase, bool DownByOneCase)
{
    public static readonly DiscretionEligibility None = new(false, false, false, false);

    // R11d
    public bool Up => UpByProximity || UpByOneCase;
    public bool Down => DownByProximity || DownByOneCase;

    public bool Allows(Datasets.PanelMove move) => move == Datasets.PanelMove.Up ? Up : Down;

    public IReadOnlyList<string> Directions => (Up, Down) switch
    {
        (true, true) => [ExchangeTokens.Moves.Token(Datasets.PanelMove.Up), ExchangeTokens.Moves.Token(Datasets.PanelMove.Down)],
        (true, false) => [ExchangeTokens.Moves.Token(Datasets.PanelMove.Up)],
        (false, true) => [ExchangeTokens.Moves.Token(Datasets.PanelMove.Down)],
        _ => [],
    };

    public static DiscretionEligibility Assess(IReadOnlyList<Tally> ratedKeyQuestions, RatingRules rules)
    {
        var lowest = LowestBanding.LowestPercent(ratedKeyQuestions);
        if (lowest is not { } l) return None;
        var band = Banding.RatingOf(l, rules);
        var window = rules.Discretion.ProximityPoints;

        // R11a: within the window below the next boundary (46–49, 61–64, 76–79 with a five-point window).
        var upProximity = Banding.NextBoundaryAbove(l, rules) is { } above && above - l > 0 && above - l < window;

        // R11b [A]: mirrors R11a, within the window above the band's own floor (50–54, 65–69, 80–84).
        var downProximity = rules.Discretion.Downward && !Banding.IsBottomBand(band, rules)
            && l - Banding.FloorOfBand(l, rules) is var gap && gap >= 0 && gap < window;

        var (upOneCase, downOneCase) = rules.Discretion.OneCaseTest ? OneCaseTest(ratedKeyQuestions, band, rules) : (false, false);
        return new(upProximity, downProximity, upOneCase, rules.Discretion.Downward && downOneCase);
    }

    // R11c: change exactly one case's judgement in one key question, the others unchanged, and see whether the band moves.
    private static (bool Up, bool Down) OneCaseTest(IReadOnlyList<Tally> tallies, Rating band, RatingRules rules)
    {
        bool up = false, down = false;
        var trial = tallies.ToArray();
        for (var k = 0; k < tallies.Count; k++)
        {
            var t = tallies[k];
            // Stryker disable once Statement : equivalent; a tally with nothing answered has Yes = Answered = 0, so neither change below applies
            if (!t.HasValue) continue;
            if (t.Yes < t.Answered)
            {
                trial[k] = t.WithOneMoreYes();
                up |= BandOfLowest(trial, rules) > band;
            }
            if (t.Yes > 0)
            {
                trial[k] = t.WithOneFewerYes();
                down |= BandOfLowest(trial, rules) < band;
            }
            trial[k] = t;
        }
        return (up, down);
    }

    private static Rating BandOfLowest(IReadOnlyList<Tally> tallies, RatingRules rules) =>
        Banding.RatingOf(LowestBanding.LowestPercent(tallies)!.Value, rules);
}
