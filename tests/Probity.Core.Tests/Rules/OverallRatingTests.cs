using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Rules;

/// <summary>R17–R18 with T15–T17, and standards marked not inspected.</summary>
public class OverallRatingTests
{
    private static readonly RatingRules Rules = FrameworkCatalog.Get("hmip-crc-2019").RatingRules!;

    [Fact] // T15
    public void T15_northumbria_scores_15_requires_improvement()
    {
        Rating?[] ratings = [Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.RequiresImprovement, Rating.RequiresImprovement,
            Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.RequiresImprovement, Rating.Good];
        var (score, max) = OverallRating.Score(ratings, Rules);
        Assert.Equal(15, score);
        Assert.Equal(30, max);
        Assert.Equal(Rating.RequiresImprovement, OverallRating.Band(15, 30, Rules));
    }

    [Theory] // T16: band edges
    [InlineData(0, Rating.Inadequate)]
    [InlineData(5, Rating.Inadequate)]
    [InlineData(6, Rating.RequiresImprovement)]
    [InlineData(15, Rating.RequiresImprovement)]
    [InlineData(16, Rating.Good)]
    [InlineData(25, Rating.Good)]
    [InlineData(26, Rating.Outstanding)]
    [InlineData(30, Rating.Outstanding)]
    public void T16_overall_bands(int score, Rating expected) => Assert.Equal(expected, OverallRating.Band(score, 30, Rules));

    [Fact] // T17: nine of ten rated → no overall rating
    public void T17_a_missing_standard_rating_means_no_overall_rating()
    {
        Rating?[] ratings = [.. Enumerable.Repeat<Rating?>(Rating.Good, 9), null];
        Assert.Null(OverallRating.Score(ratings, Rules).Score);
    }

    [Fact] // a standard not inspected leaves the score and shrinks the maximum
    public void Not_inspected_standards_shrink_the_maximum()
    {
        var framework = FrameworkCatalog.Get("hmip-crc-2019");
        var tallies = framework.Questions.Items.Where(i => i.IsKeyQuestion).ToDictionary(i => i.Id, _ => new Tally(70, 30));
        var r = InspectionRater.Rate(framework, new RatingInputs
        {
            Tallies = tallies,
            DomainOneRatings = new Dictionary<string, Rating> { ["1.1"] = Rating.Good, ["1.2"] = Rating.Good, ["1.3"] = Rating.Good, ["1.4"] = Rating.Good },
            NotInspected = ["4.2"],
        });
        Assert.Equal(27, r.MaxScore);
        Assert.Equal(18, r.Score); // nine standards at Good
        Assert.Equal(StandardStatus.NotInspected, r.Standard("4.2")!.Status);
        Assert.Null(r.Standard("4.2")!.Rating);
        Assert.Equal(Rating.Good, r.OverallRating);
    }

    [Fact] // a percent-of-maximum table bands score/maximum exactly (for frameworks whose maximum shrinks)
    public void Percent_of_maximum_bands()
    {
        var json = FrameworkCatalog.Source("hmip-crc-2019")!.Replace("\"basis\": \"points\"", "\"basis\": \"percent-of-maximum\"")
            .Replace("\"min\": 6,", "\"min\": 20,").Replace("\"min\": 16,", "\"min\": 50,").Replace("\"min\": 26,", "\"min\": 84,");
        var result = FrameworkLoader.Load(json, "scaled.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var rules = result.Framework!.RatingRules!;
        Assert.Equal(Rating.RequiresImprovement, OverallRating.Band(8, 24, rules)); // 33%
        Assert.Equal(Rating.Inadequate, OverallRating.Band(4, 24, rules));           // 16.7%
        Assert.Equal(Rating.RequiresImprovement, OverallRating.Band(5, 25, rules)); // exactly 20%
        Assert.Equal(Rating.Good, OverallRating.Band(12, 24, rules));               // exactly 50%
    }
}
