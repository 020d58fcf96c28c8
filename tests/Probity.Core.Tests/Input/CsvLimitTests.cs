using System.Text;
using Probity.Core.Csv;
using Probity.Core.Datasets;
using Probity.Core.Input;
using Probity.Core.Tests.Datasets;

namespace Probity.Core.Tests.Input;

/// <summary>
/// The CSV reader's limits: every refusal is a problem at its line that names the limit and how to raise it, and
/// memory stays one record long whatever the file holds.
/// </summary>
public class CsvLimitTests
{
    private static (CsvTable? Table, List<DatasetProblem> Problems, int Rows) ReadTable(string csv, ReadingLimits limits)
    {
        var problems = new List<DatasetProblem>();
        var table = CsvTable.Open("t.csv", new StringReader(csv), ["a"], problems, limits);
        var rows = 0;
        while (table?.Next() == true) rows++;
        return (table, problems, rows);
    }

    [Fact]
    public void A_value_longer_than_the_cell_limit_is_a_problem_and_the_rest_is_read()
    {
        var (_, problems, rows) = ReadTable($"a,note\n1,{new string('x', 101)}\n2,short\n", ReadingLimits.Default with { MaxCellChars = 100 });
        Assert.Equal(1, rows);
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal("the value of \"note\" is longer than 100 characters (the limit is 100 characters, the longest CSV value; set PROBITY_MAX_CELL_CHARS to raise it); the row is not read", problem.Message);
    }

    [Fact]
    public void A_line_longer_than_the_line_limit_stops_reading_at_its_line()
    {
        var (_, problems, rows) = ReadTable($"a,b\n1,2\n{new string('x', 60)},{new string('y', 60)}\n3,4\n", ReadingLimits.Default with { MaxLineChars = 100 });
        Assert.Equal(1, rows);
        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("a line longer than 100 characters", problem.Message);
        Assert.Contains("set PROBITY_MAX_LINE_CHARS to raise it", problem.Message);
    }

    [Fact]
    public void An_unclosed_quote_that_swallows_the_file_says_so()
    {
        var body = string.Concat(Enumerable.Range(0, 50).Select(i => $"{i},x\n"));
        var (_, problems, _) = ReadTable($"a,b\n\"1,x\n{body}", ReadingLimits.Default with { MaxLineChars = 100 });
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("inside a quoted value: is a closing quote missing?", problem.Message);
    }

    [Fact]
    public void More_rows_than_the_row_limit_stop_reading_with_a_problem()
    {
        var csv = "a\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"{i}\n"));
        var (_, problems, rows) = ReadTable(csv, ReadingLimits.Default with { MaxRows = 10 });
        Assert.Equal(10, rows);
        var problem = Assert.Single(problems);
        Assert.Equal(12, problem.Line);
        Assert.StartsWith("more than 10 rows; reading stopped (the limit is 10 rows", problem.Message);
        Assert.Contains("PROBITY_MAX_ROWS", problem.Message);
    }

    [Fact]
    public void A_NUL_character_is_a_binary_file_refused_at_its_line()
    {
        var (_, problems, rows) = ReadTable("a\n1\n2\0\n3\n", ReadingLimits.Default);
        Assert.Equal(1, rows);
        Assert.Equal("t.csv:3: the file holds a NUL character: it is not CSV text (is it a spreadsheet or another binary file?)", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Text_the_host_refuses_is_a_problem_at_the_line_it_names()
    {
        var problems = new List<DatasetProblem>();
        var table = CsvTable.Open("t.csv", new RefusingReader("a\n1\n2\n", new InputRefusedException(3, "byte 0xE9 is not UTF-8")), ["a"], problems);
        var rows = 0;
        while (table!.Next()) rows++;
        Assert.Equal(2, rows);
        Assert.Equal("t.csv:3: byte 0xE9 is not UTF-8", Assert.Single(problems).ToString());
    }

    [Fact]
    public void A_million_broken_rows_keep_only_the_problem_limit_and_stop_there()
    {
        var limits = ReadingLimits.Default with { MaxProblems = 50 };
        var files = Northumbria.Files();
        var answers = new StringBuilder("case_id,question,answer,note\n");
        for (var i = 0; i < 1_000_000; i++) answers.Append("NB19-CS-001,2.2.9,yes,\n");
        files["answers.csv"] = answers.ToString();
        var result = DatasetParser.Parse(new InMemoryDatasetSource(files), limits: limits);
        Assert.Equal(51, result.Problems.Count);
        var last = result.Problems[^1];
        Assert.True(ProblemCap.IsNote(last));
        Assert.Equal("answers.csv:52: stopped reading after 50 problems; the rest was not checked (the limit is 50 problems, the most problems kept before reading stops; set PROBITY_MAX_PROBLEMS to raise it)", last.ToString());
    }

    [Fact]
    public void The_problem_cap_holds_across_the_files_of_a_dataset()
    {
        var limits = ReadingLimits.Default with { MaxProblems = 5 };
        var files = Northumbria.Files();
        files["cases.csv"] = files["cases.csv"].Replace(",male,", ",man,");
        var result = DatasetParser.Parse(new InMemoryDatasetSource(files), limits: limits);
        Assert.Equal(6, result.Problems.Count);
        Assert.Single(result.Problems, ProblemCap.IsNote);
    }

    [Fact]
    public void A_header_value_longer_than_the_cell_limit_refuses_the_file()
    {
        var (table, problems, _) = ReadTable($"a,{new string('h', 20)}\n1,2\n", ReadingLimits.Default with { MaxCellChars = 10 });
        Assert.Null(table);
        Assert.StartsWith("t.csv:1: column 2 of the header is longer than 10 characters", Assert.Single(problems).ToString());
    }

    private sealed class RefusingReader(string text, InputRefusedException refusal) : TextReader
    {
        private bool _given;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_given) throw refusal;
            _given = true;
            text.CopyTo(0, buffer, index, text.Length);
            return text.Length;
        }
    }
}
