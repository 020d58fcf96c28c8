using Probity.Core.Datasets;
using Probity.Core.Sampling;

namespace Probity.Core.Tests.Sampling;

public class EligibilityTests
{
    private static readonly DateOnly AsAt = new(2019, 8, 19);

    private static (EligibilityOutcome Outcome, List<DatasetProblem> Problems) Apply(string rows, SampleType type, string framework = "hmip-crc-2019")
    {
        var plan = Populations.Plan(type, framework) with { AsAt = AsAt };
        var population = Populations.Read(Populations.Header + "\n" + rows, plan);
        var problems = new List<DatasetProblem>();
        return (Eligibility.Apply(population, plan, problems), problems);
    }

    private static string[] Eligible(string rows, SampleType type, string framework = "hmip-crc-2019") =>
        Apply(rows, type, framework).Outcome.Eligible.Select(c => c.CaseId).ToArray();

    [Fact] // §6.1: under supervision six to seven months — sentenced (community) or released (post-release) 2019-01-19 … 2019-02-19
    public void Case_supervision_window_is_inclusive_and_uses_the_release_date_after_custody()
    {
        const string rows = """
            IN-FROM,male,community,low,2019-01-19,,,,,,
            IN-TO,male,community,low,2019-02-19,,,,,,
            OUT-EARLY,male,community,low,2019-01-18,,,,,,
            OUT-LATE,male,community,low,2019-02-20,,,,,,
            RELEASED-IN,male,post-release,low,2017-05-01,2019-02-01,,,,,
            RELEASED-OUT,male,post-release,low,2019-02-01,2019-06-01,,,,,
            NPS,male,community,high,2019-02-01,,,,,nps,
            """;
        Assert.Equal(["IN-FROM", "IN-TO", "RELEASED-IN"], Eligible(rows, SampleType.CaseSupervision));
        var outcome = Apply(rows, SampleType.CaseSupervision).Outcome;
        Assert.Equal(7, outcome.Considered);
        Assert.Equal([(Exclusion.ManagedElsewhere, 1), (Exclusion.OutsideSupervisionWindow, 3)], outcome.Exclusions.Select(e => (e.Reason, e.Count)));
        Assert.Contains("2019-01-19 to 2019-02-19", outcome.Criteria[1]);
    }

    [Fact] // 2019: requirements made in the two weeks ending three months before (2019-05-06 … 2019-05-19), NPS cases included
    public void Unpaid_work_window_2019()
    {
        const string rows = """
            IN,male,community,low,2019-05-06,,unpaid-work,,,,
            IN-NPS,male,community,high,2019-05-19,,rar;unpaid-work,,,nps,
            TOO-EARLY,male,community,low,2019-05-05,,unpaid-work,,,,
            TOO-RECENT,male,community,low,2019-05-20,,unpaid-work,,,,
            NO-UPW,male,community,low,2019-05-10,,rar,,,,
            """;
        Assert.Equal(["IN", "IN-NPS"], Eligible(rows, SampleType.UnpaidWork));
        Assert.Equal([(Exclusion.NoUnpaidWork, 1), (Exclusion.OutsideRequirementWindow, 2)],
            Apply(rows, SampleType.UnpaidWork).Outcome.Exclusions.Select(e => (e.Reason, e.Count)));
    }

    [Fact] // 2018 states no two-week window: any requirement begun at least three months before
    public void Unpaid_work_2018_has_no_window() =>
        Assert.Equal(["OLD", "EDGE"], Eligible("""
            OLD,male,community,low,2018-01-05,,unpaid-work,,,,
            EDGE,male,community,low,2019-05-19,,unpaid-work,,,,
            RECENT,male,community,low,2019-05-20,,unpaid-work,,,,
            """, SampleType.UnpaidWork, "hmip-crc-2018"));

    [Fact] // 2019: released in the four weeks to the as-at date (2019-07-23 … 2019-08-19), entitled, supervised by the CRC
    public void Through_the_gate_2019()
    {
        const string rows = """
            IN,male,post-release,low,2019-01-01,2019-07-23,,,,crc,yes
            IN-LAST-DAY,female,post-release,medium,2019-01-01,2019-08-19,,,,,yes
            EARLY,male,post-release,low,2019-01-01,2019-07-22,,,,crc,yes
            NOT-ENTITLED,male,post-release,low,2019-01-01,2019-08-01,,,,crc,no
            NPS,male,post-release,high,2019-01-01,2019-08-01,,,,nps,yes
            COMMUNITY,male,community,low,2019-08-01,,,,,crc,
            """;
        Assert.Equal(["IN", "IN-LAST-DAY"], Eligible(rows, SampleType.ThroughTheGate));
        Assert.Equal([(Exclusion.ManagedElsewhere, 1), (Exclusion.NotPostRelease, 1), (Exclusion.OutsideReleaseWindow, 1), (Exclusion.NotEntitled, 1)],
            Apply(rows, SampleType.ThroughTheGate).Outcome.Exclusions.Select(e => (e.Reason, e.Count)));
    }

    [Fact] // 2018: released "six weeks earlier … over a two-week period" (2019-06-25 … 2019-07-08), supervised by the CRC or the NPS
    public void Through_the_gate_2018() =>
        Assert.Equal(["FROM", "TO-NPS"], Eligible("""
            FROM,male,post-release,low,2019-01-01,2019-06-25,,,,crc,yes
            TO-NPS,male,post-release,high,2019-01-01,2019-07-08,,,,nps,yes
            LATE,male,post-release,low,2019-01-01,2019-07-09,,,,crc,yes
            """, SampleType.ThroughTheGate, "hmip-crc-2018"));

    [Fact] // a value needed to decide eligibility is a problem on the case's line, never a silent exclusion
    public void Missing_deciding_values_are_problems()
    {
        var (_, problems) = Apply("""
            A,male,post-release,low,2019-01-01,,,,,,
            B,male,,low,2019-01-01,,,,,,
            """, SampleType.CaseSupervision);
        Assert.Equal(
        [
            "population.csv:2: case A: release_date is empty; a post-release case needs it",
            "population.csv:3: case B: disposal is empty; it decides whether supervision began at sentence or at release",
        ], problems.Select(p => p.ToString()));
        Assert.Equal("population.csv:2: case T: ttg_entitled is empty; say yes or no",
            Assert.Single(Apply("T,male,post-release,low,2019-01-01,2019-08-01,,,,,\n", SampleType.ThroughTheGate).Problems).ToString());
    }

    [Fact] // without an as-at date the file is the eligible population; only the managing organisation is checked
    public void Without_an_as_at_date_every_row_is_eligible()
    {
        var plan = Populations.Plan();
        var population = Populations.Read("case_id,sex,disposal,recorded_rosh,managed_by\nA,male,community,low,\nB,male,community,low,crc\nC,male,community,high,nps\n", plan);
        var outcome = Eligibility.Apply(population, plan, []);
        Assert.Equal(["A", "B"], outcome.Eligible.Select(c => c.CaseId));
        Assert.Contains("no as-at date", outcome.Criteria[1]);
    }

    [Fact]
    public void Missing_optional_columns_are_noted()
    {
        var plan = Populations.Plan(SampleType.ThroughTheGate) with { AsAt = AsAt };
        var population = Populations.Read("case_id,release_date\nA,2019-08-01\n", plan);
        var outcome = Eligibility.Apply(population, plan, []);
        Assert.Single(outcome.Eligible);
        Assert.Equal(2, outcome.Notes.Count);
        Assert.Contains(outcome.Notes, n => n.StartsWith("no ttg_entitled column", StringComparison.Ordinal));
    }
}
