using Probity.Core.Statistics;

namespace Probity.Core.Sampling;

/// <summary>One group's share of the eligible population and of the sample, as percentages.</summary>
public sealed record BalanceRow(string Label, int Population, double PopulationPercent, int Sample, double SamplePercent)
{
    /// <summary>Sample share minus population share, in percentage points.</summary>
    public double DifferencePoints => SamplePercent - PopulationPercent;
}

/// <summary>One stratifying characteristic's values with their shares.</summary>
public sealed record CharacteristicBalance(string Column, IReadOnlyList<BalanceRow> Rows);

/// <summary>
/// §6.3 step 4 [X]: how closely the sample mirrors the eligible population — each stratum's shares, the largest absolute
/// difference, and a chi-square goodness-of-fit test of the sample's strata against the population's proportions.
/// Offices (not a stratum) are shown too, so the lead inspector sees any office the sample misses.
/// </summary>
public sealed class BalanceReport
{
    public required IReadOnlyList<BalanceRow> Strata { get; init; }

    /// <summary>The largest |sample share − population share| over the strata, in percentage points.</summary>
    public required double LargestDifferencePoints { get; init; }

    /// <summary>Null with fewer than two strata (nothing to compare) or an empty sample.</summary>
    public required ChiSquareResult? ChiSquare { get; init; }

    /// <summary>
    /// Each stratifying characteristic on its own (sex, disposal, RoSH): the ratios HMIP says match the eligible population
    /// (spec §6.3 [P]).
    /// </summary>
    public required IReadOnlyList<CharacteristicBalance> Characteristics { get; init; }

    /// <summary>Empty when the extract has no office column.</summary>
    public required IReadOnlyList<BalanceRow> Offices { get; init; }

    public static BalanceReport Of(IReadOnlyList<StratumDraw> strata, Stratification stratification, IReadOnlyList<PopulationCase> eligible, bool officesRecorded)
    {
        var population = strata.Sum(s => s.Population);
        var sample = strata.Sum(s => s.Allocated);
        var rows = strata.Select(s => Row(s.Label, s.Population, population, s.Allocated, sample)).ToList();
        var chi = sample == 0
            ? null
            : Statistics.ChiSquare.GoodnessOfFit(strata.Select(s => s.Allocated).ToList(), strata.Select(s => (double)sample * s.Population / population).ToList());
        return new BalanceReport
        {
            Strata = rows,
            LargestDifferencePoints = rows.Count == 0 ? 0 : rows.Max(r => Math.Abs(r.DifferencePoints)),
            ChiSquare = chi,
            Characteristics = stratification.Columns.Select((column, i) => new CharacteristicBalance(column.Name, column.Values
                .Select(value => (value, strata: strata.Where(s => s.Values[i] == value).ToList()))
                .Where(v => v.strata.Count > 0)
                .Select(v => Row(v.value, v.strata.Sum(s => s.Population), population, v.strata.Sum(s => s.Allocated), sample))
                .ToList())).ToList(),
            Offices = officesRecorded ? OfficeRows(strata, eligible, sample) : [],
        };
    }

    private static List<BalanceRow> OfficeRows(IReadOnlyList<StratumDraw> strata, IReadOnlyList<PopulationCase> eligible, int sample)
    {
        const string notRecorded = "(not recorded)";
        var population = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in eligible) population[c.Office ?? notRecorded] = population.GetValueOrDefault(c.Office ?? notRecorded) + 1;
        var sampled = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in strata.SelectMany(s => s.Sampled)) sampled[c.Office ?? notRecorded] = sampled.GetValueOrDefault(c.Office ?? notRecorded) + 1;
        return population.Keys.Order(StringComparer.Ordinal)
            .Select(office => Row(office, population[office], eligible.Count, sampled.GetValueOrDefault(office), sample))
            .ToList();
    }

    private static BalanceRow Row(string label, int population, int populationTotal, int sample, int sampleTotal) =>
        new(label, population, Percent(population, populationTotal), sample, Percent(sample, sampleTotal));

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
