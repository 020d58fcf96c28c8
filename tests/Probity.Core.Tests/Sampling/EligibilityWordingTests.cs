using Probity.Core.Datasets;
using Probity.Core.Sampling;

namespace Probity.Core.Tests.Sampling;

/// <summary>The rules and exclusions as the sampling record prints them, for each sample type and version (spec §6.1).</summary>
public class EligibilityWordingTests
{
    private static readonly DateOnly AsAt = new(2019, 8, 19);

    private static EligibilityOutcome Apply(string rows, SamplingPlan plan)
    {
        var problems = new List<DatasetProblem>();
        var outcome = Eligibility.Apply(Populations.Read(Populations.Header + "\n" + rows, plan), plan, problems);
        Assert.Empty(problems);
        return outcome;
    }

    private static SamplingPlan Plan(SampleType type, string framework = "hmip-crc-2019") => Populations.Plan(type, framework) with { AsAt = AsAt, Required = 10 };

    private static (string Token, string Description, int Count)[] Exclusions(EligibilityOutcome outcome) =>
        outcome.Exclusions.Select(e => (e.ReasonToken, e.Description, e.Count)).ToArray();

    [Fact]
    public void Case_supervision()
    {
        var outcome = Apply("""
            IN,male,community,low,2019-02-01,,,,,,
            OUT,male,community,low,2018-02-01,,,,,,
            NPS,male,community,low,2019-02-01,,,,,nps,
            """, Plan(SampleType.CaseSupervision));
        Assert.Equal(["managed by the CRC",
            "under supervision 6 to 7 months at 2019-08-19: sentenced (community) or released (post-release) 2019-01-19 to 2019-02-19"], outcome.Criteria);
        Assert.Equal([("managed-elsewhere", "not managed by the CRC", 1), ("outside-supervision-window", "under supervision outside 6 to 7 months", 1)],
            Exclusions(outcome));
        Assert.Empty(outcome.Notes);
        Assert.Equal(3, outcome.Considered);
    }

    [Fact]
    public void Unpaid_work_with_and_without_a_window()
    {
        const string rows = """
            IN,male,community,low,2019-05-10,,unpaid-work,,,,
            OLD,male,community,low,2019-01-10,,unpaid-work,,,nps,
            RAR,male,community,low,2019-05-10,,rar,,,,
            """;
        var in2019 = Apply(rows, Plan(SampleType.UnpaidWork));
        Assert.Equal(["managed by the CRC or the NPS",
            "an unpaid work requirement made 2019-05-06 to 2019-05-19 (2 weeks ending 3 months before 2019-08-19)"], in2019.Criteria);
        Assert.Equal([("no-unpaid-work", "no unpaid work requirement", 1), ("outside-requirement-window", "unpaid work requirement made outside the window", 1)],
            Exclusions(in2019));
        var in2018 = Apply(rows, Plan(SampleType.UnpaidWork, "hmip-crc-2018"));
        Assert.Equal("an unpaid work requirement made on or before 2019-05-19 (3 months before 2019-08-19)", in2018.Criteria[1]);
        Assert.Equal(["IN", "OLD"], in2018.Eligible.Select(c => c.CaseId));
    }

    [Fact]
    public void Through_the_gate_in_each_version()
    {
        const string rows = """
            IN,male,post-release,low,2019-01-01,2019-08-01,,,,crc,yes
            COMMUNITY,male,community,low,2019-08-01,,,,,crc,
            EARLY,male,post-release,low,2019-01-01,2019-01-01,,,,crc,yes
            NO,male,post-release,low,2019-01-01,2019-08-01,,,,crc,no
            NPS,male,post-release,low,2019-01-01,2019-08-01,,,,nps,yes
            """;
        var in2019 = Apply(rows, Plan(SampleType.ThroughTheGate));
        Assert.Equal(["managed by the CRC",
            "released on licence or post-sentence supervision 2019-07-23 to 2019-08-19 (4 weeks to 2019-08-19)",
            "entitled to pre-release Through the Gate services from the CRC"], in2019.Criteria);
        Assert.Equal(
        [
            ("managed-elsewhere", "not managed by the CRC", 1),
            ("not-post-release", "a community sentence, not a release", 1),
            ("outside-release-window", "released outside the window", 1),
            ("not-entitled", "not entitled to pre-release Through the Gate services", 1),
        ], Exclusions(in2019));
        var in2018 = Apply(rows, Plan(SampleType.ThroughTheGate, "hmip-crc-2018"));
        Assert.Equal("managed by the CRC or the NPS", in2018.Criteria[0]);
        Assert.Equal("released on licence or post-sentence supervision 2019-06-25 to 2019-07-08 (2 weeks ending 6 weeks before 2019-08-19)", in2018.Criteria[1]);
        Assert.DoesNotContain(in2018.Exclusions, e => e.Reason == Exclusion.ManagedElsewhere); // 2018 took NPS-supervised releases too
    }

    [Fact] // without the entitlement rule, an entitlement of "no" does not exclude and an empty one is not asked for
    public void Entitlement_is_checked_only_when_the_windows_ask_for_it()
    {
        var plan = Plan(SampleType.ThroughTheGate) with { Windows = new EligibilityWindows { RequiresPreReleaseTtgEntitlement = false } };
        var outcome = Apply("""
            NO,male,post-release,low,2019-01-01,2019-08-01,,,,crc,no
            EMPTY,male,post-release,low,2019-01-01,2019-08-01,,,,crc,
            """, plan);
        Assert.Equal(["NO", "EMPTY"], outcome.Eligible.Select(c => c.CaseId));
        Assert.Equal(2, outcome.Criteria.Count);
        Assert.Empty(outcome.Notes);
    }

    [Fact] // without an as-at date no window applies, so nothing is said about entitlement either
    public void Without_an_as_at_date_nothing_is_assumed_about_entitlement()
    {
        var plan = Populations.Plan(SampleType.ThroughTheGate) with { Required = 10 };
        var outcome = Eligibility.Apply(Populations.Read("case_id,managed_by\nA,\nB,nps\n", plan), plan, []);
        Assert.Equal(["managed by the CRC", "no as-at date: every other row is taken as eligible"], outcome.Criteria);
        Assert.Empty(outcome.Notes);
        Assert.Equal(["A"], outcome.Eligible.Select(c => c.CaseId));
        Assert.Null(Eligibility.WindowFor(plan));
    }

    [Fact]
    public void A_missing_managed_by_column_is_noted_and_every_case_counts_as_the_providers()
    {
        var plan = Plan(SampleType.CaseSupervision);
        var outcome = Eligibility.Apply(Populations.Read("case_id,sex,disposal,recorded_rosh,sentence_date,release_date\nA,male,community,low,2019-02-01,\n", plan), plan, []);
        Assert.Equal(["no managed_by column: every case is taken as managed by the provider being inspected"], outcome.Notes);
        Assert.Single(outcome.Eligible);
    }

    [Fact] // the window of each type, counted back from the as-at date and inclusive at both ends
    public void Windows()
    {
        Assert.Equal(new DateWindow(new(2019, 1, 19), new(2019, 2, 19)), Eligibility.WindowFor(Plan(SampleType.CaseSupervision)));
        Assert.Equal(new DateWindow(new(2019, 5, 6), new(2019, 5, 19)), Eligibility.WindowFor(Plan(SampleType.UnpaidWork)));
        Assert.Equal(new DateWindow(DateOnly.MinValue, new(2019, 5, 19)), Eligibility.WindowFor(Plan(SampleType.UnpaidWork, "hmip-crc-2018")));
        Assert.Equal(new DateWindow(new(2019, 7, 23), new(2019, 8, 19)), Eligibility.WindowFor(Plan(SampleType.ThroughTheGate)));
        Assert.Equal(new DateWindow(new(2019, 6, 25), new(2019, 7, 8)), Eligibility.WindowFor(Plan(SampleType.ThroughTheGate, "hmip-crc-2018")));
        var window = new DateWindow(new(2019, 1, 19), new(2019, 2, 19));
        Assert.True(window.Contains(new(2019, 1, 19)));
        Assert.True(window.Contains(new(2019, 2, 19)));
        Assert.False(window.Contains(new(2019, 1, 18)));
        Assert.False(window.Contains(new(2019, 2, 20)));
        Assert.Equal("2019-01-19 to 2019-02-19", window.ToString());
    }

    [Fact]
    public void Unpaid_work_needs_the_date_the_requirement_was_made()
    {
        var plan = Plan(SampleType.UnpaidWork);
        var problems = new List<DatasetProblem>();
        Eligibility.Apply(Populations.Read(Populations.Header + "\nU,male,community,low,,,unpaid-work,,,,\n", plan), plan, problems);
        Assert.Equal("population.csv:2: case U: sentence_date is empty; a case with unpaid work needs the date the requirement was made", Assert.Single(problems).ToString());
        problems.Clear();
        Eligibility.Apply(Populations.Read(Populations.Header + "\nC,male,community,low,,,,,,,\n", Plan(SampleType.CaseSupervision)), Plan(SampleType.CaseSupervision), problems);
        Assert.Equal("population.csv:2: case C: sentence_date is empty; a community case needs it", Assert.Single(problems).ToString());
        problems.Clear();
        Eligibility.Apply(Populations.Read(Populations.Header + "\nT,male,post-release,low,,,,,,,yes\n", Plan(SampleType.ThroughTheGate)), Plan(SampleType.ThroughTheGate), problems);
        Assert.Equal("population.csv:2: case T: release_date is empty", Assert.Single(problems).ToString());
    }
}
