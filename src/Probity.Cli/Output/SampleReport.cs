using System.Globalization;
using Probity.Core.Sampling;

namespace Probity.Cli.Output;

/// <summary>The terminal account of a draw: eligibility, the size calculation with its label, the strata and the balance.</summary>
public static class SampleReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(SampleDraw draw, string outPath, bool randomSeed, TextWriter output)
    {
        var plan = draw.Plan;
        output.WriteLine($"{plan.Type.Name()} sample — {plan.Framework} — {draw.PopulationFile}");
        output.WriteLine();
        output.WriteLine($"Eligible population: {draw.Eligible.ToString("N0", Invariant)} of {draw.Eligibility.Considered.ToString("N0", Invariant)} rows");
        output.WriteLine($"  rules: {string.Join("; ", draw.Eligibility.Criteria)}");
        if (draw.Eligibility.Exclusions.Count > 0)
            output.WriteLine($"  left out: {string.Join("; ", draw.Eligibility.Exclusions.Select(e => $"{e.Count.ToString("N0", Invariant)} {e.Description}"))}");
        foreach (var note in draw.Eligibility.Notes) output.WriteLine($"  note: {note}");
        output.WriteLine();
        WriteRequired(draw, output);
        output.WriteLine();
        var seed = draw.Census ? "every eligible case (no random selection)"
            : randomSeed ? $"seed {plan.Seed} (chosen at random; give --seed {plan.Seed} to draw the same sample again)"
            : $"seed {plan.Seed}";
        output.WriteLine($"Sample: {draw.Actual} cases and {draw.ReserveCount} reserves, {seed}");
        output.WriteLine($"  strata: {draw.StratifiedBy}" + (draw.Strata.Count > 1
            ? "; allocated in proportion by largest remainder (Probity's proposal: HMIP publishes only that the sample's ratios match the eligible population)"
            : ""));
        WriteStrata(draw, output);
        output.WriteLine();
        WriteBalance(draw.Balance, output);
        output.WriteLine();
        output.WriteLine($"Wrote {outPath}: {draw.Actual} sampled and {draw.ReserveCount} reserves (columns stratum, role, reserve_order added).");
    }

    private static void WriteRequired(SampleDraw draw, TextWriter output)
    {
        var required = draw.Required;
        output.WriteLine($"Required sample size: {required.Value}" + required.Source switch
        {
            RequiredSizeSource.Given => " (given with --required)",
            RequiredSizeSource.FormulaOnPlanningEstimate => $" (from the planning estimate of {required.Calculation!.Population} eligible cases)",
            _ => "",
        });
        if (required.Calculation is { } c)
        {
            output.WriteLine($"  {c.Label}");
            output.WriteLine($"  {c.Working}");
        }
        if (draw.Census)
        {
            output.WriteLine($"  census: {draw.Eligible} eligible cases, no more than the required {required.Value}, so every eligible case is in the sample (spec §6.2)");
            output.WriteLine($"  for the report: \"{draw.CensusNote}\"");
        }
    }

    private static void WriteStrata(SampleDraw draw, TextWriter output)
    {
        var width = Math.Max(7, draw.Strata.Max(s => s.Label.Length));
        output.WriteLine($"  {"stratum".PadRight(width)}  eligible   share    quota  sample   share    diff  reserves");
        foreach (var (s, row) in draw.Strata.Zip(draw.Balance.Strata))
            output.WriteLine($"  {s.Label.PadRight(width)}  {s.Population,8}  {Percent(row.PopulationPercent),6}  {s.Quota.ToString("0.00", Invariant),7}  {s.Allocated,6}  {Percent(row.SamplePercent),6}  {Points(row.DifferencePoints),6}  {s.Reserves.Count,8}");
        output.WriteLine($"  {"total".PadRight(width)}  {draw.Eligible,8}  {Percent(100),6}  {((double)draw.Actual).ToString("0.00", Invariant),7}  {draw.Actual,6}  {Percent(100),6}  {"",6}  {draw.ReserveCount,8}");
    }

    private static void WriteBalance(BalanceReport balance, TextWriter output)
    {
        var chi = balance.ChiSquare is { } c
            ? $"chi-square goodness of fit {c.Statistic.ToString("0.000", Invariant)} on {c.DegreesOfFreedom} df, p = {c.PValue.ToString("0.000", Invariant)}"
                + (c.Approximate ? $" (approximate: {c.SmallExpected} strat{(c.SmallExpected == 1 ? "um expects" : "a expect")} fewer than 5 cases)" : "")
            : "no chi-square test (a single stratum)";
        output.WriteLine($"Balance: the largest difference between a stratum's sample and population shares is {balance.LargestDifferencePoints.ToString("0.0", Invariant)} points; {chi}");
        var groups = balance.Characteristics.Select(g => (Name: g.Column, g.Rows)).ToList();
        if (balance.Offices.Count > 0) groups.Add(("office (not a stratum)", balance.Offices));
        if (groups.Count == 0) return;
        var nameWidth = groups.Max(g => g.Name.Length);
        var valueWidth = Math.Max(5, groups.SelectMany(g => g.Rows).Max(r => r.Label.Length));
        output.WriteLine($"  {"".PadRight(nameWidth)}  {"".PadRight(valueWidth)}  eligible   share  sample   share");
        foreach (var (name, rows) in groups)
            for (var i = 0; i < rows.Count; i++)
                output.WriteLine($"  {(i == 0 ? name : "").PadRight(nameWidth)}  {rows[i].Label.PadRight(valueWidth)}  {rows[i].Population,8}  {Percent(rows[i].PopulationPercent),6}  {rows[i].Sample,6}  {Percent(rows[i].SamplePercent),6}");
        var missed = balance.Offices.Where(r => r.Sample == 0).Select(r => r.Label).ToList();
        if (missed.Count > 0) output.WriteLine($"  note: no sampled case from {string.Join(", ", missed)}");
    }

    private static string Percent(double percent) => percent.ToString("0.0", Invariant) + "%";

    private static string Points(double difference) => (difference >= 0 ? "+" : "") + difference.ToString("0.0", Invariant);
}
