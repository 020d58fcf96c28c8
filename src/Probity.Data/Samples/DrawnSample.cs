namespace Probity.Data.Samples;

/// <summary>
/// A sample drawn from a provider's eligible population (<c>./probity sample</c>'s SAMPLE.csv): the seed and parameters
/// that reproduce it, the population's column names, and every drawn case in order.
/// </summary>
public sealed record DrawnSample(
    string Sample,
    long Seed,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Columns,
    IReadOnlyList<DrawnCase> Cases)
{
    public long Id { get; init; }
    public DateTimeOffset DrawnAt { get; init; }
    public string? DrawnBy { get; init; }
}

/// <summary>One row of SAMPLE.csv: the case reference, its stratum, sample or reserve (reserves in replacement order), and
/// its values for <see cref="DrawnSample.Columns"/>.</summary>
public sealed record DrawnCase(string CaseId, string Stratum, DrawnRole Role, int? ReserveOrder, IReadOnlyList<string?> Values);

public enum DrawnRole { Sample, Reserve }
