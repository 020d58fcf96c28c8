using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Rules;

/// <summary>R7–R9 and R11 on whole standards, with the spec's test vectors T5–T10 and T13–T14.</summary>
public class StandardRatingTests
{
    private static readonly FrameworkVersion F2019 = FrameworkCatalog.Get("hmip-crc-2019");
    private static readonly FrameworkVersion F2018 = FrameworkCatalog.Get("hmip-crc-2018");
    private static RatingRules Rules => F2019.RatingRules!;

    private static Tally T(int yes, int answered, int na = 0) => new(yes, answered - yes, na);

    private static StandardRating RateStandard(FrameworkVersion framework, string standard, Dictionary<string, Tally> tallies,
        params PanelDecision[] decisions)
    {
        var rating = InspectionRater.Rate(framework, new RatingInputs { Tallies = tallies, PanelDecisions = decisions });
        Assert.Empty(rating.Problems);
        return rating.Standard(standard)!;
    }

    [Fact] // T5: 74, 80, 58 (49/85) → RI, lowest = third, no eligibility
    public void T5_lowest_banding_without_eligibility()
    {
        var s = RateStandard(F2019, "2.1", new() { ["2.1.1"] = T(72, 97), ["2.1.2"] = T(78, 97), ["2.1.3"] = T(49, 85) });
        Assert.Equal(Rating.RequiresImprovement, s.Rating);
        Assert.Equal(["2.1.3"], s.LowestKeyQuestions);
        Assert.Equal(58, s.LowestPercent);
        Assert.False(s.Eligibility.Up);
        Assert.False(s.Eligibility.Down);
    }

    [Fact] // T6: 65, 70, 48 (41/85) → I; eligible up by proximity only
    public void T6_up_by_proximity_only()
    {
        var s = RateStandard(F2019, "2.4", new() { ["2.4.1"] = T(63, 97), ["2.4.2"] = T(68, 97), ["2.4.3"] = T(41, 85) });
        Assert.Equal(Rating.Inadequate, s.Rating);
        Assert.True(s.Eligibility.UpByProximity);
        Assert.False(s.Eligibility.UpByOneCase); // 42/85 = 49
        Assert.False(s.Eligibility.Down);
    }

    [Fact] // T8: 64 (7/11), 82, 91 → RI; up by proximity and one case
    public void T8_up_by_proximity_and_one_case()
    {
        var s = RateStandard(F2019, "4.2", new() { ["4.2.1"] = T(7, 11), ["4.2.2"] = T(9, 11), ["4.2.3"] = T(10, 11) });
        Assert.Equal(Rating.RequiresImprovement, s.Rating);
        Assert.True(s.Eligibility.UpByProximity);
        Assert.True(s.Eligibility.UpByOneCase);
    }

    [Fact] // T9: 78, 74, 51 (43/85) → RI; eligible down both ways; no decision → stays RI
    public void T9_down_eligibility_is_not_applied_without_a_decision()
    {
        var s = RateStandard(F2019, "2.2", new() { ["2.2.1"] = T(76, 97), ["2.2.2"] = T(72, 97), ["2.2.3"] = T(43, 85) });
        Assert.True(s.Eligibility.DownByProximity);
        Assert.True(s.Eligibility.DownByOneCase); // 42/85 = 49
        Assert.False(s.Eligibility.Up);
        Assert.Equal(Rating.RequiresImprovement, s.Rating);
        Assert.Null(s.AppliedDecision);
    }

    [Fact] // T10: 45/100 — five below 50 is not "less than five"; one more yes gives 46
    public void T10_five_points_below_is_outside_the_window()
    {
        var s = RateStandard(F2019, "2.1", new() { ["2.1.1"] = T(45, 100), ["2.1.2"] = T(70, 100), ["2.1.3"] = T(90, 100) });
        Assert.Equal(Rating.Inadequate, s.Rating);
        Assert.False(s.Eligibility.Up);
        Assert.False(s.Eligibility.Down);
    }

    [Theory] // R11a/b windows on whole numbers
    [InlineData(46, true, false)]
    [InlineData(49, true, false)]
    [InlineData(50, false, true)]
    [InlineData(54, false, true)]
    [InlineData(55, false, false)]
    [InlineData(60, false, false)]
    [InlineData(61, true, false)]
    [InlineData(64, true, false)]
    [InlineData(65, false, true)]
    [InlineData(69, false, true)]
    [InlineData(70, false, false)]
    [InlineData(76, true, false)]
    [InlineData(80, false, true)]
    [InlineData(84, false, true)]
    [InlineData(85, false, false)]
    [InlineData(100, false, false)]
    public void Proximity_windows(int lowest, bool up, bool down)
    {
        // 1,000 cases so that one case moves the percentage by a tenth of a point and the one-case test stays quiet.
        var e = DiscretionEligibility.Assess([T(lowest * 10, 1000), T(990, 1000)], Rules);
        Assert.Equal(up, e.UpByProximity);
        Assert.Equal(down, e.DownByProximity);
        Assert.False(e.UpByOneCase);
        Assert.False(e.DownByOneCase);
    }

    [Fact] // R11c on a small sub-sample: 3/7 = 43 is far below 50 but one case more gives 4/7 = 57
    public void One_case_flip_makes_a_small_sub_sample_eligible_up()
    {
        var e = DiscretionEligibility.Assess([T(3, 7), T(80, 100)], Rules);
        Assert.False(e.UpByProximity);
        Assert.True(e.UpByOneCase);
    }

    [Fact] // R11c downward: 4/6 = 67 (Good); one case fewer gives 3/6 = 50 (RI)
    public void One_case_flip_down()
    {
        var e = DiscretionEligibility.Assess([T(4, 6), T(90, 100)], Rules);
        Assert.True(e.DownByOneCase);
        Assert.True(e.DownByProximity); // 67 is 2 above 65
    }

    [Fact] // R11c only moves the lowest when another key question does not cap it
    public void One_case_flip_respects_the_other_key_questions()
    {
        // 7/11 = 64 → 8/11 = 73, but the other key question is 62 (RI), so the band cannot rise by one case.
        var e = DiscretionEligibility.Assess([T(7, 11), T(62, 100)], Rules);
        Assert.False(e.UpByOneCase);
        Assert.True(e.UpByProximity); // 62 is within 5 of 65
    }

    [Fact]
    public void Outstanding_is_never_eligible_up_and_inadequate_never_down()
    {
        var top = DiscretionEligibility.Assess([T(95, 100)], Rules);
        Assert.False(top.Up);
        var bottom = DiscretionEligibility.Assess([T(10, 100)], Rules);
        Assert.False(bottom.Down);
    }

    [Fact] // T13: 2019 unpaid work ignores the qualitative-only 4.1.3
    public void T13_qualitative_only_key_question_is_ignored()
    {
        var s = RateStandard(F2019, "4.1", new() { ["4.1.1"] = T(70, 100), ["4.1.2"] = T(72, 100), ["4.1.4"] = T(90, 100) });
        Assert.Equal(Rating.Good, s.Rating);
        var kq413 = s.KeyQuestions.Single(k => k.KeyQuestion.Id == "4.1.3");
        Assert.Null(kq413.Percent);
        Assert.Null(kq413.Band);
        Assert.Equal("This question produces qualitative evidence only.", kq413.KeyQuestion.TableText);
    }

    [Fact] // T14: in 2018, 4.1.3 is rated, so 45% makes the standard Inadequate
    public void T14_2018_unpaid_work_rates_all_four_key_questions()
    {
        var tallies = new Dictionary<string, Tally> { ["4.1.1"] = T(72, 100), ["4.1.2"] = T(75, 100), ["4.1.3"] = T(45, 100), ["4.1.4"] = T(88, 100) };
        Assert.Equal(Rating.Inadequate, RateStandard(F2018, "4.1", tallies).Rating);
        Assert.Equal(Rating.Good, RateStandard(F2019, "4.1", tallies).Rating); // 2019 has no 4.1.3 case data
    }

    [Fact] // R7: every key question at the minimum is marked lowest
    public void Ties_at_the_lowest_are_all_marked()
    {
        var s = RateStandard(F2019, "2.1", new() { ["2.1.1"] = T(60, 100), ["2.1.2"] = T(60, 100), ["2.1.3"] = T(70, 100) });
        Assert.Equal(["2.1.1", "2.1.2"], s.LowestKeyQuestions);
    }

    [Fact] // R8: a key question with no value is left out with a warning; none with a value → no rating
    public void Key_questions_without_a_value()
    {
        var partial = InspectionRater.Rate(F2019, new RatingInputs { Tallies = new Dictionary<string, Tally> { ["2.1.1"] = T(70, 100), ["2.1.2"] = T(80, 100), ["2.1.3"] = new(0, 0, 3) } });
        Assert.Equal(Rating.Good, partial.Standard("2.1")!.Rating);
        Assert.Contains(partial.Warnings, w => w.Contains("2.1.3") && w.Contains("R8"));

        var none = InspectionRater.Rate(F2019, new RatingInputs { Tallies = new Dictionary<string, Tally>() });
        Assert.Equal(StandardStatus.NoRating, none.Standard("2.1")!.Status);
        Assert.Null(none.OverallRating);
    }
}
