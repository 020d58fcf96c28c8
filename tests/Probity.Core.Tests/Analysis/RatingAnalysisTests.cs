using Probity.Core.Analysis;
using Probity.Core.Datasets;

namespace Probity.Core.Tests.Analysis;

public class RatingAnalysisTests
{
    // D (provider 3, 2019/20) was cut short: no Through the Gate cases, so 4.2 has no rating and there is no overall rating.
    private static readonly InspectionFacts D = new HandBuilt.Inspection(4, 3, ProviderType.CRC, "2019/20")
        .Cases(2, Programme.CaseSupervision, "rosh=medium", "2.1.1=yes 2.1.1.a=yes 2.1.2=yes").Facts();

    private static readonly AnalysisResult Result = RatingAnalysis.Run([.. Programme.All(), D], AnalysisScope.Everything);

    private static AnalysisRow Overall(string year, string rating) => Result.Row("overall", ("year", year), ("provider_type", "CRC"), ("rating", rating));

    [Fact]
    public void Overall_ratings_are_counted_by_year_and_type_as_shares_of_the_inspections_rated()
    {
        Assert.Equal((2, 100), ((int)Overall("2018/19", "Good")["inspections"]!, (int?)Overall("2018/19", "Good")["percent"]));
        Assert.Equal((0, 0), ((int)Overall("2018/19", "Inadequate")["inspections"]!, (int?)Overall("2018/19", "Inadequate")["percent"]));
        Assert.Equal((1, 100), ((int)Overall("2019/20", "Good")["inspections"]!, (int?)Overall("2019/20", "Good")["percent"]));
        Assert.Equal(1, Overall("2019/20", RatingAnalysis.NoOverallRating)["inspections"]);
        Assert.Null(Overall("2019/20", RatingAnalysis.NoOverallRating)["percent"]);
    }

    [Fact]
    public void Each_standard_is_counted_by_rating_with_standards_left_unrated_apart()
    {
        AnalysisRow Standard(string year, string standard, string rating) => Result.Row("standards", ("year", year), ("standard", standard), ("rating", rating));
        Assert.Equal(1, Standard("2018/19", "2.1", "Outstanding")["inspections"]);
        Assert.Equal(1, Standard("2018/19", "2.1", "Inadequate")["inspections"]);
        Assert.Equal(0, Standard("2018/19", "2.1", "Good")["inspections"]);
        Assert.Equal(1, Standard("2019/20", "4.2", "No rating")["inspections"]);
        Assert.Equal(2, Standard("2018/19", "1.1", "Good")["inspections"]);
    }

    [Fact]
    public void An_inspection_without_an_overall_rating_is_named_with_the_reason()
    {
        var d = Result.Row("by-inspection", ("inspection", 4L));
        Assert.Null(d["overall_rating"]);
        Assert.Contains("4.2 has no rating", (string)d["note"]!);
        var a = Result.Row("by-inspection", ("inspection", 1L));
        Assert.Equal((5, 9, "Good"), ((int?)a["score"], (int)a["max_score"]!, (string?)a["overall_rating"]));
        Assert.Equal("Inadequate", Result.Row("by-inspection-standard", ("inspection", 1L), ("standard", "2.1"))["rating"]);
    }

    [Fact]
    public void The_overall_chart_stacks_each_rating_with_no_overall_rating_last()
    {
        var chart = Result.Charts[0];
        Assert.True(chart.Stacked);
        Assert.Equal(["CRC 2018/19", "CRC 2019/20"], chart.Categories);
        Assert.Equal([0.0, 1.0], chart.Series.Single(s => s.Name == RatingAnalysis.NoOverallRating).Values.Select(v => v!.Value));
        Assert.Equal([2.0, 1.0], chart.Series.Single(s => s.Name == "Good").Values.Select(v => v!.Value));
    }
}
