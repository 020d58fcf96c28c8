using Probity.Core.Text;

namespace Probity.Core.Sampling;

public enum SampleRole
{
    Sample,
    Reserve,
}

public static class SampleRoles
{
    public static string Token(this SampleRole role) => ExchangeTokens.SampleRoles.Token(role);
}

/// <summary>Where the required size came from (spec §6.2 step 1, §6.4).</summary>
public enum RequiredSizeSource
{
    /// <summary>The formula, on the number of eligible cases.</summary>
    FormulaOnEligible,

    /// <summary>The formula, on the planning estimate of the eligible population.</summary>
    FormulaOnPlanningEstimate,

    /// <summary>Given by the inspectorate (Through the Gate in 2019, or an override).</summary>
    Given,
}

public sealed record RequiredSize(int Value, RequiredSizeSource Source, SampleSizeCalculation? Calculation)
{
    public string SourceToken => ExchangeTokens.RequiredSizeSources.Token(Source);
}

/// <summary>One stratum: its eligible cases, proportional quota, allocation, and the cases drawn in order.</summary>
public sealed class StratumDraw(IReadOnlyList<string> values, int population, double quota, IReadOnlyList<PopulationCase> sampled, IReadOnlyList<PopulationCase> reserves)
{
    /// <summary>The stratifying tokens in the stratification's column order (empty for the single stratum).</summary>
    public IReadOnlyList<string> Values { get; } = values;

    /// <summary>"male/community/medium" (the stratifying tokens in order), "all" when there is one stratum.</summary>
    public string Label => Values.Count == 0 ? "all" : string.Join('/', Values);

    /// <summary>Eligible cases in the stratum (N_h).</summary>
    public int Population { get; } = population;

    /// <summary>n·N_h/N before rounding.</summary>
    public double Quota { get; } = quota;

    /// <summary>The sampled cases in selection-key order.</summary>
    public IReadOnlyList<PopulationCase> Sampled { get; } = sampled;

    /// <summary>The reserves, in the order replacements are taken.</summary>
    public IReadOnlyList<PopulationCase> Reserves { get; } = reserves;

    public int Allocated => Sampled.Count;
}

/// <summary>One case of the sample file: the case, its stratum, its role, and its place in the reserve order (from 1).</summary>
public sealed record DrawnCase(PopulationCase Case, StratumDraw Stratum, SampleRole Role, int? ReserveOrder);

/// <summary>A drawn sample: everything the inspectorate records about it and everything the sample file lists.</summary>
public sealed class SampleDraw
{
    public required SamplingPlan Plan { get; init; }
    public required string PopulationFile { get; init; }
    public required EligibilityOutcome Eligibility { get; init; }
    public required RequiredSize Required { get; init; }

    /// <summary>Spec §6.2: fewer eligible cases than required (or exactly as many), so every eligible case is inspected.</summary>
    public required bool Census { get; init; }

    public required string StratifiedBy { get; init; }
    public required IReadOnlyList<StratumDraw> Strata { get; init; }
    public required BalanceReport Balance { get; init; }

    public int Eligible => Eligibility.Eligible.Count;
    public int Actual => Strata.Sum(s => s.Allocated);
    public int ReserveCount => Strata.Sum(s => s.Reserves.Count);

    /// <summary>
    /// The census in the words of the published footnotes (spec §6.2), or null. Null as well for an empty population,
    /// which has nothing to inspect.
    /// </summary>
    public string? CensusNote => !Census || Eligible == 0 ? null
        : Eligible < Required.Value
            ? $"The required sample size was {Required.Value}; however, only {Eligible} cases were eligible and so we inspected 100 per cent of them."
            : $"The required sample size was {Required.Value}, the number of eligible cases, and so we inspected 100 per cent of them.";

    /// <summary>Every drawn case in the sample file's order: stratum by stratum, sampled cases by case reference, then the reserves in order.</summary>
    public IEnumerable<DrawnCase> Cases()
    {
        foreach (var s in Strata)
        {
            foreach (var c in s.Sampled.OrderBy(c => c.CaseId, StringComparer.Ordinal)) yield return new(c, s, SampleRole.Sample, null);
            for (var i = 0; i < s.Reserves.Count; i++) yield return new(s.Reserves[i], s, SampleRole.Reserve, i + 1);
        }
    }
}
