using Probity.Core.Datasets;

namespace Probity.Core.Tests.Datasets;

/// <summary>The comparator's <c>period</c> (printed in the caseload comparison sentence) survives inspection.json both ways.</summary>
public class ComparatorPeriodTests
{
    [Fact]
    public void Period_is_read_and_written_back()
    {
        var text = File.ReadAllText(RepositoryPaths.Of("examples", "northumbria-2019", "inspection.json"));
        var problems = new List<DatasetProblem>();
        var first = ManifestReader.Read(text, problems).Manifest!;
        Assert.Empty(problems);
        Assert.Equal("between June 2018 and June 2019", first.NationalComparator!.Period);

        var again = ManifestReader.Read(ManifestWriter.Write(first), problems).Manifest!;
        Assert.Empty(problems);
        Assert.Equal(first.NationalComparator.Period, again.NationalComparator!.Period);
        Assert.Equal(first.NationalComparator.Results.Count, again.NationalComparator.Results.Count);
        Assert.Null(again.PreviousInspection!.Period);
    }
}
