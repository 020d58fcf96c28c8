using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Sources;
using Probity.Cli.Storage;
using Probity.Data;
using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity import DATASET</c>: a dataset folder stored as a new inspection, or a review folder as a review, all or
/// nothing. The folder is read and checked before the database is opened: bad input never creates one.
/// </summary>
public sealed class ImportCommand(DatabaseReadiness database, DatasetStore datasets, InspectionStore inspections, ReviewTransfer reviews)
{
    public static Command Create(IServiceProvider services)
    {
        var dataset = new Argument<string>("DATASET") { Description = "A dataset folder holding inspection.json, cases.csv and answers.csv, or a regional review folder (review.json)." };
        var asNew = new Option<bool>("--as-new") { Description = "Store the dataset even though an inspection with its reference is stored already (a second, separate copy)." };
        var command = new Command("import", "Validate a dataset and store it as a new inspection (or a review folder as a review, with the PDU inspections it links), all or nothing; prints the new id on the last line.") { dataset, asNew };
        command.SetCancellableAction((parse, ct) => services.GetRequiredService<ImportCommand>().ImportAsync(parse.GetValue(dataset)!, parse.GetValue(asNew), Actor.FromEnvironment(), ct));
        return command;
    }

    private async Task<int> ImportAsync(string folder, bool asNew, Actor actor, CancellationToken ct)
    {
        if (SourceFolder.KindOf(folder) == FolderKind.Review) return await reviews.ImportAsync(folder, actor, ct);
        var id = await ProgressDisplay.RunAsync(async steps =>
        {
            var reading = steps.Start($"reading {folder}");
            var result = DatasetFolder.Read(folder, InputLimits.Current);
            reading.Done();
            if (!result.Succeeded)
            {
                ProblemPrinter.Print(result.Problems, Console.Error, "nothing was imported");
                return (long?)null;
            }
            await database.ReadyAsync(ct);
            var data = result.Dataset!;
            await NewCommand.RefuseSecondCopyAsync(inspections, data.Manifest.Reference, asNew, ct);
            var storing = steps.Start($"storing {data.Cases.Count:N0} cases", data.Cases.Count);
            var stored = await datasets.ImportAsync(data, actor, new SynchronousProgress(p => storing.Report(p.Done)), ct);
            storing.Done();
            return stored;
        });
        if (id is null) return CommandLine.InvalidInput;
        Console.Error.WriteLine($"probity: imported {folder} into the {database.Location} as inspection {id}");
        Console.Out.WriteLine(id.Value.ToString(CultureInfo.InvariantCulture));
        return CommandLine.Ok;
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
