using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Core.Statistics;
using Probity.Core.Text;

namespace Probity.Core.Tests.Text;

/// <summary>R21, with the spec's T20.</summary>
public class SignificanceWordingTests
{
    private static readonly Comparison Passing = new(new ComparisonFigure { Yes = 67, Answered = 97 }, true, new ZTestResult(1.82, 0.069, true));
    private static readonly Comparison Failing = new(new ComparisonFigure { Yes = 72, Answered = 97 }, true, new ZTestResult(0.68, 0.5, false));
    private static readonly Comparison NoCounts = new(new ComparisonFigure { Percent = 69 }, true, null);

    [Fact]
    public void Finds_the_word_in_its_forms() =>
        Assert.Equal(["significant", "Significantly", "significant"],
            SignificanceWording.Uses("A significant rise. Significantly better; statistically significant."));

    [Fact]
    public void T20_the_word_without_counts_is_not_allowed() =>
        Assert.False(SignificanceWording.IsAllowed("this has improved significantly since our last inspection", [NoCounts]));

    [Fact]
    public void The_word_is_allowed_only_beside_a_passing_test()
    {
        Assert.False(SignificanceWording.IsAllowed("a significant improvement", [Failing]));
        Assert.True(SignificanceWording.IsAllowed("a significant improvement", [Failing, Passing]));
    }

    [Fact]
    public void Text_without_the_word_is_always_allowed() =>
        Assert.True(SignificanceWording.IsAllowed("a marked improvement", []));
}
