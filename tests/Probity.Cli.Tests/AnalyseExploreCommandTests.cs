using System.Text.Json;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>./probity analyse explore against a generated programme, as an analyst runs it.</summary>
public sealed class AnalyseExploreCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private Dictionary<string, string> Store => new() { ["PROBITY_DATA_DIR"] = Path.Combine(_folder.Path, "store"), ["PROBITY_USER"] = "cli-test" };

    private CliProcess.Result Run(params string[] args) => CliProcess.Run(Store, args);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Explore_prints_the_table_writes_csv_and_json_and_suppresses_small_cells()
    {
        Assert.Equal(0, Run("generate", "--inspections", "30", "--seed", "2020").ExitCode);
        var output = Path.Combine(_folder.Path, "out");
        var explore = Run("analyse", "explore", "--measure", "2.1.3", "--where", "year=2019/20 and sex=female and rosh in (high, very-high)",
            "--by", "grade,domestic-abuse", "--out", output);
        Assert.True(explore.ExitCode == 0, explore.Error);
        Assert.Contains("fewer than 5", explore.Out);
        Assert.Contains("30 published inspection(s)", explore.Error);
        var csv = File.ReadAllLines(Path.Combine(output, "explore.csv"));
        Assert.StartsWith("the responsible officer's grade,", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, line => line.Contains("fewer than 5", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "explore.json")));
        Assert.Equal("2.1.3", json.RootElement.GetProperty("measure").GetString());
        Assert.Contains(json.RootElement.GetProperty("cells").EnumerateArray(), c => c.GetProperty("suppressed").GetBoolean() && c.GetProperty("yes").ValueKind == JsonValueKind.Null);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "store", "explore.snapshot")));
    }

    [Fact]
    public void A_bad_question_is_refused_with_what_to_change()
    {
        Assert.Equal(0, Run("generate", "--inspections", "30", "--seed", "2020").ExitCode);
        var unknown = Run("analyse", "explore", "--measure", "2.1.3", "--where", "sex=femal");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("\"femal\" is not a value of sex; the values are male, female", unknown.Error);
        var pooled = Run("analyse", "explore", "--measure", "2.1.3");
        Assert.NotEqual(0, pooled.ExitCode);
        Assert.Contains("add a framework to the filter", pooled.Error);
    }
}
