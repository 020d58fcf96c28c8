using System.Text.Json;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

public class RateCommandTests
{
    private static readonly string Example = RepositoryFiles.Of("examples", "northumbria-2019");
    private static readonly JsonElement Published =
        JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Of("tests", "fixtures", "northumbria-2019-published.json"))).RootElement;

    private static readonly Dictionary<string, string> Tokens = new()
    {
        ["Inadequate"] = "inadequate", ["Requires improvement"] = "requires-improvement", ["Good"] = "good", ["Outstanding"] = "outstanding",
    };

    [Fact] // issue 2 "done when": rate --json gives the published ratings, score and every published key-question percentage
    public void Json_gives_the_published_ratings_page_and_key_question_percentages()
    {
        var run = CliProcess.Run("rate", Example, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        var json = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal("hmip-crc-2019", json.GetProperty("framework").GetString());
        Assert.Equal(Published.GetProperty("overall").GetProperty("score").GetInt32(), json.GetProperty("score").GetInt32());
        Assert.Equal(30, json.GetProperty("maxScore").GetInt32());
        Assert.Equal(Tokens[Published.GetProperty("overall").GetProperty("rating").GetString()!], json.GetProperty("overallRating").GetString());

        var standards = json.GetProperty("standards").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        var keyQuestions = 0;
        foreach (var p in Published.GetProperty("standards").EnumerateArray())
        {
            var s = standards[p.GetProperty("id").GetString()!];
            Assert.Equal(Tokens[p.GetProperty("rating").GetString()!], s.GetProperty("rating").GetString());
            Assert.Equal(p.GetProperty("basis").GetString() == "judgement" ? "judgement" : "case-data", s.GetProperty("ratedBy").GetString());
            if (!p.TryGetProperty("keyQuestions", out var kqs)) continue;
            var actual = s.GetProperty("keyQuestions").EnumerateArray().ToDictionary(k => k.GetProperty("id").GetString()!);
            foreach (var kq in kqs.EnumerateArray())
            {
                var a = actual[kq.GetProperty("id").GetString()!];
                Assert.Equal(kq.GetProperty("pct").ToString(), a.GetProperty("percent").ToString());
                keyQuestions++;
            }
            if (p.TryGetProperty("adjustment", out var adj))
            {
                Assert.Equal(adj.GetProperty("direction").GetString(), s.GetProperty("discretion").GetProperty("applied").GetString());
                Assert.Equal(Tokens[adj.GetProperty("ratingBefore").GetString()!], s.GetProperty("indicativeRating").GetString());
                Assert.Equal(adj.GetProperty("footnoteOn").GetString(), s.GetProperty("lowestKeyQuestion").GetString());
            }
        }
        Assert.Equal(19, keyQuestions);
        var reviewing = standards["2.4"].GetProperty("keyQuestions").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "2.4.3");
        Assert.Equal((85, 41, 44), (reviewing.GetProperty("population").GetInt32(), reviewing.GetProperty("yes").GetInt32(), reviewing.GetProperty("no").GetInt32()));
        Assert.Equal(["up"], standards["2.4"].GetProperty("discretion").GetProperty("eligible").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Table_for_people()
    {
        var run = CliProcess.Run("rate", Example);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Score:          15/30", run.Out);
        Assert.Contains("Overall rating: Requires improvement", run.Out);
        Assert.Contains("    * 2.4.3             41    44     0          85    48  Inadequate", run.Out);
        Assert.Contains("panel: moved up to Requires improvement (professional discretion)", run.Out);
        Assert.Contains("4.1.3         This question produces qualitative evidence only.", run.Out);
    }

    [Fact] // V1: a key question answered na without a reason is shown to the panel, but does not stop the rating
    public void Warnings_on_request()
    {
        var files = RepositoryFiles.Dataset("northumbria-2019");
        var answers = files["answers.csv"].Split('\n').ToList();
        var i = answers.FindIndex(l => l.Contains(",4.1.2,na,"));
        answers[i] = answers[i][..(answers[i].IndexOf(",na,", StringComparison.Ordinal) + 4)];
        files["answers.csv"] = string.Join("\n", answers);
        using var temp = new TempFolder();
        var folder = temp.Write("dataset", files);

        var quiet = CliProcess.Run("rate", folder);
        Assert.Equal(0, quiet.ExitCode);
        Assert.DoesNotContain("warning:", quiet.Error);
        var run = CliProcess.Run("rate", folder, "--warnings");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: answers.csv: 4.1.2: 1 case answered na without a reason in the note column: NB19-UW-", run.Error);
    }

    [Fact]
    public void Missing_folder_and_bad_usage()
    {
        var missing = CliProcess.Run("rate", "/no/such/dataset");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("/no/such/dataset: no such folder", missing.Error);
        Assert.False(CliProcess.HasStackTrace(missing.Error));

        var usage = CliProcess.Run("rate");
        Assert.Equal(2, usage.ExitCode);
        Assert.False(CliProcess.HasStackTrace(usage.Error + usage.Out));
    }
}
