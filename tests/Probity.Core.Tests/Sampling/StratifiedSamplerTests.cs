using Probity.Core.Datasets;
using Probity.Core.Sampling;

namespace Probity.Core.Tests.Sampling;

public class StratifiedSamplerTests
{
    private static readonly string Northumbria = Populations.Strata(
        ("male", "community", "low", 24), ("male", "community", "medium", 116), ("male", "community", "high", 1),
        ("male", "post-release", "low", 9), ("male", "post-release", "medium", 51),
        ("female", "community", "low", 5), ("female", "community", "medium", 19),
        ("female", "post-release", "medium", 10));

    private static SamplingPlan Plan(ulong seed = 42) => Populations.Plan() with { Seed = seed };

    private static string[] Sampled(SampleDraw draw) => draw.Cases().Where(c => c.Role == SampleRole.Sample).Select(c => c.Case.CaseId).Order().ToArray();

    [Fact] // 235 eligible → 97 (spec §6.4), allocated exactly over the strata, in the vocabularies' order
    public void Allocation_sums_exactly_to_the_required_size()
    {
        var draw = Populations.Draw(Northumbria, Plan());
        Assert.Equal(235, draw.Eligible);
        Assert.Equal(97, draw.Required.Value);
        Assert.Equal(RequiredSizeSource.FormulaOnEligible, draw.Required.Source);
        Assert.False(draw.Census);
        Assert.Equal(97, draw.Actual);
        Assert.Equal(97, draw.Strata.Sum(s => s.Sampled.Count));
        Assert.Equal(
            ["male/community/low", "male/community/medium", "male/community/high", "male/post-release/low", "male/post-release/medium",
             "female/community/low", "female/community/medium", "female/post-release/medium"],
            draw.Strata.Select(s => s.Label));
        // quotas 9.91, 47.88, 0.41, 3.71, 21.05, 2.06, 7.84, 4.13: floors sum 93; the four largest remainders (.91, .88, .84, .71) take one more
        Assert.Equal([10, 48, 0, 4, 21, 2, 8, 4], draw.Strata.Select(s => s.Allocated));
        Assert.Equal(97.0 * 116 / 235, draw.Strata[1].Quota, 1e-12);
    }

    [Fact] // a stratum of one case: its quota (0.41) loses to larger remainders, and with nothing sampled there it needs no reserve
    public void A_stratum_with_one_case()
    {
        var draw = Populations.Draw(Northumbria, Plan());
        var single = draw.Strata.Single(s => s.Label == "male/community/high");
        Assert.Equal(1, single.Population);
        Assert.Empty(single.Sampled);
        Assert.Empty(single.Reserves); // no sampled case there to replace

        // With a larger required size its remainder wins and the one case is sampled, leaving nothing for reserves.
        var bigger = Populations.Draw(Northumbria, Plan() with { Required = 200 });
        var stratum = bigger.Strata.Single(s => s.Label == "male/community/high");
        Assert.Equal(1, stratum.Allocated);
        Assert.Empty(stratum.Reserves);
        Assert.Equal(200, bigger.Actual);
    }

    [Fact]
    public void The_same_seed_gives_the_same_sample_and_another_seed_another()
    {
        var first = Populations.Draw(Northumbria, Plan(7));
        var again = Populations.Draw(Northumbria, Plan(7));
        var other = Populations.Draw(Northumbria, Plan(8));
        Assert.Equal(first.Cases().Select(c => (c.Case.CaseId, c.Role, c.ReserveOrder)), again.Cases().Select(c => (c.Case.CaseId, c.Role, c.ReserveOrder)));
        Assert.NotEqual(Sampled(first), Sampled(other));
        Assert.Equal(first.Strata.Select(s => s.Allocated), other.Strata.Select(s => s.Allocated)); // the allocation does not depend on the seed
    }

    [Fact] // the selection depends on the seed and the case references, never on the file's row order
    public void Row_order_does_not_change_the_sample()
    {
        var lines = Northumbria.TrimEnd('\n').Split('\n');
        var reversed = string.Join("\n", lines.Take(1).Concat(lines.Skip(1).Reverse())) + "\n";
        Assert.Equal(Populations.Draw(Northumbria, Plan(99)).Cases().Select(c => c.Case.CaseId),
            Populations.Draw(reversed, Plan(99)).Cases().Select(c => c.Case.CaseId));
    }

    [Fact] // a published value pins the algorithm (SelectionKey's formula) across machines and versions
    public void Selection_keys_are_pinned() =>
        Assert.Equal(SelectionKey.Mix64(SelectionKey.Fnv1a64("NB-0001") ^ SelectionKey.Mix64(2019)), SelectionKey.Of(2019, "NB-0001"));

    [Fact] // FNV-1a test vectors (the algorithm's reference values) and UTF-8 for non-ASCII references
    public void Fnv1a_reference_values()
    {
        Assert.Equal(0xCBF29CE484222325UL, SelectionKey.Fnv1a64(""));
        Assert.Equal(0xAF63DC4C8601EC8CUL, SelectionKey.Fnv1a64("a"));
        Assert.Equal(0x85944171F73967E8UL, SelectionKey.Fnv1a64("foobar"));
        Assert.Equal(SelectionKey.Fnv1a64("é"), Fnv(0xC3, 0xA9));
    }

    private static ulong Fnv(params byte[] bytes) => bytes.Aggregate(0xCBF29CE484222325UL, (h, b) => (h ^ b) * 0x100000001B3UL);

    [Fact] // SplitMix64's finaliser, reference outputs of the generator seeded with 0 (state += golden gamma, then mix)
    public void Mix64_reference_values()
    {
        Assert.Equal(0xE220A8397B1DCDAFUL, SelectionKey.Mix64(0x9E3779B97F4A7C15UL));
        Assert.Equal(0x6E789E6AA1B965F4UL, SelectionKey.Mix64(unchecked(0x9E3779B97F4A7C15UL * 2)));
    }

    [Fact]
    public void Reserves_never_repeat_sampled_cases()
    {
        foreach (var seed in new ulong[] { 1, 2, 3, 2019, ulong.MaxValue })
        {
            var draw = Populations.Draw(Northumbria, Plan(seed) with { ReservePercent = 50 });
            var sampled = draw.Strata.SelectMany(s => s.Sampled).Select(c => c.CaseId).ToHashSet();
            var reserves = draw.Strata.SelectMany(s => s.Reserves).Select(c => c.CaseId).ToList();
            Assert.Equal(97, sampled.Count);
            Assert.Equal(reserves.Count, reserves.Distinct().Count());
            Assert.DoesNotContain(reserves, sampled.Contains);
            foreach (var s in draw.Strata)
            {
                // ceil(50% of the stratum's sample), as far as the stratum has cases left, numbered 1, 2, … in order
                Assert.Equal(Math.Min(s.Population - s.Allocated, (s.Allocated + 1) / 2), s.Reserves.Count);
                Assert.Equal(Enumerable.Range(1, s.Reserves.Count).Cast<int?>(),
                    draw.Cases().Where(c => c.Stratum == s && c.Role == SampleRole.Reserve).Select(c => c.ReserveOrder));
            }
        }
    }

    [Fact] // each reserve is from its own stratum, and the sample file lists sampled cases first in each stratum
    public void Reserves_belong_to_their_stratum()
    {
        var draw = Populations.Draw(Northumbria, Plan());
        var stratumOf = draw.Strata.SelectMany(s => s.Sampled.Concat(s.Reserves).Select(c => (c.CaseId, s.Label))).ToDictionary();
        var csv = Northumbria.Split('\n').Skip(1).Where(l => l.Length > 0).ToDictionary(l => l.Split(',')[0], l => string.Join('/', l.Split(',')[1..4]));
        Assert.All(stratumOf, kv => Assert.Equal(csv[kv.Key], kv.Value));
        Assert.Equal(draw.Strata.SelectMany(s => Enumerable.Repeat(SampleRole.Sample, s.Allocated).Concat(Enumerable.Repeat(SampleRole.Reserve, s.Reserves.Count))),
            draw.Cases().Select(c => c.Role));
    }

    [Fact] // spec §6.2: fewer eligible cases than required → every eligible case, no reserves, both figures recorded
    public void A_population_below_the_required_size_is_a_census()
    {
        var plan = Populations.Plan(SampleType.UnpaidWork) with { PlanningPopulation = 36 };
        var draw = Populations.Draw("case_id,sex,recorded_rosh,requirements\n"
            + string.Join("\n", Enumerable.Range(1, 25).Select(i => $"UW{i:D2},{(i % 5 == 0 ? "female" : "male")},{(i % 3 == 0 ? "low" : "medium")},unpaid-work")) + "\n", plan);
        Assert.Equal(30, draw.Required.Value);
        Assert.Equal(RequiredSizeSource.FormulaOnPlanningEstimate, draw.Required.Source);
        Assert.True(draw.Census);
        Assert.Equal(25, draw.Actual);
        Assert.Equal(0, draw.ReserveCount);
        Assert.Equal("The required sample size was 30; however, only 25 cases were eligible and so we inspected 100 per cent of them.", draw.CensusNote);
        Assert.Equal(0, draw.Balance.LargestDifferencePoints, 1e-12);
        Assert.Equal(1, draw.Balance.ChiSquare!.PValue, 1e-12);
    }

    [Fact] // Through the Gate 2019: the required size is an input (spec §6.4), never computed
    public void Through_the_gate_2019_takes_the_required_size()
    {
        var plan = Populations.Plan(SampleType.ThroughTheGate);
        Assert.Contains(plan.Problems(), p => p.Contains("take the required size as an input", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => StratifiedSampler.Draw(Populations.Read("case_id\nA\n", plan), plan, []));

        var given = plan with { Required = 20 };
        var draw = Populations.Draw("case_id\n" + string.Join("\n", Enumerable.Range(1, 11).Select(i => $"T{i}")) + "\n", given);
        Assert.Equal((20, RequiredSizeSource.Given), (draw.Required.Value, draw.Required.Source));
        Assert.Null(draw.Required.Calculation);
        Assert.True(draw.Census);
        Assert.Equal(11, draw.Actual);
        Assert.Equal("all", Assert.Single(draw.Strata).Label);
        Assert.Null(draw.Balance.ChiSquare); // one stratum: nothing to compare
    }

    [Fact] // 2018 Through the Gate uses the formula like the other samples
    public void Through_the_gate_2018_uses_the_formula()
    {
        var draw = Populations.Draw("case_id\n" + string.Join("\n", Enumerable.Range(1, 40).Select(i => $"T{i}")) + "\n",
            Populations.Plan(SampleType.ThroughTheGate, "hmip-crc-2018"));
        Assert.Equal(33, draw.Actual);
        Assert.False(draw.Census);
    }

    [Fact]
    public void A_population_of_zero()
    {
        var draw = Populations.Draw("case_id,sex,disposal,recorded_rosh\n", Plan());
        Assert.Equal(0, draw.Eligible);
        Assert.Equal(0, draw.Required.Value);
        Assert.True(draw.Census);
        Assert.Equal(0, draw.Actual);
        Assert.Empty(draw.Strata);
        Assert.Empty(draw.Cases());
        Assert.Null(draw.CensusNote);
        Assert.Null(draw.Balance.ChiSquare);
    }

    [Fact] // only eligible cases need their strata values; a missing one is a problem on its line
    public void Eligible_cases_need_every_stratifying_value()
    {
        var plan = Plan();
        var population = Populations.Read("case_id,sex,disposal,recorded_rosh,managed_by\nA,male,community,low,\nB,,community,,\nC,,community,,nps\n", plan);
        var problems = new List<DatasetProblem>();
        Assert.Null(StratifiedSampler.Draw(population, plan, problems));
        Assert.Equal("population.csv:3: case B has no sex or recorded_rosh; case supervision samples are stratified by sex × disposal × recorded_rosh",
            Assert.Single(problems).ToString());
    }

    [Fact] // the balance report: each stratum's shares, the largest difference, and a chi-square p-value
    public void Balance_report()
    {
        var draw = Populations.Draw(Northumbria, Plan());
        var b = draw.Balance;
        Assert.Equal(8, b.Strata.Count);
        Assert.Equal(100.0 * 116 / 235, b.Strata[1].PopulationPercent, 1e-9);
        Assert.Equal(100.0 * 48 / 97, b.Strata[1].SamplePercent, 1e-9);
        Assert.Equal(b.Strata.Max(r => Math.Abs(r.SamplePercent - r.PopulationPercent)), b.LargestDifferencePoints, 1e-12);
        var expected = draw.Strata.Select(s => 97.0 * s.Population / 235).ToArray();
        var statistic = draw.Strata.Select((s, h) => (s.Allocated - expected[h]) * (s.Allocated - expected[h]) / expected[h]).Sum();
        Assert.Equal(statistic, b.ChiSquare!.Statistic, 1e-9);
        Assert.Equal(7, b.ChiSquare.DegreesOfFreedom);
        Assert.True(b.ChiSquare.PValue > 0.99); // largest remainder keeps every stratum within one case of its quota
        Assert.True(b.ChiSquare.Approximate);  // the one-case stratum expects 0.41
        Assert.Equal(["Office 0", "Office 1", "Office 2"], b.Offices.Select(o => o.Label));
        Assert.Equal(235, b.Offices.Sum(o => o.Population));
        Assert.Equal(97, b.Offices.Sum(o => o.Sample));
    }

    // Cases are taken in the documented key order (SelectionKey): a large stratum sorts only the keys under a threshold,
    // a small one sorts them all, and both must give exactly the order of sorting every key.
    [Theory]
    [InlineData(2000)]
    [InlineData(100)]
    public void Strata_are_taken_in_exact_key_order(int size)
    {
        var plan = Populations.Plan() with { Required = 50, Seed = 77 };
        var population = Populations.Read(Populations.Strata(("male", "community", "medium", size)), plan);
        var stratum = Populations.Draw(population, plan).Strata.Single();
        var expected = population.Cases.OrderBy(c => SelectionKey.Of(77, c.CaseId)).ThenBy(c => c.CaseId, StringComparer.Ordinal).Take(60);
        Assert.Equal(expected.Select(c => c.CaseId), stratum.Sampled.Concat(stratum.Reserves).Select(c => c.CaseId));
    }

    [Fact] // simple random sampling within a stratum: over many seeds every case is drawn about n/N of the time
    public void Selection_is_uniform_over_seeds()
    {
        var plan = Populations.Plan() with { Required = 3 };
        var population = Populations.Read(Populations.Strata(("male", "community", "medium", 10)), plan);
        var counts = new Dictionary<string, int>();
        const int draws = 4000;
        for (ulong seed = 0; seed < draws; seed++)
            foreach (var c in StratifiedSampler.Draw(population, plan with { Seed = seed }, [])!.Strata[0].Sampled)
                counts[c.CaseId] = counts.GetValueOrDefault(c.CaseId) + 1;
        // expected 1200 each, binomial sd √(4000·0.3·0.7) ≈ 29: five sd either side
        Assert.Equal(10, counts.Count);
        Assert.All(counts.Values, n => Assert.InRange(n, 1200 - 145, 1200 + 145));
    }
}
