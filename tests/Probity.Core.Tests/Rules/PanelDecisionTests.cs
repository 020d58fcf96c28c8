using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Rules;

/// <summary>R10–R13: panel decisions are inputs, validated before they move anything.</summary>
public class PanelDecisionTests
{
    private static readonly FrameworkVersion F2019 = FrameworkCatalog.Get("hmip-crc-2019");
    private static readonly FrameworkVersion F2018 = FrameworkCatalog.Get("hmip-crc-2018");
    private static Tally T(int yes, int answered) => new(yes, answered - yes);

    private static InspectionRating Rate(FrameworkVersion f, Dictionary<string, Tally> tallies, params PanelDecision[] decisions) =>
        InspectionRater.Rate(f, new RatingInputs { Tallies = tallies, PanelDecisions = decisions });

    private static Dictionary<string, Tally> Reviewing48 => new() { ["2.4.1"] = T(63, 97), ["2.4.2"] = T(68, 97), ["2.4.3"] = T(41, 85) };
    private static Dictionary<string, Tally> Planning51 => new() { ["2.2.1"] = T(76, 97), ["2.2.2"] = T(72, 97), ["2.2.3"] = T(43, 85) };
    private static Dictionary<string, Tally> UnpaidWork48 => new() { ["4.1.1"] = T(12, 25), ["4.1.2"] = T(19, 24), ["4.1.4"] = T(21, 25) };

    private static PanelDecision Up(string standard, DecisionBasis basis = DecisionBasis.Discretion) => new(standard, PanelMove.Up, basis, "Findings improved overall.");
    private static PanelDecision Down(string standard) => new(standard, PanelMove.Down, DecisionBasis.Discretion, "Weak practice behind the figures.");

    [Fact]
    public void Eligible_upward_discretion_moves_one_band()
    {
        var s = Rate(F2019, Reviewing48, Up("2.4")).Standard("2.4")!;
        Assert.Equal(Rating.Inadequate, s.IndicativeRating);
        Assert.Equal(Rating.RequiresImprovement, s.Rating);
        Assert.NotNull(s.AppliedDecision);
    }

    [Fact]
    public void Eligible_downward_discretion_moves_one_band()
    {
        var s = Rate(F2019, Planning51, Down("2.2")).Standard("2.2")!;
        Assert.Equal(Rating.Inadequate, s.Rating);
    }

    [Fact]
    public void Ineligible_upward_discretion_is_refused_and_says_why()
    {
        var r = Rate(F2019, Planning51, Up("2.2"));
        var problem = Assert.Single(r.Problems);
        Assert.Equal(0, problem.DecisionIndex);
        Assert.Contains("eligible only down", problem.Message);
        Assert.Equal(Rating.RequiresImprovement, r.Standard("2.2")!.Rating); // unchanged
    }

    [Fact]
    public void Ineligible_downward_discretion_is_refused()
    {
        var r = Rate(F2019, Reviewing48, Down("2.4"));
        Assert.Contains("cannot move down", Assert.Single(r.Problems).Message); // Inadequate is the bottom
        var tenPoints = Rate(F2019, new() { ["2.1.1"] = T(60, 100), ["2.1.2"] = T(75, 100), ["2.1.3"] = T(70, 100) }, Down("2.1"));
        Assert.Contains("not eligible", Assert.Single(tenPoints.Problems).Message); // 60: not within 5 of 50, and 1/100 cannot move it
    }

    [Fact] // T11: a record moving two bands is rejected
    public void T11_two_band_moves_are_rejected()
    {
        Assert.NotNull(PanelDecisionRules.CheckBandChange(Rating.Inadequate, Rating.Good, PanelMove.Up));
        Assert.NotNull(PanelDecisionRules.CheckBandChange(Rating.Good, Rating.RequiresImprovement, PanelMove.Up));
        Assert.Null(PanelDecisionRules.CheckBandChange(Rating.Inadequate, Rating.RequiresImprovement, PanelMove.Up));
    }

    [Fact] // T12: discretion on domain one is rejected (R10)
    public void T12_discretion_on_a_judgement_standard_is_rejected()
    {
        var r = InspectionRater.Rate(F2019, new RatingInputs
        {
            Tallies = new Dictionary<string, Tally>(),
            DomainOneRatings = new Dictionary<string, Rating> { ["1.2"] = Rating.Good },
            PanelDecisions = [Up("1.2")],
        });
        Assert.Contains("rated by judgement", Assert.Single(r.Problems).Message);
        Assert.Equal(Rating.Good, r.Standard("1.2")!.Rating);
    }

    [Fact]
    public void A_rationale_is_required()
    {
        var r = Rate(F2019, Reviewing48, new PanelDecision("2.4", PanelMove.Up, DecisionBasis.Discretion, "  "));
        Assert.Contains("needs a rationale", Assert.Single(r.Problems).Message);
    }

    [Fact]
    public void One_decision_per_standard()
    {
        var r = Rate(F2019, UnpaidWork48, Up("4.1"), Up("4.1", DecisionBasis.UnpaidWorkQualitative));
        Assert.Contains("second panel decision", Assert.Single(r.Problems).Message);
        Assert.Equal(1, r.Problems[0].DecisionIndex);
    }

    [Fact] // T7 / R13: qualitative adjustment needs no eligibility and moves at most one band
    public void T7_unpaid_work_qualitative_adjustment()
    {
        var s = Rate(F2019, UnpaidWork48, Up("4.1", DecisionBasis.UnpaidWorkQualitative)).Standard("4.1")!;
        Assert.Equal(Rating.Inadequate, s.IndicativeRating);
        Assert.True(s.Eligibility.UpByProximity);
        Assert.True(s.Eligibility.UpByOneCase); // 13/25 = 52
        Assert.Equal(Rating.RequiresImprovement, s.Rating);
    }

    [Fact] // R13: the qualitative adjustment may move a standard that discretion could not
    public void Qualitative_adjustment_without_eligibility()
    {
        var tallies = new Dictionary<string, Tally> { ["4.1.1"] = T(70, 100), ["4.1.2"] = T(72, 100), ["4.1.4"] = T(72, 100) };
        Assert.NotEmpty(Rate(F2019, tallies, Down("4.1")).Problems); // 70 is 5 above 65: not eligible
        var s = Rate(F2019, tallies, new PanelDecision("4.1", PanelMove.Down, DecisionBasis.UnpaidWorkQualitative, "Poor site safety observed.")).Standard("4.1")!;
        Assert.Equal(Rating.RequiresImprovement, s.Rating);
    }

    [Fact] // R14: the 2018 framework has no qualitative adjustment
    public void No_qualitative_adjustment_in_2018_or_outside_unpaid_work()
    {
        var tallies2018 = new Dictionary<string, Tally> { ["4.1.1"] = T(70, 100), ["4.1.2"] = T(72, 100), ["4.1.3"] = T(72, 100), ["4.1.4"] = T(80, 100) };
        Assert.Contains("no qualitative adjustment", Assert.Single(Rate(F2018, tallies2018, Up("4.1", DecisionBasis.UnpaidWorkQualitative)).Problems).Message);
        Assert.Contains("no qualitative adjustment", Assert.Single(Rate(F2019, Reviewing48, Up("2.4", DecisionBasis.UnpaidWorkQualitative)).Problems).Message);
    }

    [Fact]
    public void Decisions_on_unknown_or_not_inspected_standards_are_refused()
    {
        Assert.Contains("not a standard", Assert.Single(Rate(F2019, Reviewing48, Up("9.9")).Problems).Message);
        var r = InspectionRater.Rate(F2019, new RatingInputs { Tallies = Reviewing48, PanelDecisions = [Up("2.4")], NotInspected = ["2.4"] });
        Assert.Contains("not inspected", Assert.Single(r.Problems).Message);
    }

    [Fact]
    public void Nothing_moves_beyond_the_ends_of_the_scale()
    {
        Assert.Null(PanelDecisionRules.Moved(Rating.Outstanding, PanelMove.Up));
        Assert.Null(PanelDecisionRules.Moved(Rating.Inadequate, PanelMove.Down));
        Assert.Equal(Rating.Good, PanelDecisionRules.Moved(Rating.RequiresImprovement, PanelMove.Up));
    }
}
