namespace Probity.Core.Sampling;

/// <summary>
/// The eligibility windows of spec §6.1 ("window parameters per version [A]"); every one is configurable. Property
/// names follow the spec's parameter names.
/// </summary>
public sealed record EligibilityWindows
{
    /// <summary>cs.supervisionMonthsMin: "under community supervision for approximately six to seven months".</summary>
    public int SupervisionMonthsMin { get; init; } = 6;

    /// <summary>cs.supervisionMonthsMax.</summary>
    public int SupervisionMonthsMax { get; init; } = 7;

    /// <summary>uw.requirementStartedMonthsAgoMin: requirements "that had begun at least three months previously".</summary>
    public int RequirementStartedMonthsAgoMin { get; init; } = 3;

    /// <summary>uw.requirementWindowWeeks: 2019 takes the requirements made in a two-week period; 2018 states none (null).</summary>
    public int? RequirementWindowWeeks { get; init; } = 2;

    /// <summary>ttg.releaseWindowWeeks: 2019 "over a four-week period" (its footnote says two); 2018 two weeks.</summary>
    public int ReleaseWindowWeeks { get; init; } = 4;

    /// <summary>ttg.releasedWeeksAgo: 2018 "six weeks earlier"; 2019 "shortly before inspection fieldwork", taken as 0 [A].</summary>
    public int ReleasedWeeksAgo { get; init; }

    /// <summary>ttg.requiresPreReleaseTtgEntitlement: both versions sample those entitled to pre-release Through the Gate services.</summary>
    public bool RequiresPreReleaseTtgEntitlement { get; init; } = true;

    public IEnumerable<string> Problems()
    {
        if (SupervisionMonthsMin < 0) yield return "the supervision window's minimum months cannot be negative";
        if (SupervisionMonthsMax < SupervisionMonthsMin) yield return $"the supervision window's maximum ({SupervisionMonthsMax} months) is below its minimum ({SupervisionMonthsMin})";
        if (RequirementStartedMonthsAgoMin < 0) yield return "the months since the unpaid work requirement began cannot be negative";
        if (RequirementWindowWeeks is < 1) yield return "the unpaid work requirement window needs at least one week";
        if (ReleaseWindowWeeks < 1) yield return "the release window needs at least one week";
        if (ReleasedWeeksAgo < 0) yield return "the weeks since release cannot be negative";
    }
}
