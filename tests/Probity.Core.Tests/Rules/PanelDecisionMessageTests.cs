using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Rules;

/// <summary>R12's checks on a panel decision, with the words the panel reads when one is refused.</summary>
public class PanelDecisionMessageTests
{
    private static readonly FrameworkVersion F2019 = FrameworkCatalog.Get("hmip-crc-2019");
    private static readonly Standard Planning = F2019.FindStandard("2.2")!;

    private static PanelDecision Decision(PanelMove move) => new("2.2", move, DecisionBasis.Discretion, "Weak practice behind the figures.");

    [Theory] // one band in the named direction, from anywhere on the scale
    [InlineData(Rating.Inadequate, Rating.RequiresImprovement, PanelMove.Up)]
    [InlineData(Rating.RequiresImprovement, Rating.Good, PanelMove.Up)]
    [InlineData(Rating.Good, Rating.Outstanding, PanelMove.Up)]
    [InlineData(Rating.Outstanding, Rating.Good, PanelMove.Down)]
    [InlineData(Rating.Good, Rating.RequiresImprovement, PanelMove.Down)]
    public void One_band_moves_are_accepted(Rating before, Rating after, PanelMove move) =>
        Assert.Null(PanelDecisionRules.CheckBandChange(before, after, move));

    [Fact]
    public void Band_change_refusals_say_what_is_wrong()
    {
        Assert.Equal("a panel decision moves a rating exactly one band; Requires improvement to Outstanding is 2 bands",
            PanelDecisionRules.CheckBandChange(Rating.RequiresImprovement, Rating.Outstanding, PanelMove.Up));
        Assert.Equal("a panel decision moves a rating exactly one band; Good to Good is 0 bands",
            PanelDecisionRules.CheckBandChange(Rating.Good, Rating.Good, PanelMove.Up));
        Assert.Equal("Good to Requires improvement is not a move up",
            PanelDecisionRules.CheckBandChange(Rating.Good, Rating.RequiresImprovement, PanelMove.Up));
        Assert.Equal("Requires improvement to Good is not a move down",
            PanelDecisionRules.CheckBandChange(Rating.RequiresImprovement, Rating.Good, PanelMove.Down));
    }

    [Fact]
    public void A_standard_not_inspected_or_without_a_computed_rating_cannot_move()
    {
        var eligible = new DiscretionEligibility(true, true, false, false);
        Assert.Equal("standard 2.2 was not inspected, so there is no rating to move",
            PanelDecisionRules.Check(Decision(PanelMove.Down), Planning, Rating.Good, eligible, notInspected: true));
        Assert.Equal("standard 2.2 has no rating computed from case data to move",
            PanelDecisionRules.Check(Decision(PanelMove.Down), Planning, null, eligible, notInspected: false));
        Assert.Null(PanelDecisionRules.Check(Decision(PanelMove.Down), Planning, Rating.Good, eligible, notInspected: false));
    }

    [Fact] // the refusal names the direction the standard is eligible in
    public void An_ineligible_direction_is_refused_naming_the_eligible_one()
    {
        var onlyDown = new DiscretionEligibility(false, true, false, false);
        Assert.Equal("standard 2.2 is eligible only down: its lowest key question is not within the proximity window of a boundary in that direction, and no one-case change would move it",
            PanelDecisionRules.Check(Decision(PanelMove.Up), Planning, Rating.Good, onlyDown, notInspected: false));
        Assert.StartsWith("standard 2.2 is not eligible for discretion:",
            PanelDecisionRules.Check(Decision(PanelMove.Up), Planning, Rating.Good, DiscretionEligibility.None, notInspected: false));
    }

    [Fact] // the panel may move a standard the rules do not make eligible, saying why they do not cover it; never off the scale
    public void A_move_outside_the_rules_is_accepted_only_with_the_reason_and_only_within_the_scale()
    {
        var outside = Decision(PanelMove.Up) with { OutsideRules = "The sample missed the provider's new hub, which the fieldwork saw." };
        Assert.Null(PanelDecisionRules.Check(outside, Planning, Rating.Good, DiscretionEligibility.None, notInspected: false));
        Assert.Contains("not eligible for discretion",
            PanelDecisionRules.Check(outside with { OutsideRules = "  " }, Planning, Rating.Good, DiscretionEligibility.None, notInspected: false));
        Assert.Equal("standard 2.2 is Outstanding and cannot move up",
            PanelDecisionRules.Check(outside, Planning, Rating.Outstanding, DiscretionEligibility.None, notInspected: false));
        var manifest = new InspectionManifest { Framework = F2019.Id, Provider = new ProviderInfo("North", ProviderType.CRC), PanelDecisions = [outside] };
        var problems = new List<DatasetProblem>();
        var reread = ManifestReader.Read(ManifestWriter.Write(manifest), problems).Manifest!;
        Assert.Empty(problems);
        Assert.Equal(outside.OutsideRules, reread.PanelDecisions.Single().OutsideRules);
    }

    [Fact] // R11c preview: a key question all yes cannot gain one, all no cannot lose one
    public void One_case_what_if_needs_a_case_to_move()
    {
        var inputs = new RatingInputs { Tallies = new Dictionary<string, Tally> { ["2.2.1"] = new(0, 10), ["2.2.2"] = new(10, 0), ["2.2.3"] = new(5, 5) } };
        Assert.Null(OneCaseWhatIf.Rate(F2019, inputs, "2.2.1", oneMoreYes: false));
        Assert.Null(OneCaseWhatIf.Rate(F2019, inputs, "2.2.2", oneMoreYes: true));
        Assert.Null(OneCaseWhatIf.Rate(F2019, inputs, "9.9.9", oneMoreYes: true));
        Assert.Equal(new Tally(1, 9), OneCaseWhatIf.Rate(F2019, inputs, "2.2.1", oneMoreYes: true)!.Items["2.2.1"]);
        Assert.Equal(new Tally(9, 1), OneCaseWhatIf.Rate(F2019, inputs, "2.2.2", oneMoreYes: false)!.Items["2.2.2"]);
        Assert.Equal(new Tally(4, 6), OneCaseWhatIf.Rate(F2019, inputs, "2.2.3", oneMoreYes: false)!.Items["2.2.3"]);
    }

    [Fact] // R3 and R4 on the tally itself
    public void Tally_arithmetic()
    {
        var t = new Tally(6, 3, 2);
        Assert.Equal(9, t.Answered);
        Assert.Equal(11, t.Population);
        Assert.Equal(67, t.Percent);
        Assert.Equal(new Tally(7, 2, 2), t.WithOneMoreYes());
        Assert.Equal(new Tally(5, 4, 2), t.WithOneFewerYes());
        Assert.Equal(new Tally(7, 5, 5), t + new Tally(1, 2, 3));
    }

    [Fact]
    public void Exact_percentage()
    {
        Assert.Null(Percentages.Exact(0, 0));
        Assert.Equal(100.0 / 3, Percentages.Exact(1, 3)!.Value, 1e-12);
        Assert.Equal(64.5, Percentages.Exact(129, 200));
        Assert.Equal(0, Percentages.Exact(0, 5));
        Assert.Null(Percentages.RoundHalfUp(0, 0));
        Assert.Null(Percentages.RoundHalfUp(0, -2));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Percentages.RoundHalfUp(-1, 4));
        Assert.Equal("yes", e.ParamName);
        Assert.Contains("-1 yes out of 4", e.Message, StringComparison.Ordinal);
    }
}
