using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Rules;

/// <summary>Which figure a comparison prints beside the current one, and when there is nothing to compare (R20–R22).</summary>
public class ComparisonFigureTests
{
    private static readonly FrameworkVersion F2019 = FrameworkCatalog.Get("hmip-crc-2019");

    private static PreviousInspection Previous(string item, ComparisonFigure figure) =>
        new() { Framework = "hmip-crc-2018", Results = new Dictionary<string, ComparisonFigure> { [item] = figure } };

    [Fact]
    public void No_previous_inspection_and_no_national_figures_mean_nothing_to_compare()
    {
        foreach (var c in new[]
        {
            Comparisons.WithPrevious(F2019, "2.1.1", new Tally(70, 30), null),
            Comparisons.WithNational(F2019, "2.1.1", new Tally(70, 30), null),
            Comparison.None,
        })
        {
            Assert.False(c.Comparable);
            Assert.Null(c.Other);
            Assert.Null(c.OtherPercent);
            Assert.Null(c.Test);
            Assert.False(c.Significant);
            Assert.Equal(0, c.Direction);
        }
    }

    [Fact] // the printed percentage is what the earlier report showed, so it wins over a percentage worked out from counts
    public void A_printed_percentage_is_shown_rather_than_one_from_counts()
    {
        var c = Comparisons.WithPrevious(F2019, "2.1.1", new Tally(70, 30), Previous("2.1.1", new() { Yes = 2, Answered = 3, Percent = 66 }));
        Assert.Equal(66, c.OtherPercent);
        Assert.NotNull(c.Test); // the counts are still what is tested
        Assert.Equal(67, Comparisons.WithPrevious(F2019, "2.1.1", new Tally(70, 30), Previous("2.1.1", new() { Yes = 2, Answered = 3 })).OtherPercent);
    }

    [Fact]
    public void A_figure_with_neither_percentage_nor_counts_shows_nothing()
    {
        var c = Comparisons.WithPrevious(F2019, "2.1.1", new Tally(70, 30), Previous("2.1.1", new() { Yes = 5 }));
        Assert.True(c.Comparable);
        Assert.Null(c.OtherPercent);
        Assert.Null(c.Test);
    }

    [Fact] // a fall is direction −1; an untested comparison has no direction
    public void Direction_follows_the_sign_of_the_change()
    {
        var fall = Comparisons.WithPrevious(F2019, "2.1.1", new Tally(60, 40), Previous("2.1.1", new() { Yes = 80, Answered = 100 }));
        Assert.Equal(-1, fall.Direction);
        Assert.True(fall.Significant);
        var noCurrent = Comparisons.WithPrevious(F2019, "2.1.1", new Tally(0, 0, 4), Previous("2.1.1", new() { Yes = 80, Answered = 100 }));
        Assert.Null(noCurrent.Test);
        Assert.Equal(80, noCurrent.OtherPercent);
    }

    [Theory] // R22 within one version: every key question and prompt of the version is comparable, and nothing else is
    [InlineData("2.1.3.d", true)]
    [InlineData("4.1.3", true)]
    [InlineData("1.1.1", true)]
    [InlineData("9.9.9", false)]
    [InlineData("2.1.3.z", false)]
    public void Same_version_comparability(string item, bool expected) =>
        Assert.Equal(expected, Comparisons.IsComparableWithPrevious(F2019, item, "hmip-crc-2019"));

    [Fact]
    public void An_unknown_item_is_not_comparable_with_another_version() =>
        Assert.False(Comparisons.IsComparableWithPrevious(F2019, "9.9.9", "hmip-crc-2018"));
}
