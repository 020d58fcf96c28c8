using Probity.Core.Analysis;

namespace Probity.Core.Tests.Analysis;

public class NationalItemAnalysisTests
{
    private static readonly AnalysisResult Result = NationalItemAnalysis.Run(Programme.All(), AnalysisScope.Everything);

    private static AnalysisRow Item(string year, string item) =>
        Result.Row("items", ("framework", "test-mini"), ("year", year), ("provider_type", "CRC"), ("item", item));

    [Fact]
    public void Key_questions_are_pooled_over_every_case_of_the_year_and_beside_the_mean_of_providers()
    {
        var row = Item("2018/19", "2.1.1");
        Assert.Equal((7, 3, 0, 10, 70, 75, 2), ((int)row["yes"]!, (int)row["no"]!, (int)row["na"]!, (int)row["answered"]!, (int?)row["percent"], (int?)row["mean_of_providers"], (int)row["inspections"]!));
        // 5/8 = 62.5 rounds half up (R4); the harm sub-sample leaves out A's two low-RoSH cases.
        Assert.Equal((5, 8, 63), ((int)Item("2018/19", "2.1.2")["yes"]!, (int)Item("2018/19", "2.1.2")["answered"]!, (int?)Item("2018/19", "2.1.2")["percent"]));
        Assert.Equal(67, Item("2018/19", "4.2.1")["percent"]);
        Assert.Equal(50, Item("2018/19", "4.2.1")["mean_of_providers"]);
    }

    [Fact]
    public void Prompts_leave_not_applicable_out_of_the_denominator()
    {
        var row = Item("2018/19", "2.1.1.a");
        Assert.Equal(("prompt", 7, 2, 1, 78), ((string)row["kind"]!, (int)row["yes"]!, (int)row["no"]!, (int)row["na"]!, (int?)row["percent"]));
    }

    [Fact]
    public void Each_year_is_set_against_the_year_before_with_the_z_test()
    {
        var row = Item("2019/20", "2.1.1");
        Assert.Equal(("2018/19", 7, 10, 70, 15, -55), ((string)row["previous_year"]!, (int?)row["previous_yes"], (int?)row["previous_answered"], (int?)row["previous_percent"], (int?)row["percent"], (int?)row["change"]));
        // p1 = 0.7 (n 10), p2 = 0.15 (n 20), pooled 1/3: z = −0.55 / √(⅓·⅔·0.15) = −3.012, p < 0.10.
        Assert.InRange((double)row["z"]!, -3.014, -3.010);
        Assert.Equal(true, row["significant"]);
        Assert.Null(Item("2018/19", "2.1.1")["previous_year"]);
    }

    [Fact]
    public void Each_standard_gets_the_band_of_its_lowest_pooled_key_question()
    {
        var assessment = Result.Row("standards", ("year", "2018/19"), ("standard", "2.1"));
        Assert.Equal(("2.1.2", 63, "Requires improvement"), ((string)assessment["lowest_key_questions"]!, (int?)assessment["lowest_percent"], (string)assessment["aggregate_rating"]!));
        Assert.Equal("Good", Result.Row("standards", ("year", "2018/19"), ("standard", "4.2"))["aggregate_rating"]);
        Assert.Equal("Inadequate", Result.Row("standards", ("year", "2019/20"), ("standard", "2.1"))["aggregate_rating"]);
        Assert.Empty(Result.Table("standards").Where(("standard", "1.1")));
    }

    [Fact]
    public void Each_providers_own_percentage_is_listed_by_inspection()
    {
        var b = Result.Row("by-inspection", ("inspection", 2L), ("item", "4.2.1"));
        Assert.Equal((0, 1, 0), ((int)b["yes"]!, (int)b["answered"]!, (int?)b["percent"]));
        Assert.Equal(60, Result.Row("by-inspection", ("inspection", 1L), ("item", "2.1.1.a"))["percent"]);
        Assert.Empty(Result.Table("by-inspection").Where(("inspection", 3L), ("item", "2.1.1.a"), ("percent", null)));
    }

    [Fact]
    public void A_chart_of_key_questions_is_drawn_for_each_group_from_the_items_table()
    {
        var chart = Assert.Single(Result.Charts, c => c.Title.Contains("CRC 2018/19"));
        Assert.Equal("items", chart.TableKey);
        Assert.Equal(["2.1.1", "2.1.2", "4.2.1"], chart.Categories);
        Assert.Equal([70.0, 63.0, 67.0], chart.Series[0].Values.Select(v => v!.Value));
    }
}
