using Probity.Core.Datasets;
using Probity.Core.Sampling;

namespace Probity.Core.Tests.Sampling;

/// <summary>Small caseload extracts written as CSV text, read the way the CLI reads them.</summary>
internal static class Populations
{
    public const string Header = "case_id,sex,disposal,recorded_rosh,sentence_date,release_date,requirements,office,ro_grade,managed_by,ttg_entitled";

    public static SamplingPlan Plan(SampleType type = SampleType.CaseSupervision, string framework = "hmip-crc-2019") =>
        SamplingPlan.For(framework, type)!;

    public static SamplingPopulation Read(string csv, SamplingPlan? plan = null)
    {
        var problems = new List<DatasetProblem>();
        var population = PopulationReader.Read("population.csv", new StringReader(csv), plan ?? Plan(), problems);
        Assert.True(population is not null, string.Join("\n", problems));
        return population;
    }

    public static List<DatasetProblem> Problems(string csv, SamplingPlan? plan = null)
    {
        var problems = new List<DatasetProblem>();
        var population = PopulationReader.Read("population.csv", new StringReader(csv), plan ?? Plan(), problems);
        Assert.Null(population);
        return problems;
    }

    /// <summary>Case supervision cases in strata of the given sizes (no dates: the file is the eligible population).</summary>
    public static string Strata(params (string Sex, string Disposal, string Rosh, int Count)[] strata)
    {
        var lines = new List<string> { "case_id,sex,disposal,recorded_rosh,office" };
        var n = 0;
        foreach (var (sex, disposal, rosh, count) in strata)
            for (var i = 0; i < count; i++, n++)
                lines.Add($"C{n:D5},{sex},{disposal},{rosh},Office {n % 3}");
        return string.Join("\n", lines) + "\n";
    }

    public static SampleDraw Draw(SamplingPopulation population, SamplingPlan plan)
    {
        var problems = new List<DatasetProblem>();
        var draw = StratifiedSampler.Draw(population, plan, problems);
        Assert.True(draw is not null, string.Join("\n", problems));
        return draw;
    }

    public static SampleDraw Draw(string csv, SamplingPlan plan) => Draw(Read(csv, plan), plan);
}
