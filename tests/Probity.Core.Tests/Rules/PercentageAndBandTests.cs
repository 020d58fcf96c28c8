using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Rules;

public class PercentageAndBandTests
{
    private static readonly RatingRules Rules = FrameworkCatalog.Get("hmip-crc-2019").RatingRules!;

    [Theory] // R4 examples and T1–T3: half up, in integers
    [InlineData(129, 200, 65)]
    [InlineData(99, 200, 50)]
    [InlineData(159, 200, 80)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 3, 33)]
    [InlineData(0, 7, 0)]
    [InlineData(7, 7, 100)]
    [InlineData(1, 8, 13)]   // 12.5 → 13
    [InlineData(41, 85, 48)]
    [InlineData(19, 24, 79)]
    public void Rounds_half_up(int yes, int answered, int expected) =>
        Assert.Equal(expected, Percentages.RoundHalfUp(yes, answered));

    [Fact] // T4
    public void No_answered_cases_means_no_value() => Assert.Null(new Tally(0, 0, 5).Percent);

    [Fact]
    public void Rejects_more_yes_than_answered() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentages.RoundHalfUp(5, 4));

    [Theory] // R5 at every boundary
    [InlineData(0, Rating.Inadequate)]
    [InlineData(49, Rating.Inadequate)]
    [InlineData(50, Rating.RequiresImprovement)]
    [InlineData(64, Rating.RequiresImprovement)]
    [InlineData(65, Rating.Good)]
    [InlineData(79, Rating.Good)]
    [InlineData(80, Rating.Outstanding)]
    [InlineData(100, Rating.Outstanding)]
    public void Bands_whole_percentages(int percent, Rating expected) => Assert.Equal(expected, Banding.RatingOf(percent, Rules));

    [Theory] // T1, T2, T3: band the rounded value, never the exact one (64.5 → 65 → Good)
    [InlineData(129, 200, Rating.Good)]
    [InlineData(99, 200, Rating.RequiresImprovement)]
    [InlineData(159, 200, Rating.Outstanding)]
    [InlineData(128, 200, Rating.RequiresImprovement)] // 64.0
    public void Bands_the_rounded_percentage(int yes, int answered, Rating expected) =>
        Assert.Equal(expected, Banding.RatingOf(new Tally(yes, answered - yes).Percent!.Value, Rules));

    [Fact]
    public void Band_labels_are_the_published_vocabulary()
    {
        Assert.Equal(["Minority", "Too few", "Reasonable majority", "Large majority"], Rules.KeyQuestionBands.Select(b => b.Label));
    }
}
