using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Storage;
using Probity.Data.Datasets;
using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary><c>./probity export INSPECTION --out DIR</c>: a stored inspection as a dataset folder, or a stored review as a review folder.</summary>
public sealed class ExportCommand(DatabaseReadiness database, StoredRecords records, DatasetStore datasets, ReviewTransfer reviews)
{
    public static Command Create(IServiceProvider services)
    {
        var inspection = new Argument<string>("INSPECTION") { Description = "The inspection's id (as import printed it) or its reference; or a review's id (review:N) or reference." };
        var output = new Option<string>("--out") { Description = "The dataset folder (or review folder) to write; it must not exist or be empty.", Required = true };
        var command = new Command("export", "Write a stored inspection as a dataset folder in the exchange format, or a stored review as a review folder with its PDU datasets.") { inspection, output };
        command.SetCancellableAction((parse, ct) => services.GetRequiredService<ExportCommand>().ExportAsync(parse.GetValue(inspection)!, parse.GetValue(output)!, ct));
        return command;
    }

    private async Task<int> ExportAsync(string name, string folder, CancellationToken ct)
    {
        await database.ReadyAsync(ct);
        var record = await records.ResolveAsync(name, ct);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new UserErrorException($"{folder} already exists and is not empty; choose a new folder");
        if (record.IsReview) return await reviews.ExportAsync(record.Id, folder, ct);
        var id = record.Id;
        var dataset = await ProgressDisplay.RunAsync(async steps =>
        {
            var loading = steps.Start($"loading inspection {id}");
            var data = await datasets.LoadAsync(id, ct);
            loading.Done();
            var writing = steps.Start($"writing {data.Cases.Count:N0} cases to {folder}");
            DatasetFolder.Write(data, folder);
            writing.Done();
            return data;
        });
        Console.Error.WriteLine($"probity: exported inspection {id} ({dataset.Cases.Count} cases) to {Path.GetFullPath(folder)}");
        return CommandLine.Ok;
    }
}
