using System.Text.Json;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>./probity generate and ./probity analyse against a SQLite store of their own, as a user runs them.</summary>
public sealed class AnalyseCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private Dictionary<string, string> Store => new() { ["PROBITY_DATA_DIR"] = Path.Combine(_folder.Path, "store"), ["PROBITY_USER"] = "cli-test" };

    private CliProcess.Result Run(params string[] args) => CliProcess.Run(Store, args);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Generate_then_analyse_all_writes_every_analysis_as_csv_json_charts_and_one_page()
    {
        var generate = Run("generate", "--inspections", "14", "--seed", "4");
        Assert.True(generate.ExitCode == 0, generate.Error);
        Assert.Contains("generated 14 inspections", generate.Error);

        var output = Path.Combine(_folder.Path, "out");
        var analyse = Run("analyse", "all", "--out", output);
        Assert.True(analyse.ExitCode == 0, analyse.Error);
        Assert.Contains("14 inspection(s) in the scope", analyse.Error);
        foreach (var name in new[] { "cases", "ratings", "revisits", "national", "splits", "interviews", "needs", "profile", "recommendations" })
        {
            Assert.True(File.Exists(Path.Combine(output, name + ".json")), name);
            Assert.Contains(name + ": ", analyse.Out);
        }
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.NotEmpty(Directory.GetFiles(output, "ratings-*.svg"));
        Assert.Empty(Directory.GetFiles(output, "*.partial"));
        var national = File.ReadAllLines(Path.Combine(output, "national-items.csv"));
        Assert.StartsWith("framework,year,provider_type,item", national[0]);
        Assert.Contains(national, l => l.StartsWith("hmip-crc-2019,2019/20,CRC,2.1.3,key question", StringComparison.Ordinal));
    }

    [Fact]
    public void One_analysis_for_one_year_and_type_and_the_comparator_block()
    {
        Assert.Equal(0, Run("generate", "--inspections", "14", "--seed", "4").ExitCode);
        var output = Path.Combine(_folder.Path, "crc-2019");
        var analyse = Run("analyse", "ratings", "--out", output, "--year", "2019/20", "--provider-type", "CRC");
        Assert.True(analyse.ExitCode == 0, analyse.Error);
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "ratings.json"))))
        {
            Assert.Equal("programme year 2019/20; CRC inspections", json.RootElement.GetProperty("scope").GetString());
            Assert.All(json.RootElement.GetProperty("tables").GetProperty("overall").EnumerateArray(), r => Assert.Equal("2019/20", r.GetProperty("year").GetString()));
        }
        Assert.False(File.Exists(Path.Combine(output, "national.json")));

        var comparator = Run("analyse", "comparator", "--framework", "hmip-crc-2019", "--year", "2018/19");
        Assert.True(comparator.ExitCode == 0, comparator.Error);
        using var block = JsonDocument.Parse(comparator.Out);
        var national = block.RootElement.GetProperty("nationalComparator");
        Assert.Equal("All CRCs", national.GetProperty("label").GetString());
        var kq = national.GetProperty("results").GetProperty("2.1.3");
        Assert.True(kq.GetProperty("answered").GetInt32() > 0);
        Assert.True(national.GetProperty("results").TryGetProperty("ro.poCaseloadUnmanageable", out _));
    }

    [Fact]
    public void The_comparator_is_not_put_on_a_published_inspection()
    {
        Assert.Equal(0, Run("generate", "--inspections", "6", "--seed", "4").ExitCode);
        var run = Run("analyse", "comparator", "--framework", "hmip-crc-2019", "--year", "2018/19", "--into", "SYN-2019-CRC-001");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is published, so its national comparison figures are final", run.Error);
        var wrong = Run("analyse", "comparator", "--framework", "hmip-crc-2018", "--year", "2018/19", "--into", "SYN-2019-CRC-001");
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("is under hmip-crc-2019, not hmip-crc-2018", wrong.Error);
    }

    [Theory]
    [InlineData(2, "--year \"2019-20\" is not a programme year such as 2019/20", "analyse", "national", "--out", "x", "--year", "2019-20")]
    [InlineData(2, "--provider-type \"Prison\" is not one of CRC, NPS, PDU, Area", "analyse", "cases", "--out", "x", "--provider-type", "Prison")]
    [InlineData(2, "--from \"1 June 2019\" is not a date in the form yyyy-mm-dd", "analyse", "cases", "--out", "x", "--from", "1 June 2019")]
    [InlineData(2, "--from 2020-01-01 is after the end of the period, 2019-01-01", "analyse", "cases", "--out", "x", "--from", "2020-01-01", "--to", "2019-01-01")]
    [InlineData(2, "--framework \"hmip-crc-2020\" is not known", "analyse", "national", "--out", "x", "--framework", "hmip-crc-2020")]
    [InlineData(2, "comparator needs --framework", "analyse", "comparator")]
    [InlineData(2, "--inspections must be from 1 to 100,000", "generate", "--inspections", "0")]
    [InlineData(1, "no stored inspection is in the scope (every stored inspection)", "analyse", "needs", "--out", "x")]
    public void Bad_input_gets_a_plain_message_and_its_exit_code(int exitCode, string message, params string[] args)
    {
        var run = Run([.. args.Select(a => a == "x" ? Path.Combine(_folder.Path, "x") : a)]);
        Assert.Equal(exitCode, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "x")), "nothing is written on bad input");
        Assert.Contains(message, run.Error);
        Assert.False(CliProcess.HasStackTrace(run.Error + run.Out), run.Error);
    }
}
