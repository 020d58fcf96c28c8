using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Core.Tests.Rules;

/// <summary>R20–R22: which previous figures are comparable, and when a difference may be called significant.</summary>
public class ComparisonsTests
{
    private static readonly FrameworkVersion F2019 = FrameworkCatalog.Get("hmip-crc-2019");

    private static PreviousInspection Previous(string framework, string item, ComparisonFigure figure) =>
        new() { Framework = framework, Results = new Dictionary<string, ComparisonFigure> { [item] = figure } };

    [Theory] // R22, against the 2019 framework's flags
    [InlineData("2.1.1", "hmip-crc-2018", true)]
    [InlineData("2.4.1", "hmip-crc-2018", false)]   // KQ changed between versions
    [InlineData("2.2.1.c", "hmip-crc-2018", true)]
    [InlineData("2.1.1.b", "hmip-crc-2018", false)] // new prompt
    [InlineData("4.2.2.a", "hmip-crc-2018", false)] // §11 quirk 1: not comparable, whatever the print shows
    [InlineData("2.4.1", "hmip-crc-2019", true)]    // the same version is always comparable
    [InlineData("2.4.1", null, false)]
    public void Comparability_follows_the_framework(string item, string? previous, bool expected) =>
        Assert.Equal(expected, Comparisons.IsComparableWithPrevious(F2019, item, previous));

    [Fact] // T18: 67/97 → 78/97 is significant
    public void T18_counts_on_both_sides_are_tested()
    {
        var c = Comparisons.WithPrevious(F2019, "2.2.1.c", new Tally(78, 19), Previous("hmip-crc-2018", "2.2.1.c", new() { Yes = 67, Answered = 97 }));
        Assert.True(c.Significant);
        Assert.Equal(1, c.Direction);
        Assert.Equal(69, c.OtherPercent);
        Assert.Equal(1.818, c.Test!.Z, 3);
    }

    [Fact] // T19: 72/97 → 76/97 is not
    public void T19_a_small_change_is_not_significant()
    {
        var c = Comparisons.WithPrevious(F2019, "2.2.1", new Tally(76, 21), Previous("hmip-crc-2018", "2.2.1", new() { Yes = 72, Answered = 97 }));
        Assert.False(c.Significant);
        Assert.NotNull(c.Test);
    }

    [Fact] // R21: a printed percentage alone is never significant
    public void A_percentage_without_counts_is_never_tested()
    {
        var c = Comparisons.WithPrevious(F2019, "2.2.1.c", new Tally(78, 19), Previous("hmip-crc-2018", "2.2.1.c", new() { Percent = 10 }));
        Assert.Null(c.Test);
        Assert.False(c.Significant);
        Assert.Equal(10, c.OtherPercent);
    }

    [Fact] // R22: a figure held for an item that is not comparable is not printed or tested
    public void A_non_comparable_figure_is_neither_printed_nor_tested()
    {
        var c = Comparisons.WithPrevious(F2019, "4.2.2.a", new Tally(8, 2), Previous("hmip-crc-2018", "4.2.2.a", new() { Yes = 8, Answered = 10 }));
        Assert.False(c.Comparable);
        Assert.Null(c.OtherPercent);
        Assert.Null(c.Test);
    }

    [Fact]
    public void National_figures_are_compared_even_where_the_version_changed()
    {
        var national = new ComparatorResults { Results = new Dictionary<string, ComparisonFigure> { ["2.4.1"] = new() { Yes = 650, Answered = 1000 } } };
        var c = Comparisons.WithNational(F2019, "2.4.1", new Tally(63, 34), national);
        Assert.True(c.Comparable);
        Assert.Equal(65, c.OtherPercent);
        Assert.NotNull(c.Test);
        Assert.Same(Comparison.None, Comparisons.WithNational(F2019, "2.4.2", new Tally(1, 1), national));
    }
}
