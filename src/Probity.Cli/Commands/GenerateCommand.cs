using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Storage;
using Probity.Data;
using Probity.Data.Datasets;
using Probity.Synthetic;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity generate --inspections N --seed S</c>: a synthetic national programme of inspections (Core's
/// <see cref="SyntheticNational"/>) stored through the bulk import, one inspection per transaction, for demos and benchmarks.
/// </summary>
public sealed class GenerateCommand(DatabaseReadiness database, DatasetStore datasets, TimeProvider clock)
{
    public const int MaxInspections = 100_000;

    public static Command Create(IServiceProvider services)
    {
        var inspections = new Option<int>("--inspections") { Description = "How many inspections to generate.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed always gives the same programme.", DefaultValueFactory = _ => 2020 };
        var cases = new Option<int?>("--cases-per-inspection") { Description = "Cases in each inspection (default: realistic sample sizes, about 145 for a CRC)." };
        var command = new Command("generate", "Store a synthetic national programme of inspections (CRCs in two rounds, PDUs, areas; ratings, interviews, needs, recommendations) for demos and benchmarks.")
        {
            inspections, seed, cases,
        };
        command.SetCancellableAction((parse, ct) =>
        {
            var count = parse.GetValue(inspections);
            if (count is < 1 or > MaxInspections) throw new UserErrorException($"--inspections must be from 1 to {MaxInspections:N0}", CommandLine.Usage);
            var perInspection = parse.GetValue(cases);
            if (perInspection is < 4 or > 1_000_000) throw new UserErrorException("--cases-per-inspection must be from 4 to 1,000,000", CommandLine.Usage);
            var options = new SyntheticNational.Options { Inspections = count, CasesPerInspection = perInspection, Seed = parse.GetValue(seed) };
            return services.GetRequiredService<GenerateCommand>().GenerateAsync(options, Actor.FromEnvironment(), ct);
        });
        return command;
    }

    private async Task<int> GenerateAsync(SyntheticNational.Options options, Actor actor, CancellationToken ct)
    {
        var location = await database.ReadyAsync(ct);
        var started = clock.GetTimestamp();
        var stored = new List<long>();
        long caseCount = 0;
        try
        {
            await ProgressDisplay.RunAsync(async steps =>
            {
                var step = steps.Start($"generating {options.Inspections:N0} inspections", options.Inspections);
                foreach (var dataset in SyntheticNational.Generate(options))
                {
                    stored.Add(await datasets.ImportAsync(dataset, actor, ct: ct));
                    caseCount += dataset.Cases.Count;
                    step.Report(stored.Count);
                }
                step.Done();
                return stored.Count;
            });
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Each inspection is its own transaction: the one under way rolled back, those before it stay.
            throw new UserErrorException($"cancelled; the {stored.Count:N0} inspection(s) stored before stay in the {location}", CommandLine.Failure);
        }
        Console.Error.WriteLine($"probity: generated {stored.Count:N0} inspections ({caseCount:N0} cases) into the {location} in {clock.GetElapsedTime(started).TotalSeconds:N1} s");
        Console.Out.WriteLine($"inspections {stored[0]}–{stored[^1]}");
        return CommandLine.Ok;
    }
}
