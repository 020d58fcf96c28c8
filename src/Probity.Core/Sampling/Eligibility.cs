using Probity.Core.Datasets;
using Probity.Core.Text;

namespace Probity.Core.Sampling;

/// <summary>Why a row of the extract is not eligible; a row is counted under the first reason that applies.</summary>
public enum Exclusion
{
    ManagedElsewhere,
    OutsideSupervisionWindow,
    NoUnpaidWork,
    OutsideRequirementWindow,
    NotPostRelease,
    OutsideReleaseWindow,
    NotEntitled,
}

/// <summary>An inclusive range of days.</summary>
public sealed record DateWindow(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    public override string ToString() => $"{IsoDate.Format(From)} to {IsoDate.Format(To)}";
}

public sealed record ExclusionCount(Exclusion Reason, string Description, int Count)
{
    public string ReasonToken => ExchangeTokens.Exclusions.Token(Reason);
}

/// <summary>The eligible cases and an account of every row left out.</summary>
public sealed class EligibilityOutcome(
    IReadOnlyList<PopulationCase> eligible, int considered, IReadOnlyList<ExclusionCount> exclusions,
    IReadOnlyList<string> criteria, IReadOnlyList<string> notes)
{
    public IReadOnlyList<PopulationCase> Eligible { get; } = eligible;

    /// <summary>Rows in the extract.</summary>
    public int Considered { get; } = considered;

    public IReadOnlyList<ExclusionCount> Exclusions { get; } = exclusions;

    /// <summary>The rules applied, in words with their dates ("under supervision since 2019-01-19 to 2019-02-19").</summary>
    public IReadOnlyList<string> Criteria { get; } = criteria;

    /// <summary>Assumptions made for columns the extract lacks.</summary>
    public IReadOnlyList<string> Notes { get; } = notes;
}

/// <summary>
/// The eligibility rules of spec §6.1 for each sample type, counted back from the plan's as-at date. Without an as-at
/// date the extract is taken as the eligible population already (only the managing organisation is checked).
/// </summary>
public static class Eligibility
{
    private static readonly byte NotEntitledCode = PopulationColumns.TtgEntitled.Code("no");
    private static readonly byte CommunityCode = PopulationColumns.Disposal.Code("community");

    public static EligibilityOutcome Apply(SamplingPopulation population, SamplingPlan plan, List<DatasetProblem> problems)
    {
        var rule = Rule.For(plan, population);
        var counts = new int[Enum.GetValues<Exclusion>().Length];
        var eligible = new List<PopulationCase>();
        foreach (var c in population.Cases)
        {
            var reason = rule.Exclude(c, out var missing);
            if (missing is not null)
                problems.Add(new(population.FileName, c.Line, $"case {c.CaseId}: {missing}"));
            else if (reason is { } r) counts[(int)r]++;
            else eligible.Add(c);
        }
        var exclusions = Enum.GetValues<Exclusion>().Where(e => counts[(int)e] > 0)
            .Select(e => new ExclusionCount(e, rule.Describe(e), counts[(int)e])).ToList();
        return new(eligible, population.Cases.Count, exclusions, rule.Criteria, rule.Notes);
    }

    /// <summary>The dates a case's deciding date must fall in (inclusive), counted back from the as-at date; null without one.</summary>
    public static DateWindow? WindowFor(SamplingPlan plan)
    {
        if (plan.AsAt is not { } asAt) return null;
        var w = plan.Windows;
        switch (plan.Type)
        {
            case SampleType.CaseSupervision:
                // §6.1: "under community supervision for approximately six to seven months".
                return new(asAt.AddMonths(-w.SupervisionMonthsMax), asAt.AddMonths(-w.SupervisionMonthsMin));
            case SampleType.UnpaidWork:
                // §6.1: unpaid work requirements "that had begun at least three months previously"; 2019 takes those made in a two-week period.
                var to = asAt.AddMonths(-w.RequirementStartedMonthsAgoMin);
                return w.RequirementWindowWeeks is { } weeks ? new(to.AddDays(-7 * weeks + 1), to) : new(DateOnly.MinValue, to);
            default:
                // §6.1: released on licence or post-sentence supervision over a window shortly (2018: six weeks) before.
                var end = asAt.AddDays(-7 * w.ReleasedWeeksAgo);
                return new(end.AddDays(-7 * w.ReleaseWindowWeeks + 1), end);
        }
    }

    /// <summary>The plan's rules with their windows worked out once.</summary>
    private sealed class Rule
    {
        private readonly SamplingPlan _plan;
        private readonly int _managedBy; // bit per managed_by code
        private readonly bool _checkEntitlement;
        private DateWindow? _window;

        private Rule(SamplingPlan plan, SamplingPopulation population)
        {
            _plan = plan;
            foreach (var m in plan.ManagedBy) _managedBy |= 1 << PopulationColumns.ManagedBy.Code(m);
            _checkEntitlement = plan.Type == SampleType.ThroughTheGate && plan.AsAt is not null
                && plan.Windows.RequiresPreReleaseTtgEntitlement && population.HasColumn(PopulationColumns.TtgEntitled.Name);
            if (!population.HasColumn(PopulationColumns.ManagedBy.Name))
                Notes.Add("no managed_by column: every case is taken as managed by the provider being inspected");
            if (plan.Type == SampleType.ThroughTheGate && plan.AsAt is not null && plan.Windows.RequiresPreReleaseTtgEntitlement && !_checkEntitlement)
                Notes.Add("no ttg_entitled column: every release is taken as entitled to pre-release Through the Gate services");
        }

        public List<string> Criteria { get; } = [];
        public List<string> Notes { get; } = [];

        public static Rule For(SamplingPlan plan, SamplingPopulation population)
        {
            var rule = new Rule(plan, population);
            rule.Criteria.Add($"managed by {string.Join(" or ", plan.ManagedBy.Select(OrganisationName))}");
            if (plan.AsAt is not { } asAt)
            {
                rule.Criteria.Add("no as-at date: every other row is taken as eligible");
                return rule;
            }
            var w = plan.Windows;
            var window = rule._window = WindowFor(plan)!;
            rule.Criteria.Add(plan.Type switch
            {
                SampleType.CaseSupervision => $"under supervision {w.SupervisionMonthsMin} to {w.SupervisionMonthsMax} months at {IsoDate.Format(asAt)}: "
                    + $"sentenced (community) or released (post-release) {window}",
                SampleType.UnpaidWork => w.RequirementWindowWeeks is { } weeks
                    ? $"an unpaid work requirement made {window} ({weeks} weeks ending {w.RequirementStartedMonthsAgoMin} months before {IsoDate.Format(asAt)})"
                    : $"an unpaid work requirement made on or before {IsoDate.Format(window.To)} ({w.RequirementStartedMonthsAgoMin} months before {IsoDate.Format(asAt)})",
                _ => $"released on licence or post-sentence supervision {window} ({w.ReleaseWindowWeeks} weeks"
                    + (w.ReleasedWeeksAgo == 0 ? $" to {IsoDate.Format(asAt)})" : $" ending {w.ReleasedWeeksAgo} weeks before {IsoDate.Format(asAt)})"),
            });
            if (rule._checkEntitlement) rule.Criteria.Add("entitled to pre-release Through the Gate services from the CRC");
            return rule;
        }

        /// <summary>The reason a case is left out, null when eligible; <paramref name="missing"/> names a value needed to decide.</summary>
        public Exclusion? Exclude(PopulationCase populationCase, out string? missing)
        {
            missing = null;
            // An empty managed_by is the provider being inspected: the extract is its own caseload [A].
            var managedBy = populationCase.ManagedBy == 0 ? PopulationColumns.ManagedBy.Code("crc") : populationCase.ManagedBy;
            if ((_managedBy & (1 << managedBy)) == 0) return Exclusion.ManagedElsewhere;
            if (_window is not { } window) return null;
            switch (_plan.Type)
            {
                case SampleType.CaseSupervision:
                    if (populationCase.Disposal == 0)
                    {
                        missing = "disposal is empty; it decides whether supervision began at sentence or at release";
                        return null;
                    }
                    var start = populationCase.IsPostRelease ? populationCase.ReleaseDate : populationCase.SentenceDate;
                    if (start is not { } s)
                    {
                        missing = populationCase.IsPostRelease ? "release_date is empty; a post-release case needs it" : "sentence_date is empty; a community case needs it";
                        return null;
                    }
                    return window.Contains(s) ? null : Exclusion.OutsideSupervisionWindow;
                case SampleType.UnpaidWork:
                    if (!populationCase.Has(PopulationColumns.UnpaidWork)) return Exclusion.NoUnpaidWork;
                    if (populationCase.SentenceDate is not { } made)
                    {
                        missing = "sentence_date is empty; a case with unpaid work needs the date the requirement was made";
                        return null;
                    }
                    return window.Contains(made) ? null : Exclusion.OutsideRequirementWindow;
                default:
                    if (populationCase.Disposal == CommunityCode) return Exclusion.NotPostRelease;
                    if (populationCase.ReleaseDate is not { } released)
                    {
                        missing = "release_date is empty";
                        return null;
                    }
                    if (!window.Contains(released)) return Exclusion.OutsideReleaseWindow;
                    if (!_checkEntitlement) return null;
                    if (populationCase.TtgEntitled == 0)
                    {
                        missing = "ttg_entitled is empty; say yes or no";
                        return null;
                    }
                    return populationCase.TtgEntitled == NotEntitledCode ? Exclusion.NotEntitled : null;
            }
        }

        public string Describe(Exclusion exclusion) => exclusion switch
        {
            Exclusion.ManagedElsewhere => $"not managed by {string.Join(" or ", _plan.ManagedBy.Select(OrganisationName))}",
            Exclusion.OutsideSupervisionWindow => $"under supervision outside {_plan.Windows.SupervisionMonthsMin} to {_plan.Windows.SupervisionMonthsMax} months",
            Exclusion.NoUnpaidWork => "no unpaid work requirement",
            Exclusion.OutsideRequirementWindow => "unpaid work requirement made outside the window",
            Exclusion.NotPostRelease => "a community sentence, not a release",
            Exclusion.OutsideReleaseWindow => "released outside the window",
            Exclusion.NotEntitled => "not entitled to pre-release Through the Gate services",
            _ => exclusion.ToString(),
        };

        private static string OrganisationName(string token) => token == "nps" ? "the NPS" : "the CRC";
    }
}
