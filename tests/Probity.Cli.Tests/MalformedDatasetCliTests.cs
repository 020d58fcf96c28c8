using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>Issue 2: each malformed dataset gives the contract's error, exits non-zero, prints no stack trace, writes nothing.</summary>
public class MalformedDatasetCliTests
{
    private static readonly Dictionary<string, string> Example = RepositoryFiles.Dataset("northumbria-2019");

    public static TheoryData<string> Names() => new(MalformedDatasets.All(Example).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Rate_refuses_it(string name)
    {
        var broken = MalformedDatasets.All(Example).Single(c => c.Name == name);
        using var temp = new TempFolder();
        var folder = temp.Write("dataset", broken.Break(Example));
        var before = Directory.GetFiles(folder).Select(f => (f, File.ReadAllText(f))).ToList();

        foreach (var args in new[] { new[] { "rate", folder }, ["rate", folder, "--json"] })
        {
            var run = CliProcess.Run(args);
            Assert.Equal(1, run.ExitCode);
            Assert.Equal("", run.Out);
            foreach (var expected in broken.ExpectedErrors) Assert.Contains(expected, run.Error);
            Assert.Matches(@"\d+ problems? found; nothing was rated\.", run.Error);
            Assert.False(CliProcess.HasStackTrace(run.Error), run.Error);
        }
        Assert.Equal(before, Directory.GetFiles(folder).Select(f => (f, File.ReadAllText(f))).ToList());
    }
}
