using System.CommandLine;
using System.Diagnostics;
using Probity.Cli.Storage;
using Probity.Data;
using Probity.Synthetic;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity generate --inspections N --seed S</c>: a synthetic national programme of inspections (Core's
/// <see cref="SyntheticNational"/>) stored through the bulk import, one inspection per transaction, for demos and benchmarks.
/// </summary>
public static class GenerateCommand
{
    public const int MaxInspections = 100_000;

    public static Command Create()
    {
        var inspections = new Option<int>("--inspections") { Description = "How many inspections to generate.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed always gives the same programme.", DefaultValueFactory = _ => 2020 };
        var cases = new Option<int?>("--cases-per-inspection") { Description = "Cases in each inspection (default: realistic sample sizes, about 145 for a CRC)." };
        var command = new Command("generate", "Store a synthetic national programme of inspections (CRCs in two rounds, PDUs, areas; ratings, interviews, needs, recommendations) for demos and benchmarks.")
        {
            inspections, seed, cases,
        };
        command.SetAction(parse => StoreAccess.Run(async ct =>
        {
            var count = parse.GetValue(inspections);
            if (count is < 1 or > MaxInspections) throw new UserErrorException($"--inspections must be from 1 to {MaxInspections:N0}", CommandLine.Usage);
            var perInspection = parse.GetValue(cases);
            if (perInspection is < 4 or > 1_000_000) throw new UserErrorException("--cases-per-inspection must be from 4 to 1,000,000", CommandLine.Usage);
            var actor = Actor.FromEnvironment();
            var store = await StoreAccess.OpenAsync(ct);
            var watch = Stopwatch.StartNew();
            var (ids, caseCount) = await ProgressDisplay.RunAsync(async steps =>
            {
                var step = steps.Start($"generating {count:N0} inspections", count);
                var stored = new List<long>();
                long total = 0;
                foreach (var dataset in SyntheticNational.Generate(new SyntheticNational.Options { Inspections = count, CasesPerInspection = perInspection, Seed = parse.GetValue(seed) }))
                {
                    stored.Add(await store.Datasets.ImportAsync(dataset, actor, ct: ct));
                    total += dataset.Cases.Count;
                    step.Report(stored.Count);
                }
                step.Done();
                return (stored, total);
            });
            Console.Error.WriteLine($"probity: generated {ids.Count:N0} inspections ({caseCount:N0} cases) into the {store.Location} in {watch.Elapsed.TotalSeconds:N1} s");
            Console.Out.WriteLine($"inspections {ids[0]}–{ids[^1]}");
            return CommandLine.Ok;
        }));
        return command;
    }
}
