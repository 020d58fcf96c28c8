using Probity.Core.Sampling;

namespace Probity.Core.Tests.Sampling;

/// <summary>What the inspector is told about a plan that cannot be drawn, one problem per mistake, and nothing for a sound one.</summary>
public class SamplingPlanProblemTests
{
    private static SamplingPlan Plan => Populations.Plan();

    [Fact]
    public void The_published_defaults_are_sound()
    {
        foreach (var framework in SamplingDefaults.Frameworks)
            foreach (var type in SampleTypes.All)
            {
                var plan = SamplingPlan.For(framework, type)! with { Required = 20 };
                Assert.Empty(plan.Problems());
            }
        Assert.Null(SamplingPlan.For("hmip-pdu-2021", SampleType.CaseSupervision));
    }

    [Theory] // the edges of each number the plan holds: just inside is sound, just outside is a problem
    [InlineData(0.001, 5, null)]
    [InlineData(99.9, 5, null)]
    [InlineData(0, 5, "confidence 0 is not a percentage between 0 and 100 (e.g. 80)")]
    [InlineData(100, 5, "confidence 100 is not a percentage between 0 and 100 (e.g. 80)")]
    [InlineData(80, 0, "margin of error 0 is not a percentage between 0 and 100 (e.g. 5)")]
    [InlineData(80, 100, "margin of error 100 is not a percentage between 0 and 100 (e.g. 5)")]
    [InlineData(80, 99.5, null)]
    public void Confidence_and_margin(double confidence, double margin, string? problem) =>
        Assert.Equal(problem is null ? [] : [problem], (Plan with { ConfidencePercent = confidence, MarginPercent = margin }).Problems());

    [Fact]
    public void Sizes_and_reserves()
    {
        Assert.Equal(["the required sample size must be at least 1"], (Plan with { Required = 0 }).Problems());
        Assert.Empty((Plan with { Required = 1 }).Problems());
        Assert.Equal(["the planning estimate of the eligible population must be at least 1"], (Plan with { PlanningPopulation = 0 }).Problems());
        Assert.Empty((Plan with { PlanningPopulation = 1 }).Problems());
        Assert.Equal(["give either the required size or the planning estimate of the population, not both"],
            (Plan with { Required = 30, PlanningPopulation = 40 }).Problems());
        Assert.Equal(["the reserve share -1% is not between 0 and 100"], (Plan with { ReservePercent = -1 }).Problems());
        Assert.Equal(["the reserve share 101% is not between 0 and 100"], (Plan with { ReservePercent = 101 }).Problems());
        Assert.Empty((Plan with { ReservePercent = 0 }).Problems());
        Assert.Empty((Plan with { ReservePercent = 100 }).Problems());
    }

    [Fact]
    public void Managing_organisations()
    {
        Assert.Equal(["at least one managing organisation is needed"], (Plan with { ManagedBy = [] }).Problems());
        Assert.Equal(["managing organisation \"cps\" is not one of crc, nps"], (Plan with { ManagedBy = ["crc", "cps"] }).Problems());
    }

    [Fact] // TTG 2019: HMIP estimates the size, Probity does not compute it
    public void Through_the_gate_2019_needs_the_required_size()
    {
        var plan = SamplingPlan.For("hmip-crc-2019", SampleType.ThroughTheGate)!;
        Assert.True(plan.RequiredIsInput);
        Assert.Equal(["Through the Gate samples under hmip-crc-2019 take the required size as an input: HMIP estimates it \"based on overall "
            + "workload and previous inspection data\" and Probity does not compute it (spec §6.4): give the required size (--required)"], plan.Problems());
        Assert.False(SamplingPlan.For("hmip-crc-2018", SampleType.ThroughTheGate)!.RequiredIsInput);
        Assert.False(SamplingPlan.For("hmip-crc-2019", SampleType.UnpaidWork)!.RequiredIsInput);
    }

    [Fact]
    public void Eligibility_windows()
    {
        static IEnumerable<string> Problems(EligibilityWindows w) => w.Problems();
        var sound = new EligibilityWindows();
        Assert.Empty(Problems(sound));
        Assert.Empty(Problems(sound with { SupervisionMonthsMin = 0, SupervisionMonthsMax = 0, RequirementStartedMonthsAgoMin = 0, RequirementWindowWeeks = 1, ReleaseWindowWeeks = 1, ReleasedWeeksAgo = 0 }));
        Assert.Empty(Problems(sound with { RequirementWindowWeeks = null }));
        Assert.Equal(["the supervision window's minimum months cannot be negative"], Problems(sound with { SupervisionMonthsMin = -1 }));
        Assert.Equal(["the supervision window's maximum (5 months) is below its minimum (6)"], Problems(sound with { SupervisionMonthsMax = 5 }));
        Assert.Equal(["the months since the unpaid work requirement began cannot be negative"], Problems(sound with { RequirementStartedMonthsAgoMin = -1 }));
        Assert.Equal(["the unpaid work requirement window needs at least one week"], Problems(sound with { RequirementWindowWeeks = 0 }));
        Assert.Equal(["the release window needs at least one week"], Problems(sound with { ReleaseWindowWeeks = 0 }));
        Assert.Equal(["the weeks since release cannot be negative"], Problems(sound with { ReleasedWeeksAgo = -1 }));
        Assert.Equal(["the release window needs at least one week"], (Plan with { Windows = sound with { ReleaseWindowWeeks = 0 } }).Problems());
    }

    [Fact] // §6.1 defaults per version
    public void Published_windows_and_managing_organisations()
    {
        var uw2018 = SamplingPlan.For("hmip-crc-2018", SampleType.UnpaidWork)!;
        Assert.Null(uw2018.Windows.RequirementWindowWeeks);
        Assert.Equal(["crc", "nps"], uw2018.ManagedBy);
        var ttg2018 = SamplingPlan.For("hmip-crc-2018", SampleType.ThroughTheGate)!;
        Assert.Equal((2, 6), (ttg2018.Windows.ReleaseWindowWeeks, ttg2018.Windows.ReleasedWeeksAgo));
        Assert.Equal(["crc", "nps"], ttg2018.ManagedBy);
        var ttg2019 = SamplingPlan.For("hmip-crc-2019", SampleType.ThroughTheGate)!;
        Assert.Equal((4, 0), (ttg2019.Windows.ReleaseWindowWeeks, ttg2019.Windows.ReleasedWeeksAgo));
        Assert.Equal(["crc"], ttg2019.ManagedBy);
        Assert.Equal(["crc"], SamplingPlan.For("hmip-crc-2018", SampleType.CaseSupervision)!.ManagedBy);
        Assert.Equal((80.0, 5.0, 20), (ttg2019.ConfidencePercent, ttg2019.MarginPercent, ttg2019.ReservePercent));
    }

    [Fact]
    public void Sample_type_tokens_and_names()
    {
        Assert.Equal(["case-supervision", "unpaid-work", "through-the-gate"], SampleTypes.AllTokens);
        Assert.Equal(["Case supervision", "Unpaid work", "Through the Gate"], SampleTypes.All.Select(t => t.Name()));
        Assert.True(SampleTypes.TryParse("unpaid-work", out var type));
        Assert.Equal(SampleType.UnpaidWork, type);
        Assert.False(SampleTypes.TryParse("Unpaid work", out _));
        Assert.Equal("reserve", SampleRole.Reserve.Token());
        Assert.Equal(["formula-on-eligible", "formula-on-planning-estimate", "given"],
            Enum.GetValues<RequiredSizeSource>().Select(s => new RequiredSize(1, s, null).SourceToken));
    }
}
