using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Rules;

/// <summary>R11d: either ground alone makes a direction eligible, and a standard with nothing to band is eligible for nothing.</summary>
public class DiscretionDirectionTests
{
    private static readonly FrameworkVersion F2019 = FrameworkCatalog.Get("hmip-crc-2019");
    private static RatingRules Rules => F2019.RatingRules!;

    private static Tally T(int yes, int answered, int na = 0) => new(yes, answered - yes, na);

    [Theory] // each flag alone, both, and neither; the other key question (90/100) never caps the band
    [InlineData(54, 100, false, false, true, false, "down")]  // 54 is within five of 50; one case fewer is 53, still RI
    [InlineData(6, 11, false, false, false, true, "down")]    // 55 is five above 50 (outside); one fewer is 5/11 = 45; one more is 64
    [InlineData(62, 100, true, false, false, false, "up")]    // 62 is within five of 65; one case more is 63
    [InlineData(3, 7, false, true, false, false, "up")]       // 43 is seven below 50; one more is 4/7 = 57
    [InlineData(2, 3, false, true, true, true, "up,down")]    // 67: one more is 100, one fewer is 33, and 67 is two above 65
    [InlineData(72, 100, false, false, false, false, "")]     // eight from 65 and from 80, and one case moves a point
    public void Either_ground_alone_makes_a_direction_eligible(int yes, int answered,
        bool upByProximity, bool upByOneCase, bool downByProximity, bool downByOneCase, string directions)
    {
        var e = DiscretionEligibility.Assess([T(yes, answered), T(90, 100)], Rules);
        Assert.Equal((upByProximity, upByOneCase, downByProximity, downByOneCase), (e.UpByProximity, e.UpByOneCase, e.DownByProximity, e.DownByOneCase));
        Assert.Equal(upByProximity || upByOneCase, e.Up);
        Assert.Equal(downByProximity || downByOneCase, e.Down);
        Assert.Equal(e.Up, e.Allows(PanelMove.Up));
        Assert.Equal(e.Down, e.Allows(PanelMove.Down));
        Assert.Equal(directions.Split(',', StringSplitOptions.RemoveEmptyEntries), e.Directions);
    }

    [Fact] // R8: no key question with a value → nothing to be close to
    public void No_key_question_with_a_value_is_eligible_for_nothing()
    {
        var e = DiscretionEligibility.Assess([T(0, 0, 4), new Tally(0, 0)], Rules);
        Assert.Equal(DiscretionEligibility.None, e);
        Assert.False(e.UpByProximity);
        Assert.False(e.DownByProximity);
        Assert.False(e.UpByOneCase);
        Assert.False(e.DownByOneCase);
        Assert.Empty(e.Directions);
    }

    [Fact]
    public void None_allows_no_move()
    {
        var none = DiscretionEligibility.None;
        Assert.False(none.Up);
        Assert.False(none.Down);
        Assert.False(none.Allows(PanelMove.Up));
        Assert.False(none.Allows(PanelMove.Down));
    }

    [Fact] // R10: judgement standards never get eligibility, whatever their key questions hold
    public void Judgement_and_unrated_standards_carry_no_eligibility()
    {
        var rating = InspectionRater.Rate(F2019, new RatingInputs
        {
            Tallies = new Dictionary<string, Tally>(),
            DomainOneRatings = new Dictionary<string, Ratings.Rating> { ["1.1"] = Ratings.Rating.Good },
        });
        var leadership = rating.Standard("1.1")!;
        Assert.False(leadership.Eligibility.Up);
        Assert.False(leadership.Eligibility.Down);
        var assessment = rating.Standard("2.1")!; // no case data at all
        Assert.False(assessment.Eligibility.Up);
        Assert.False(assessment.Eligibility.Down);
    }
}
