using Probity.Tests.Shared;

namespace Probity.Core.Tests.Datasets;

/// <summary>Exchange format §2: every kind of mistake is reported as file:line with what was found and expected.</summary>
public class MalformedDatasetTests
{
    public static TheoryData<string> Names() => new(MalformedDatasets.All(Northumbria.Files()).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_mistake_gives_the_contract_error(string name)
    {
        var files = Northumbria.Files();
        var broken = MalformedDatasets.All(files).Single(c => c.Name == name);
        var result = Northumbria.Parse(broken.Break(files));
        Assert.False(result.Succeeded);
        Assert.Null(result.Dataset);
        var printed = result.Problems.Select(p => p.ToString()).ToList();
        foreach (var expected in broken.ExpectedErrors)
            Assert.True(printed.Any(p => p.Contains(expected)), $"expected \"{expected}\" among:\n{string.Join("\n", printed)}");
    }

    [Fact]
    public void The_example_itself_is_valid()
    {
        var result = Northumbria.Parse();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var files = Northumbria.Files();
        var all = MalformedDatasets.All(files).ToList();
        // Apply three independent mistakes to one dataset.
        var broken = all.Single(c => c.Name == "unknown question").Break(files);
        broken = all.Single(c => c.Name == "duplicate case").Break(broken);
        broken = all.Single(c => c.Name == "wrong rating token").Break(broken);
        var printed = Northumbria.Parse(broken).Problems.Select(p => p.ToString()).ToList();
        Assert.Contains(printed, p => p.Contains("2.2.9"));
        Assert.Contains(printed, p => p.Contains("duplicate case_id"));
        Assert.Contains(printed, p => p.Contains("\"Good\" is not a rating token"));
    }

    [Fact]
    public void Many_missing_answers_are_grouped_per_case()
    {
        var files = Northumbria.Files();
        files["answers.csv"] = string.Join("\n", files["answers.csv"].Split('\n').Where(l => !l.StartsWith("NB19-CS-002,")));
        var problem = Assert.Single(Northumbria.Parse(files).Problems);
        Assert.Equal("cases.csv", problem.File);
        Assert.Contains("case NB19-CS-002 has no answer to 2.1.1, 2.1.2,", problem.Message);
        Assert.Contains("more", problem.Message);
    }
}
