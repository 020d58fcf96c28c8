using Probity.Core.Analysis;

namespace Probity.Core.Tests.Analysis;

public class SplitAnalysisTests
{
    private static readonly AnalysisResult Result = SplitAnalysis.Run(Programme.All(), AnalysisScope.Everything);

    private static AnalysisRow Item(string split, string value, string item) =>
        Result.Row("items", ("year", "2018/19"), ("split", split), ("value", value), ("item", item));

    [Fact]
    public void Each_value_is_set_against_the_rest_of_the_cases_with_a_recorded_value()
    {
        // 2018/19, 2.1.1 by RoSH: medium 3/4 (A), low 0/2 (A), high 4/4 (B). Low against medium + high: 0/2 against 7/8.
        var low = Item("rosh", "low", "2.1.1");
        Assert.Equal((0, 2, 0, 7, 8, 88), ((int)low["yes"]!, (int)low["answered"]!, (int?)low["percent"], (int)low["rest_yes"]!, (int)low["rest_answered"]!, (int?)low["rest_percent"]));
        Assert.Equal(-87.5, low["difference"]);
        // pooled 0.7: z = −0.875 / √(0.21 · (1/8 + 1/2)) = −2.415, p = 0.016 < 0.10.
        Assert.InRange((double)low["z"]!, -2.417, -2.413);
        Assert.Equal(true, low["significant"]);

        var medium = Item("rosh", "medium", "2.1.1");
        Assert.Equal((3, 4, 75, 4, 6, 67), ((int)medium["yes"]!, (int)medium["answered"]!, (int?)medium["percent"], (int)medium["rest_yes"]!, (int)medium["rest_answered"]!, (int?)medium["rest_percent"]));
        Assert.Equal(false, medium["significant"]);
    }

    [Fact]
    public void Cases_without_the_attribute_are_on_neither_side_and_empty_values_have_no_rows()
    {
        // Through the Gate cases have no RoSH: 4.2.1 never appears under the RoSH split.
        Assert.Empty(Result.Table("items").Where(("split", "rosh"), ("item", "4.2.1")));
        // Low-RoSH cases are outside the harm sub-sample: no 2.1.2 row for them; nobody is very high.
        Assert.Empty(Result.Table("items").Where(("split", "rosh"), ("value", "low"), ("item", "2.1.2")));
        Assert.Empty(Result.Table("items").Where(("split", "rosh"), ("value", "very-high")));
        // Caseload bands: A's medium cases at 40, its low cases at 80; B's cases have none, so under 50 is 3/4 against 0/2.
        var under50 = Item("caseload-band", "under-50", "2.1.1");
        Assert.Equal((3, 4, 0, 2), ((int)under50["yes"]!, (int)under50["answered"]!, (int)under50["rest_yes"]!, (int)under50["rest_answered"]!));
        Assert.Empty(Result.Table("items").Where(("year", "2018/19"), ("split", "caseload-band"), ("value", "50-74")));
    }

    [Fact]
    public void The_summary_counts_key_questions_significantly_above_or_below_the_rest()
    {
        var low = Result.Row("summary", ("year", "2018/19"), ("split", "rosh"), ("value", "low"));
        Assert.Equal((1, 0, 1), ((int)low["key_questions"]!, (int)low["significantly_higher"]!, (int)low["significantly_lower"]!));
    }

    [Fact]
    public void Aggregate_ratings_band_each_value_like_table_one()
    {
        Assert.Equal("Outstanding", Result.Row("standards", ("year", "2018/19"), ("split", "rosh"), ("value", "high"), ("standard", "2.1"))["aggregate_rating"]);
        // Low RoSH has no 2.1.2 value (R8: left out), so 2.1 is banded on 2.1.1 alone: 0%.
        var low = Result.Row("standards", ("year", "2018/19"), ("split", "rosh"), ("value", "low"), ("standard", "2.1"));
        Assert.Equal(("2.1.1", 0, "Inadequate"), ((string)low["lowest_key_questions"]!, (int?)low["lowest_percent"], (string)low["aggregate_rating"]!));
    }

    [Fact]
    public void Caseload_band_charts_show_each_band_beside_the_others()
    {
        var chart = Assert.Single(Result.Charts, c => c.Key.StartsWith("split-caseload-band", StringComparison.Ordinal) && c.Title.Contains("2018/19"));
        Assert.Equal(["fewer than 50", "75 or more"], chart.Series.Select(s => s.Name));
    }
}
