using System.Text.Json;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary><c>./probity sample</c> run as a process, as a user runs it.</summary>
public sealed class SampleCommandTests : IDisposable
{
    private static readonly string Example = RepositoryFiles.Of("examples", "populations", "northumbria-2019-caseload.csv");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string In(string name) => Path.Combine(_folder.Path, name);

    private static (int Exit, string Out, string Error) Sample(params string[] args)
    {
        var run = CliProcess.Run(["sample", .. args]);
        Assert.False(CliProcess.HasStackTrace(run.Error), run.Error);
        return (run.ExitCode, run.Out, run.Error);
    }

    [Fact] // the Northumbria example: 235 eligible → 97 sampled, the formula labelled as Probity's, the file with its added columns
    public void Draws_the_example_and_writes_the_sample_file()
    {
        var (exit, output, error) = Sample(Example, "--out", In("sample.csv"), "--as-at", "2019-08-19", "--seed", "2019");
        Assert.True(exit == 0, error);
        Assert.Contains("Eligible population: 235 of 1,188 rows", output);
        Assert.Contains("Required sample size: 97", output);
        Assert.Contains("sample size calculated by Probity using Cochran's formula with finite population correction (z = 1.2816, p = 0.5, e = 0.05); "
            + "HMIP publishes only the 80% confidence / 5-point margin targets", output);
        Assert.Contains("chi-square goodness of fit", output);
        var lines = File.ReadAllLines(In("sample.csv"));
        Assert.Equal(File.ReadLines(Example).First() + ",stratum,role,reserve_order", lines[0]);
        Assert.Equal(97, lines.Count(l => l.EndsWith(",sample,", StringComparison.Ordinal)));
        Assert.Equal(["sample.csv"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName)); // no temporary file left behind
    }

    [Fact]
    public void The_same_seed_writes_the_same_file_and_another_seed_another()
    {
        Assert.Equal(0, Sample(Example, "--out", In("a.csv"), "--as-at", "2019-08-19", "--seed", "7").Exit);
        Assert.Equal(0, Sample(Example, "--out", In("b.csv"), "--as-at", "2019-08-19", "--seed", "7").Exit);
        Assert.Equal(0, Sample(Example, "--out", In("c.csv"), "--as-at", "2019-08-19", "--seed", "8").Exit);
        Assert.Equal(File.ReadAllText(In("a.csv")), File.ReadAllText(In("b.csv")));
        Assert.NotEqual(File.ReadAllText(In("a.csv")), File.ReadAllText(In("c.csv")));
    }

    [Fact] // without --seed one is chosen and printed, and giving it back reproduces the sample
    public void A_random_seed_is_printed_so_the_draw_can_be_repeated()
    {
        var (_, output, _) = Sample(Example, "--out", In("a.csv"), "--as-at", "2019-08-19");
        var seed = System.Text.RegularExpressions.Regex.Match(output, @"give --seed (\d+) to draw").Groups[1].Value;
        Assert.NotEmpty(seed);
        Assert.Equal(0, Sample(Example, "--out", In("b.csv"), "--as-at", "2019-08-19", "--seed", seed).Exit);
        Assert.Equal(File.ReadAllText(In("a.csv")), File.ReadAllText(In("b.csv")));
    }

    [Fact] // the census footnote and the given required size for Through the Gate 2019
    public void Through_the_gate_census()
    {
        var (exit, output, error) = Sample(Example, "--out", In("ttg.csv"), "--type", "through-the-gate", "--as-at", "2019-08-19", "--required", "20");
        Assert.True(exit == 0, error);
        Assert.Contains("Required sample size: 20 (given with --required)", output);
        Assert.Contains("The required sample size was 20; however, only 11 cases were eligible and so we inspected 100 per cent of them.", output);
        Assert.DoesNotContain("Cochran", output);
        Assert.Equal(12, File.ReadAllLines(In("ttg.csv")).Length);
    }

    [Fact]
    public void Through_the_gate_2019_needs_the_required_size()
    {
        var (exit, _, error) = Sample(Example, "--out", In("ttg.csv"), "--type", "through-the-gate");
        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains("give the required size (--required)", error);
        Assert.False(File.Exists(In("ttg.csv")));
    }

    [Fact] // all or nothing: every problem as file:line, exit 1, no file
    public void A_population_with_problems_writes_nothing()
    {
        File.WriteAllText(In("population.csv"), "case_id,sex,disposal,recorded_rosh\nA,Male,community,low\nA,male,community,low\n");
        var (exit, output, error) = Sample(In("population.csv"), "--out", In("sample.csv"));
        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.Empty(output);
        Assert.Contains("population.csv:2: sex \"Male\" is not one of male, female", error);
        Assert.Contains("population.csv:3: duplicate case_id \"A\" (first seen on line 2)", error);
        Assert.Contains("2 problems found; nothing was written.", error);
        Assert.False(File.Exists(In("sample.csv")));
    }

    [Fact]
    public void No_eligible_case_is_an_error_not_an_empty_file()
    {
        var (exit, _, error) = Sample(Example, "--out", In("sample.csv"), "--as-at", "2010-01-01");
        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.Contains("is eligible (1,188 rows; ", error);
        Assert.False(File.Exists(In("sample.csv")));
    }

    [Fact] // an existing sample is never replaced by accident
    public void An_existing_sample_file_is_kept_unless_overwrite()
    {
        File.WriteAllText(In("sample.csv"), "keep me");
        var (exit, _, error) = Sample(Example, "--out", In("sample.csv"), "--seed", "1");
        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.Contains("already exists", error);
        Assert.Equal("keep me", File.ReadAllText(In("sample.csv")));
        Assert.Equal(0, Sample(Example, "--out", In("sample.csv"), "--seed", "1", "--overwrite").Exit);
        Assert.StartsWith("case_id,", File.ReadAllText(In("sample.csv")));
    }

    [Theory]
    [InlineData("--as-at", "19/08/2019")]
    [InlineData("--confidence", "100")]
    [InlineData("--supervision-months", "six")]
    [InlineData("--release-window-weeks", "3")]
    [InlineData("--managed-by", "probation")]
    public void Wrong_options_are_usage_errors(string option, string value)
    {
        var (exit, _, error) = Sample(Example, "--out", In("sample.csv"), option, value);
        Assert.Equal(CommandLine.Usage, exit);
        Assert.StartsWith("probity: ", error);
        Assert.False(File.Exists(In("sample.csv")));
    }

    [Fact]
    public void Missing_population_file()
    {
        var (exit, _, error) = Sample(In("nope.csv"), "--out", In("sample.csv"));
        Assert.Equal(CommandLine.InvalidInput, exit);
        Assert.EndsWith("nope.csv: no such file\n", error);
    }

    [Fact] // --json: one object with the calculation, the strata, the balance and the cases
    public void Json_for_tools()
    {
        var (exit, output, _) = Sample(Example, "--out", In("sample.csv"), "--as-at", "2019-08-19", "--seed", "2019", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2019UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(97, root.GetProperty("requiredSize").GetProperty("value").GetInt32());
        Assert.StartsWith("sample size calculated by Probity", root.GetProperty("requiredSize").GetProperty("calculation").GetProperty("label").GetString());
        Assert.Equal(97, root.GetProperty("strata").EnumerateArray().Sum(s => s.GetProperty("sampled").GetInt32()));
        Assert.Equal(root.GetProperty("sampled").GetInt32() + root.GetProperty("reserves").GetInt32(), root.GetProperty("cases").GetArrayLength());
        Assert.InRange(root.GetProperty("balance").GetProperty("chiSquare").GetProperty("pValue").GetDouble(), 0, 1);
    }
}
