using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Input;
using Probity.Core.Reviews;
using Probity.Core.Tests.Datasets;
using Probity.Tests.Shared;

namespace Probity.Core.Tests.Input;

/// <summary>
/// Issue 18's reproducers that live in Core's readers, one test each, named after the reproducer: each is now a
/// problem with its file and line, never an exception, a silent last-one-wins or a raw echo.
/// </summary>
public class BadInputReproducerTests
{
    private static Dictionary<string, string> With(string file, Func<string, string> change)
    {
        var files = Northumbria.Files();
        files[file] = change(files[file]);
        return files;
    }

    private static DatasetProblem SingleProblem(DatasetParseResult result)
    {
        Assert.False(result.Succeeded);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Lone_surrogate_escape_in_an_inspection_json_string_is_a_located_problem()
    {
        var result = Northumbria.Parse(With("inspection.json", j => j.Replace("\"reference\": \"NB-2019\"", "\"reference\": \"NB-\\ud800\"")));
        var problem = SingleProblem(result);
        Assert.Equal("inspection.json", problem.File);
        Assert.Equal(3, problem.Line);
        Assert.Contains("half of a UTF-16 surrogate pair", problem.Message);
    }

    [Fact]
    public void Lone_surrogate_escape_in_an_inspection_json_key_is_a_located_problem()
    {
        var result = Northumbria.Parse(With("inspection.json", j => j.Replace("\"reference\":", "\"ref\\udc00\":")));
        var problem = SingleProblem(result);
        Assert.Equal(3, problem.Line);
        Assert.Contains("surrogate", problem.Message);
    }

    [Fact]
    public void Lone_surrogate_escape_in_review_json_is_a_located_problem()
    {
        var json = File.ReadAllText(RepositoryPaths.Of("examples", "north-east-region-2022", "review.json"));
        var problems = new List<DatasetProblem>();
        var read = ReviewReader.Read(json.Replace("\"region\": \"North East\"", "\"region\": \"North \\udfff East\""), problems);
        Assert.Null(read.Review);
        var problem = Assert.Single(problems);
        Assert.Equal("review.json", problem.File);
        Assert.Equal(json[..json.IndexOf("\"region\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1, problem.Line);
    }

    [Fact]
    public void Lone_surrogate_escape_in_a_framework_file_is_a_located_problem()
    {
        var result = FrameworkLoader.Load("{\n  \"id\": \"x\",\n  \"title\": \"\\ud83d\"\n}", "x.json");
        Assert.False(result.Succeeded);
        Assert.StartsWith("x.json:3: a string holds an escape that is half of a UTF-16 surrogate pair", Assert.Single(result.Problems));
    }

    [Fact]
    public void Half_a_surrogate_pair_in_text_handed_over_by_a_host_is_a_located_problem()
    {
        var result = Northumbria.Parse(With("inspection.json", j => j.Replace("NB-2019", "NB-\ud800")));
        Assert.Equal(3, SingleProblem(result).Line);
    }

    [Fact]
    public void Duplicate_key_in_inspection_json_is_a_problem_not_last_one_wins()
    {
        // The reproducer: one added key moved Redcar from 8/24 Requires improvement to 14/24 Good with exit 0.
        var files = RepositoryFiles.Dataset("redcar-cleveland-middlesbrough-2022");
        files["inspection.json"] = files["inspection.json"].Replace("\"1.1\": \"requires-improvement\",", "\"1.1\": \"requires-improvement\",\n    \"1.1\": \"outstanding\",");
        var result = DatasetParser.Parse(new InMemoryDatasetSource(files));
        var problem = SingleProblem(result);
        Assert.Equal("inspection.json", problem.File);
        Assert.Equal(16, problem.Line);
        Assert.Equal("the key \"1.1\" appears twice in one object (first on line 15); a key may be given once", problem.Message);
    }

    [Fact]
    public void Duplicate_key_in_review_json_and_in_a_framework_is_a_problem()
    {
        var problems = new List<DatasetProblem>();
        ReviewReader.Read("{\n\"region\": \"A\",\n\"region\": \"B\"\n}", problems);
        Assert.Contains(problems, p => p is { Line: 3 } && p.Message.Contains("appears twice", StringComparison.Ordinal));
        var framework = FrameworkLoader.Load("{\n\"id\": \"a\",\n\"id\": \"b\"\n}", "f.json");
        Assert.Contains("f.json:3: the key \"id\" appears twice", Assert.Single(framework.Problems));
    }

    [Fact]
    public void The_same_key_in_two_different_objects_is_no_duplicate()
    {
        Assert.True(Northumbria.Parse().Succeeded); // "standard" and "rationale" recur in every panel decision
    }

    [Fact]
    public void Two_unknown_columns_with_the_same_name_in_cases_csv_are_a_located_problem()
    {
        var result = Northumbria.Parse(With("cases.csv", c =>
        {
            var lines = c.Split('\n');
            lines[0] += ",office,office";
            for (var i = 1; i < lines.Length; i++) if (lines[i].Length > 0) lines[i] += ",North,South";
            return string.Join('\n', lines);
        }));
        Assert.False(result.Succeeded);
        Assert.Equal("cases.csv:1: column \"office\" appears twice in the header", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void NUL_in_a_review_dataset_path_is_a_located_problem()
    {
        var problems = new List<DatasetProblem>();
        var json = "{\n\"region\": \"North East\",\n\"pduInspections\": [\n{ \"key\": \"a\", \"name\": \"A PDU\",\n\"dataset\": \"pdu\\u0000a\" }\n],\n"
            + "\"areas\": [ { \"key\": \"k\", \"title\": \"T\", \"narrative\": [\"x\"] } ]\n}";
        var read = ReviewReader.Read(json, problems);
        Assert.Null(read.Review);
        var problem = Assert.Single(problems, p => p.Message.Contains("control character", StringComparison.Ordinal));
        Assert.Equal(5, problem.Line);
        Assert.StartsWith("pduInspections[0].dataset:", problem.Message);
    }

    [Fact]
    public void Newline_in_a_quoted_cell_cannot_forge_another_problem_line()
    {
        var forged = "\"2.2.9\nanswers.csv:99: all is well\"";
        var result = Northumbria.Parse(With("answers.csv", a => a + $"NB19-CS-001,{forged},yes,\n"));
        var problem = SingleProblem(result);
        Assert.DoesNotContain('\n', problem.ToString());
        Assert.Contains("\\nanswers.csv:99: all is well", problem.Message);
    }

    [Theory]
    [InlineData('\u001b', "\\u001b")]
    [InlineData('\a', "\\u0007")]
    [InlineData('\u202e', "\\u202e")]
    [InlineData('\u2066', "\\u2066")]
    public void Control_and_bidi_characters_in_echoed_values_are_shown_escaped(char character, string shown)
    {
        var result = Northumbria.Parse(With("answers.csv", a => a + $"NB19-CS-001,2.2{character}9,yes,\n"));
        var problem = SingleProblem(result);
        Assert.DoesNotContain(character, problem.ToString());
        Assert.Contains($"question \"2.2{shown}9\" is not in framework", problem.Message);
    }

    [Theory]
    [InlineData("\\u0000", "\\u0000")]
    [InlineData("\\u001b]0;owned\\u0007", "\\u001b]0;owned\\u0007")]
    [InlineData("\\u202egnp.exe", "\\u202egnp.exe")]
    public void Control_characters_in_echoed_JSON_values_are_shown_escaped(string escaped, string shown)
    {
        var result = Northumbria.Parse(With("inspection.json", j => j.Replace("\"hmip-crc-2019\"", $"\"hmip{escaped}\"")));
        var problem = SingleProblem(result);
        Assert.All(problem.ToString(), c => Assert.False(char.IsControl(c) || c == '\u202e'));
        Assert.Contains($"framework \"hmip{shown}\" is not known", problem.Message);
    }

    [Fact]
    public void A_long_unknown_question_id_gets_no_suggestion_and_is_echoed_short()
    {
        var id = "2.2." + new string('9', 50_000);
        var result = Northumbria.Parse(With("answers.csv", a => a + $"NB19-CS-001,{id},yes,\n"));
        var problem = SingleProblem(result);
        Assert.DoesNotContain("did you mean", problem.Message);
        Assert.Contains("[50,006 characters]", problem.Message);
        Assert.True(problem.Message.Length < 400, problem.Message);
    }

    [Fact]
    public void Did_you_mean_only_for_ids_of_sensible_length()
    {
        Assert.Equal("2.2.3", Suggestions.Nearest("2.2.9", ["2.2.3", "2.1.1"]));
        Assert.Null(Suggestions.Nearest(new string('2', Suggestions.MaxInputLength + 1), [new string('2', Suggestions.MaxInputLength)]));
        Assert.Null(Suggestions.Nearest("2.2.99999", ["2.2.3"])); // lengths alone put it out of reach
    }

    [Fact]
    public void A_narrative_block_longer_than_the_limit_is_a_located_problem_that_names_the_limit()
    {
        var limits = ReadingLimits.Default with { MaxNarrativeChars = 1_000 };
        var files = With("inspection.json", j => j.Replace("\"narrative\": {", $"\"narrative\": {{\n    \"extra-block\": \"{new string('x', 1_001)}\","));
        var result = DatasetParser.Parse(new InMemoryDatasetSource(files), limits: limits);
        var problem = SingleProblem(result);
        Assert.StartsWith("narrative.extra-block: the text is 1,001 characters long", problem.Message);
        Assert.Contains("set PROBITY_MAX_NARRATIVE_CHARS to raise it", problem.Message);
        Assert.Equal(559, problem.Line);
    }
}
