using Probity.Core.Datasets;
using Probity.Reports.Model;

namespace Probity.Reports.Tests;

/// <summary>§8.4: the summary sentence is generated from the counts per grade, numbers in words.</summary>
public class RecommendationSentencesTests
{
    private static IReadOnlyList<PreviousRecommendation> Graded(params RecommendationProgress?[] grades) =>
        grades.Select((g, i) => new PreviousRecommendation(i + 1, $"Recommendation {i + 1}.") { Progress = g }).ToList();

    private const RecommendationProgress Some = RecommendationProgress.SomeProgress;
    private const RecommendationProgress Sufficient = RecommendationProgress.SufficientProgress;
    private const RecommendationProgress None = RecommendationProgress.NoProgress;

    [Fact]
    public void Northumbria_reads_as_published() =>
        Assert.Equal("In our previous inspection report, we made six recommendations to the CRC. During this inspection, we investigated the extent to which "
            + "these recommendations have been achieved. We found that sufficient progress has been made on two of the recommendations, and the remaining "
            + "four have seen some progress.",
            RecommendationSentences.PreviousSummary(Graded(Some, Some, Some, Some, Sufficient, Sufficient), "CRC"));

    [Theory]
    [InlineData(new[] { Sufficient, Sufficient, Sufficient }, "We found that sufficient progress has been made on all three of the recommendations.")]
    [InlineData(new[] { Some, Some }, "We found that some progress has been made on both of the recommendations.")]
    [InlineData(new[] { Sufficient, None }, "We found that sufficient progress has been made on one of the recommendations, and the remaining one has seen no progress.")]
    [InlineData(new[] { Sufficient, Some, None, None }, "We found that sufficient progress has been made on one of the recommendations, some progress on one, and no progress on two.")]
    public void The_findings_follow_the_counts(RecommendationProgress[] grades, string expected) =>
        Assert.Equal(expected, RecommendationSentences.Findings(Graded(grades.Cast<RecommendationProgress?>().ToArray())));

    [Fact]
    public void Ungraded_recommendations_are_counted_as_not_yet_assessed() =>
        Assert.Equal("We found that some progress has been made on two of the recommendations, and one has not yet been assessed.",
            RecommendationSentences.Findings(Graded(Some, Some, null)));

    [Fact]
    public void One_recommendation_is_singular()
    {
        var text = RecommendationSentences.PreviousSummary(Graded(Sufficient), "PDU");
        Assert.StartsWith("In our previous inspection report, we made one recommendation to the PDU. During this inspection, we investigated the extent to which this recommendation has been achieved.", text);
        Assert.EndsWith("sufficient progress has been made on the recommendation.", text);
    }

    [Fact]
    public void The_progress_line_names_the_grade() =>
        Assert.Equal("The CRC has made sufficient progress on this recommendation.", RecommendationSentences.Progress(Sufficient, "CRC"));
}
