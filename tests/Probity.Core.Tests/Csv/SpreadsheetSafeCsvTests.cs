using Probity.Core.Csv;

namespace Probity.Core.Tests.Csv;

public sealed class SpreadsheetSafeCsvTests
{
    private static string Written(params string[] cells)
    {
        var text = new StringWriter();
        new CsvWriter(text).Record(cells);
        return text.ToString();
    }

    [Fact]
    public void A_formula_is_written_as_text() =>
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\"\n", Written("=HYPERLINK(\"x\")"));

    [Fact]
    public void A_negative_number_stays_a_number() => Assert.Equal("-3.2,+4,-1e5,12\n", Written("-3.2", "+4", "-1e5", "12"));

    [Theory]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-", "'-")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-3.2%", "'-3.2%")]
    [InlineData("plain", "plain")]
    [InlineData("a=b", "a=b")]
    public void Each_formula_start_is_guarded(string cell, string expected) => Assert.Equal(expected, CsvWriter.SpreadsheetSafe(cell));

    [Fact]
    public void A_carriage_return_start_is_guarded_inside_quotes() => Assert.Equal("\"'\rx\"\n", Written("\rx"));

    [Fact]
    public void The_exchange_writer_keeps_cells_exactly()
    {
        var text = new StringWriter();
        CsvWriter.ForExchange(text).Record("=HYPERLINK(\"x\")", "-");
        Assert.Equal("\"=HYPERLINK(\"\"x\"\")\",-\n", text.ToString());
    }

    [Fact]
    public void Reading_back_undoes_the_guard() =>
        Assert.Equal("=HYPERLINK(\"x\")", CsvWriter.FromSpreadsheetSafe(CsvWriter.SpreadsheetSafe("=HYPERLINK(\"x\")")));
}
