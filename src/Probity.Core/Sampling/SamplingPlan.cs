using Probity.Core.Datasets;

namespace Probity.Core.Sampling;

/// <summary>
/// Everything that decides a draw: with the same population and the same plan (seed included) the sample is the same,
/// on any machine. Start from <see cref="For"/>, which carries the spec's defaults for the version and sample type.
/// </summary>
public sealed record SamplingPlan
{
    public required SampleType Type { get; init; }

    /// <summary>The framework version whose sampling parameters apply (spec §6.1).</summary>
    public required string Framework { get; init; }

    public double ConfidencePercent { get; init; } = 80;
    public double MarginPercent { get; init; } = 5;
    public ulong Seed { get; init; }

    /// <summary>The date the eligibility windows count back from; null takes every row of the file as eligible.</summary>
    public DateOnly? AsAt { get; init; }

    public EligibilityWindows Windows { get; init; } = new();

    /// <summary>Which organisations' cases may be sampled (<c>managed_by</c> tokens).</summary>
    public IReadOnlyList<string> ManagedBy { get; init; } = ["crc"];

    /// <summary>The required size given by the inspectorate instead of the formula (Through the Gate in 2019).</summary>
    public int? Required { get; init; }

    /// <summary>The planning estimate of the eligible population the formula uses (spec §6.2 step 1); null: the eligible count.</summary>
    public int? PlanningPopulation { get; init; }

    /// <summary>True where the version takes the required size as an input and never computes it (TTG 2019, spec §6.4).</summary>
    public bool RequiredIsInput { get; init; }

    /// <summary>Reserves per stratum, as a share of the stratum's sampled cases (rounded up).</summary>
    public int ReservePercent { get; init; } = 20;

    /// <summary>The spec's defaults for a version and sample type (spec §6.1); null for a version without them.</summary>
    public static SamplingPlan? For(string framework, SampleType type) => SamplingDefaults.For(framework, type);

    /// <summary>What is wrong with the plan itself, in words for the user; empty when it can be drawn.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!(ConfidencePercent is > 0 and < 100)) problems.Add($"confidence {ConfidencePercent} is not a percentage between 0 and 100 (e.g. 80)");
        if (!(MarginPercent is > 0 and < 100)) problems.Add($"margin of error {MarginPercent} is not a percentage between 0 and 100 (e.g. 5)");
        if (Required is < 1) problems.Add("the required sample size must be at least 1");
        if (PlanningPopulation is < 1) problems.Add("the planning estimate of the eligible population must be at least 1");
        if (Required is not null && PlanningPopulation is not null)
            problems.Add("give either the required size or the planning estimate of the population, not both");
        if (RequiredIsInput && Required is null)
            problems.Add($"{Type.Name()} samples under {Framework} take the required size as an input: HMIP estimates it "
                + "\"based on overall workload and previous inspection data\" and Probity does not compute it (spec §6.4): give the required size (--required)");
        if (ReservePercent is < 0 or > 100) problems.Add($"the reserve share {ReservePercent}% is not between 0 and 100");
        if (ManagedBy.Count == 0) problems.Add("at least one managing organisation is needed");
        foreach (var m in ManagedBy.Where(m => PopulationColumns.ManagedBy.Code(m) == 0))
            problems.Add($"managing organisation \"{m}\" is not one of {string.Join(", ", PopulationColumns.ManagedBy.Values)}");
        problems.AddRange(Windows.Problems());
        return problems;
    }

    /// <summary>The columns a population file must have for this plan.</summary>
    public IReadOnlyList<string> RequiredColumns()
    {
        var columns = new List<string> { PopulationColumns.CaseId };
        columns.AddRange(Stratification.For(Type).Columns.Select(c => c.Name));
        if (Type == SampleType.UnpaidWork) columns.Add(PopulationColumns.Requirements);
        if (AsAt is null) return columns;
        if (Type is SampleType.CaseSupervision or SampleType.UnpaidWork) columns.Add(PopulationColumns.SentenceDate);
        if (Type is SampleType.CaseSupervision or SampleType.ThroughTheGate) columns.Add(PopulationColumns.ReleaseDate);
        return columns;
    }
}
