using Probity.Core.Datasets;
using Probity.Core.Sampling;
using Probity.Synthetic;

namespace Probity.Core.Tests.Sampling;

/// <summary>
/// examples/populations/northumbria-2019-caseload.csv: synthetic, shaped so that the three samples come out as the
/// published Northumbria 2019 figures (spec §6.4 consistency check, §6.6).
/// </summary>
public class ExamplePopulationTests
{
    private static readonly string ExampleFile = RepositoryPaths.Of("examples", "populations", "northumbria-2019-caseload.csv");
    private static readonly SyntheticPopulation.Options Northumbria = new() { CasePrefix = "NB19" };
    private const ulong GeneratorSeed = 1;
    private static readonly DateOnly AsAt = new(2019, 8, 19);

    private static SampleDraw Draw(SampleType type, Func<SamplingPlan, SamplingPlan> adjust)
    {
        var plan = adjust(SamplingPlan.For("hmip-crc-2019", type)! with { AsAt = AsAt, Seed = 2019 });
        var problems = new List<DatasetProblem>();
        using var text = new StreamReader(ExampleFile);
        var population = PopulationReader.Read("northumbria-2019-caseload.csv", text, plan, problems);
        Assert.True(population is not null, string.Join("\n", problems));
        return StratifiedSampler.Draw(population, plan, problems)!;
    }

    [Fact] // the file is the generator's output; PROBITY_WRITE_EXAMPLES=1 rewrites it after a deliberate change to the generator
    public void The_example_file_is_the_generators_output()
    {
        var expected = new StringWriter();
        SyntheticPopulation.WriteCsv(SyntheticPopulation.Rows(Northumbria, GeneratorSeed), expected);
        if (Environment.GetEnvironmentVariable("PROBITY_WRITE_EXAMPLES") == "1") File.WriteAllText(ExampleFile, expected.ToString());
        Assert.True(expected.ToString() == File.ReadAllText(ExampleFile),
            $"{ExampleFile} differs from SyntheticPopulation's output; run the tests with PROBITY_WRITE_EXAMPLES=1 to rewrite it");
    }

    [Fact] // 235 eligible → 97, of which 68 community and 29 post-release cases (the published split)
    public void Case_supervision_gives_the_published_sample()
    {
        var draw = Draw(SampleType.CaseSupervision, p => p);
        Assert.Equal((235, 97, 97), (draw.Eligible, draw.Required.Value, draw.Actual));
        var disposal = draw.Balance.Characteristics.Single(c => c.Column == "disposal").Rows;
        Assert.Equal([("community", 68), ("post-release", 29)], disposal.Select(r => (r.Label, r.Sample)));
    }

    [Fact] // "The required sample size was 30; however, fewer requirements were made in the two-week period" — 25 inspected
    public void Unpaid_work_is_a_census_of_25_against_30()
    {
        var draw = Draw(SampleType.UnpaidWork, p => p with { PlanningPopulation = 36 });
        Assert.Equal((25, 30, true, 25), (draw.Eligible, draw.Required.Value, draw.Census, draw.Actual));
    }

    [Fact] // "The required sample size was 20; however, fewer cases were released" — 11 inspected
    public void Through_the_gate_is_a_census_of_11_against_20()
    {
        var draw = Draw(SampleType.ThroughTheGate, p => p with { Required = 20 });
        Assert.Equal((11, 20, true, 11), (draw.Eligible, draw.Required.Value, draw.Census, draw.Actual));
    }

    [Fact]
    public void The_generator_is_reproducible()
    {
        var options = new SyntheticPopulation.Options { Other = 50 };
        Assert.Equal(SyntheticPopulation.Rows(options, 5), SyntheticPopulation.Rows(options, 5));
        Assert.NotEqual(SyntheticPopulation.Rows(options, 5), SyntheticPopulation.Rows(options, 6));
    }

    [Fact] // the in-memory population and the CSV text give the same draw
    public void In_memory_and_parsed_populations_agree()
    {
        var rows = SyntheticPopulation.Rows(new SyntheticPopulation.Options { Other = 300 }, 11);
        var csv = new StringWriter();
        SyntheticPopulation.WriteCsv(rows, csv);
        var plan = SamplingPlan.For("hmip-crc-2019", SampleType.CaseSupervision)! with { AsAt = new SyntheticPopulation.Options().AsAt, Seed = 3 };
        var parsed = Populations.Draw(Populations.Read(csv.ToString(), plan), plan);
        var inMemory = Populations.Draw(SyntheticPopulation.ToPopulation(rows), plan);
        Assert.Equal(parsed.Cases().Select(c => (c.Case.CaseId, c.Stratum.Label, c.Role)), inMemory.Cases().Select(c => (c.Case.CaseId, c.Stratum.Label, c.Role)));
        Assert.Equal(235, inMemory.Eligible);
    }
}
