using Probity.Core.Text;

namespace Probity.Core.Tests.Text;

public class NumberWordsTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(2, "two")]
    [InlineData(4, "four")]
    [InlineData(6, "six")]
    [InlineData(8, "eight")]
    [InlineData(13, "thirteen")]
    [InlineData(20, "twenty")]
    [InlineData(21, "twenty-one")]
    [InlineData(99, "ninety-nine")]
    [InlineData(3534, "3,534")]
    public void Writes_counts_in_words_as_the_reports_do(int n, string expected) => Assert.Equal(expected, NumberWords.Of(n));

    [Fact]
    public void Capitalises_for_the_start_of_a_sentence() => Assert.Equal("Eight", NumberWords.Capitalised(8));
}
