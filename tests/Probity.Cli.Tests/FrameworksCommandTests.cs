using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

public class FrameworksCommandTests
{
    [Fact]
    public void Lists_the_built_in_versions()
    {
        var run = CliProcess.Run("frameworks", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("hmip-crc-2018", run.Out);
        Assert.Contains("hmip-crc-2019", run.Out);
        Assert.Contains("76 prompts", run.Out);
    }

    [Fact]
    public void Checks_a_file_and_lists_every_problem_with_its_path()
    {
        using var temp = new TempFolder();
        var good = Path.Combine(temp.Path, "good.json");
        File.Copy(RepositoryFiles.Of("frameworks", "hmip-crc-2019.json"), good);
        var ok = CliProcess.Run("frameworks", "check", good);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("hmip-crc-2019 is valid", ok.Out);

        var bad = Path.Combine(temp.Path, "bad.json");
        File.WriteAllText(bad, File.ReadAllText(good).Replace("\"population\": \"CS-HARM\"", "\"population\": \"CS-HRM\"").Replace("\"min\": 0,", "\"min\": 5,"));
        var run = CliProcess.Run("frameworks", "check", bad);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.json: $.ratingRules.keyQuestionBands: the first band must start at 0", run.Error);
        Assert.Contains("unknown population \"CS-HRM\"", run.Error);
        Assert.False(CliProcess.HasStackTrace(run.Error));
    }
}
