using System.Globalization;
using Probity.Core.Csv;
using Probity.Core.Sampling;

namespace Probity.Data.Samples;

/// <summary>Turns a draw and the sample file written from it into the record stored with the inspection.</summary>
public static class DrawnSamples
{
    /// <param name="sampleFile">The SAMPLE.csv text that <see cref="SampleFileWriter"/> wrote for <paramref name="draw"/>.</param>
    public static DrawnSample From(SampleDraw draw, TextReader sampleFile)
    {
        var reader = new CsvRecordReader(sampleFile);
        if (!reader.Read()) throw new InvalidOperationException("the sample file is empty");
        // The sample file is written safe for spreadsheets; the stored values are the population's own.
        string Cell(int i) => CsvWriter.FromSpreadsheetSafe(reader.GetString(i));
        var header = Enumerable.Range(0, reader.FieldCount).Select(Cell).ToList();
        var added = PopulationColumns.AddedBySampling.Select(c => header.IndexOf(c)).ToArray();
        var kept = Enumerable.Range(0, header.Count).Where(i => !added.Contains(i)).ToList();
        var idColumn = header.IndexOf(PopulationColumns.CaseId);
        var cases = new List<DrawnCase>();
        while (reader.Read())
        {
            var reserveOrder = reader.GetString(added[2]);
            cases.Add(new DrawnCase(
                Cell(idColumn),
                reader.GetString(added[0]),
                reader.GetString(added[1]) == SampleRole.Reserve.Token() ? DrawnRole.Reserve : DrawnRole.Sample,
                reserveOrder.Length == 0 ? null : int.Parse(reserveOrder, CultureInfo.InvariantCulture),
                kept.Select(i => (string?)Cell(i)).ToList()));
        }
        // The seed is an unsigned 64-bit number; it is stored bit for bit in a signed column and read back with the same cast.
        return new DrawnSample(draw.Plan.Type.Token(), unchecked((long)draw.Plan.Seed), Parameters(draw), kept.Select(i => header[i]).ToList(), cases);
    }

    /// <summary>The seed as the sampler knows it (see <see cref="From"/>).</summary>
    public static ulong Seed(DrawnSample sample) => unchecked((ulong)sample.Seed);

    /// <summary>Everything needed to reproduce and audit the draw, as text.</summary>
    public static IReadOnlyDictionary<string, string> Parameters(SampleDraw draw)
    {
        var plan = draw.Plan;
        var w = plan.Windows;
        string N(double number) => number.ToString(CultureInfo.InvariantCulture);
        var p = new Dictionary<string, string>
        {
            ["type"] = plan.Type.Token(),
            ["framework"] = plan.Framework,
            ["seed"] = plan.Seed.ToString(CultureInfo.InvariantCulture),
            ["confidence"] = N(plan.ConfidencePercent),
            ["margin"] = N(plan.MarginPercent),
            ["asAt"] = plan.AsAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ["managedBy"] = string.Join(",", plan.ManagedBy),
            ["reservePercent"] = N(plan.ReservePercent),
            ["windows"] = $"supervision {w.SupervisionMonthsMin}-{w.SupervisionMonthsMax} months; unpaid work begun ≥{w.RequirementStartedMonthsAgoMin} months, window {(w.RequirementWindowWeeks?.ToString(CultureInfo.InvariantCulture) ?? "none")} weeks; releases {w.ReleaseWindowWeeks} weeks ending {w.ReleasedWeeksAgo} weeks before; entitlement {(w.RequiresPreReleaseTtgEntitlement ? "required" : "not required")}",
            ["populationFile"] = Path.GetFileName(draw.PopulationFile),
            ["eligible"] = draw.Eligible.ToString(CultureInfo.InvariantCulture),
            ["required"] = draw.Required.Value.ToString(CultureInfo.InvariantCulture),
            ["requiredSource"] = draw.Required.SourceToken,
            ["census"] = draw.Census ? "yes" : "no",
            ["actual"] = draw.Actual.ToString(CultureInfo.InvariantCulture),
            ["stratifiedBy"] = draw.StratifiedBy,
            ["largestDifferencePoints"] = N(Math.Round(draw.Balance.LargestDifferencePoints, 2)),
        };
        if (draw.Required.Calculation is { } calculation) p["sizeCalculation"] = calculation.Label;
        if (draw.CensusNote is { } note) p["censusNote"] = note;
        if (draw.Balance.ChiSquare is { } chi) p["chiSquareP"] = N(Math.Round(chi.PValue, 6));
        // Each stratum's eligible and drawn counts, so the balance can be shown again without the extract.
        p["strata"] = string.Join(StrataSeparator, draw.Balance.Strata.Select(r => $"{r.Label}{CountSeparator}{r.Population.ToString(CultureInfo.InvariantCulture)}/{r.Sample.ToString(CultureInfo.InvariantCulture)}"));
        return p;
    }

    private const string StrataSeparator = " | ";
    private const string CountSeparator = " = ";

    /// <summary>Each stratum with its eligible and drawn cases, as the draw recorded them (empty for a draw stored before they were).</summary>
    public static IReadOnlyList<StratumBalance> Strata(DrawnSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (!sample.Parameters.TryGetValue("strata", out var text) || text.Length == 0) return [];
        var strata = new List<StratumBalance>();
        foreach (var entry in text.Split(StrataSeparator))
        {
            var at = entry.LastIndexOf(CountSeparator, StringComparison.Ordinal);
            var counts = entry[(at + CountSeparator.Length)..].Split('/');
            if (at < 0 || counts.Length != 2) continue;
            strata.Add(new StratumBalance(entry[..at], int.Parse(counts[0], CultureInfo.InvariantCulture), int.Parse(counts[1], CultureInfo.InvariantCulture)));
        }
        return strata;
    }
}

/// <summary>One stratum of a draw: its eligible cases and the cases drawn from them.</summary>
public sealed record StratumBalance(string Stratum, int Eligible, int Drawn)
{
    public static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);
}
