using Probity.Core.Csv;

namespace Probity.Core.Tests.Datasets;

public class CsvRecordReaderTests
{
    private static List<(int Line, string[] Fields, string? Problem)> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var rows = new List<(int, string[], string?)>();
        while (reader.Read())
            rows.Add((reader.LineNumber, Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray(), reader.QuotingProblem));
        return rows;
    }

    [Fact]
    public void Reads_rfc4180_quoting_and_tracks_lines()
    {
        var rows = ReadAll("a,b,c\r\n1,\"two, with comma\",\"say \"\"hi\"\"\"\n2,\"multi\nline\",x\n3,,\n");
        Assert.Equal(4, rows.Count);
        Assert.Equal(["1", "two, with comma", "say \"hi\""], rows[1].Fields);
        Assert.Equal(["2", "multi\nline", "x"], rows[2].Fields);
        Assert.Equal(3, rows[2].Line);
        Assert.Equal(5, rows[3].Line); // the quoted line break counts
        Assert.Equal(["3", "", ""], rows[3].Fields);
        Assert.All(rows, r => Assert.Null(r.Problem));
    }

    [Fact]
    public void Tolerates_a_byte_order_mark_blank_lines_and_a_missing_final_newline()
    {
        var rows = ReadAll("\uFEFFcase_id,x\n\nA,1\n\nB,2");
        Assert.Equal(["case_id", "x"], rows[0].Fields);
        Assert.Equal([("A", 3), ("B", 5)], rows.Skip(1).Select(r => (r.Fields[0], r.Line)));
    }

    [Theory]
    [InlineData("a,b\n1,\"open\n", "not closed")]
    [InlineData("a,b\n1,\"x\"y\n", "text after a closing quote")]
    [InlineData("a,b\n1,x\"y\n", "a quote (\") inside an unquoted field")]
    public void Reports_bad_quoting(string text, string expected)
    {
        var rows = ReadAll(text);
        Assert.Contains(expected, rows[1].Problem);
        Assert.Equal(2, rows[1].Line);
    }

    [Fact]
    public void Reads_records_longer_than_its_buffers()
    {
        var longField = new string('x', 90_000);
        var rows = ReadAll($"a\n\"{longField}\"\nb\n");
        Assert.Equal(longField, rows[1].Fields[0]);
        Assert.Equal("b", rows[2].Fields[0]);
    }

    [Fact]
    public void Writer_and_reader_round_trip()
    {
        var sw = new StringWriter();
        var w = new CsvWriter(sw);
        w.Record("plain", "with, comma", "with \"quote\"", "line\nbreak", "");
        var rows = ReadAll(sw.ToString());
        Assert.Equal(["plain", "with, comma", "with \"quote\"", "line\nbreak", ""], Assert.Single(rows).Fields);
    }
}
