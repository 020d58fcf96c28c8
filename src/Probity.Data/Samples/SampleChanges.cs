namespace Probity.Data.Samples;

/// <summary>A case taken out of the sample, with why; the report's methodology lists these.</summary>
public sealed record WithdrawnCase(string CaseId, string Sample, string? Stratum, string Reason, string? ReplacedBy, DateTimeOffset WithdrawnAt, string WithdrawnBy);

/// <summary>
/// What a swap can take in place of a case: the next reserve of the case's own stratum and, for when that stratum has
/// run out, the next reserve of each other stratum of the same sample.
/// </summary>
public sealed record ReserveOffer(string CaseId, string Sample, string? Stratum, string? NextReserve, IReadOnlyList<StratumReserve> OtherStrata)
{
    public bool StratumRanOut => NextReserve is null;
}

/// <summary>The next unused reserve of one stratum, and how many that stratum has left.</summary>
public sealed record StratumReserve(string Stratum, string CaseId, int Left);
