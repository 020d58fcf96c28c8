using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Rules;

/// <summary>
/// R11 follows the framework's discretion settings: a framework may switch off the one-case test or downward
/// discretion, and the proximity flags respect the ends of the scale.
/// </summary>
public class DiscretionSettingsTests
{
    private static readonly RatingRules Rules2019 = FrameworkCatalog.Get("hmip-crc-2019").RatingRules!;

    private static Tally T(int yes, int answered) => new(yes, answered - yes);

    private static RatingRules RulesWith(string setting, bool value)
    {
        var json = FrameworkCatalog.Source("hmip-crc-2019")!.Replace($"\"{setting}\": true", $"\"{setting}\": {(value ? "true" : "false")}");
        var result = FrameworkLoader.Load(json, "variant.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Framework!.RatingRules!;
    }

    [Fact] // 3/7 = 43 becomes 57 with one case more; 4/6 = 67 becomes 50 with one case fewer
    public void Without_the_one_case_test_only_proximity_counts()
    {
        var rules = RulesWith("oneCaseTest", false);
        Assert.False(rules.Discretion.OneCaseTest);
        var up = DiscretionEligibility.Assess([T(3, 7), T(90, 100)], rules);
        Assert.False(up.UpByOneCase);
        Assert.False(up.DownByOneCase);
        Assert.False(up.Up);
        var down = DiscretionEligibility.Assess([T(6, 11), T(90, 100)], rules); // 55: outside the window, 45 with one fewer
        Assert.False(down.DownByOneCase);
        Assert.False(down.Down);
        // the same inputs under the published rules
        Assert.True(DiscretionEligibility.Assess([T(3, 7), T(90, 100)], Rules2019).UpByOneCase);
        Assert.True(DiscretionEligibility.Assess([T(6, 11), T(90, 100)], Rules2019).DownByOneCase);
    }

    [Fact] // 51/100 is one above 50 and 4/6 = 67 drops to 50 with one fewer: neither counts without downward discretion
    public void Without_downward_discretion_nothing_is_eligible_down()
    {
        var rules = RulesWith("downward", false);
        var near = DiscretionEligibility.Assess([T(51, 100), T(90, 100)], rules);
        Assert.False(near.DownByProximity);
        Assert.False(near.Down);
        var small = DiscretionEligibility.Assess([T(4, 6), T(90, 100)], rules);
        Assert.False(small.DownByOneCase);
        Assert.False(small.DownByProximity);
        Assert.True(small.UpByOneCase); // upward discretion is untouched: 5/6 = 83
        Assert.True(DiscretionEligibility.Assess([T(51, 100), T(90, 100)], Rules2019).DownByProximity);
    }

    [Theory] // Inadequate has no band below, however close the lowest is to 0
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(4)]
    public void Inadequate_is_never_eligible_down_by_proximity(int percent)
    {
        var e = DiscretionEligibility.Assess([T(percent * 10, 1000), T(990, 1000)], Rules2019);
        Assert.False(e.DownByProximity);
        Assert.False(e.Down);
    }

    [Theory] // R11a: the boundary above, strictly above the percentage; none above the top band
    [InlineData(0, 50)]
    [InlineData(49, 50)]
    [InlineData(50, 65)]
    [InlineData(64, 65)]
    [InlineData(65, 80)]
    [InlineData(79, 80)]
    public void Next_boundary_above(int percent, int boundary) => Assert.Equal(boundary, Banding.NextBoundaryAbove(percent, Rules2019));

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    public void No_boundary_above_the_top_band(int percent) => Assert.Null(Banding.NextBoundaryAbove(percent, Rules2019));

    [Theory] // R11b: the floor of the band the percentage falls in
    [InlineData(0, 0)]
    [InlineData(49, 0)]
    [InlineData(50, 50)]
    [InlineData(64, 50)]
    [InlineData(65, 65)]
    [InlineData(100, 80)]
    public void Floor_of_band(int percent, int floor) => Assert.Equal(floor, Banding.FloorOfBand(percent, Rules2019));

    [Fact]
    public void Only_inadequate_is_the_bottom_band()
    {
        Assert.True(Banding.IsBottomBand(Ratings.Rating.Inadequate, Rules2019));
        Assert.False(Banding.IsBottomBand(Ratings.Rating.RequiresImprovement, Rules2019));
        Assert.False(Banding.IsBottomBand(Ratings.Rating.Outstanding, Rules2019));
    }
}
