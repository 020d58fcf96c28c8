using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Storage;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Migrations;
using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary>
/// The storage verbs: <c>db migrate</c>, <c>import DATASET</c>, <c>export INSPECTION --out DIR</c>, <c>inspections</c>.
/// The database is the SQLite file in PROBITY_DATA_DIR, or the PostgreSQL server in PROBITY_DATABASE (exchange format §3).
/// </summary>
public static class DatabaseCommands
{
    public static Command Database()
    {
        var migrate = new Command("migrate", "Create the database or bring its schema up to date, and print what was applied.");
        migrate.SetAction(_ => StoreAccess.Run(async ct =>
        {
            var schema = StoreAccess.Services.GetRequiredService<DatabaseSchema>();
            var applied = await schema.MigrateAsync(ct);
            Console.Out.WriteLine(schema.Location.Description);
            foreach (var migration in applied) Console.Out.WriteLine($"applied {migration.Name}");
            var version = schema.LatestVersion;
            Console.Out.WriteLine(applied.Count == 0
                ? $"the schema is up to date (version {version}); nothing to apply"
                : $"the schema is now at version {version}");
            var role = DatabaseSchema.ApplicationRoleName;
            if (await schema.GrantApplicationRoleAsync(role, ct))
                Console.Out.WriteLine($"granted the application role {role} its rights: no DDL; only SELECT and INSERT on the audit log");
            return CommandLine.Ok;
        }));
        return new Command("db", "The Probity database (SQLite in PROBITY_DATA_DIR, or PostgreSQL when PROBITY_DATABASE is set).")
        {
            migrate, BackupCommands.Backup(), BackupCommands.Restore(),
        };
    }

    public static Command Import()
    {
        var dataset = new Argument<string>("DATASET") { Description = "A dataset folder holding inspection.json, cases.csv and answers.csv, or a regional review folder (review.json)." };
        var command = new Command("import", "Validate a dataset and store it as a new inspection (or a review folder as a review, with the PDU inspections it links), all or nothing; prints the new id on the last line.") { dataset };
        command.SetAction(parse => StoreAccess.Run(async ct =>
        {
            var folder = parse.GetValue(dataset)!;
            var actor = Actor.FromEnvironment();
            var kind = Folders.KindOf(folder);
            var store = await StoreAccess.OpenAsync(ct);
            if (kind == FolderKind.Review) return await ReviewStorage.ImportAsync(store, folder, actor, ct);
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
                var data = result.Dataset!;
                var storing = steps.Start($"storing {data.Cases.Count:N0} cases", data.Cases.Count);
                var id = await store.Datasets.ImportAsync(data, actor, new SynchronousProgress(p => storing.Report(p.Done)), ct);
                storing.Done();
                return id;
            });
            if (id is null) return CommandLine.InvalidInput;
            Console.Error.WriteLine($"probity: imported {folder} into the {store.Location} as inspection {id}");
            Console.Out.WriteLine(id.Value.ToString(CultureInfo.InvariantCulture));
            return CommandLine.Ok;
        }));
        return command;
    }

    public static Command Export()
    {
        var inspection = new Argument<string>("INSPECTION") { Description = "The inspection's id (as import printed it) or its reference; or a review's id (review:N) or reference." };
        var output = new Option<string>("--out") { Description = "The dataset folder (or review folder) to write; it must not exist or be empty.", Required = true };
        var command = new Command("export", "Write a stored inspection as a dataset folder in the exchange format, or a stored review as a review folder with its PDU datasets.") { inspection, output };
        command.SetAction(parse => StoreAccess.Run(async ct =>
        {
            var store = await StoreAccess.OpenAsync(ct);
            var record = await StoreAccess.ResolveAsync(store, parse.GetValue(inspection)!, ct);
            var folder = parse.GetValue(output)!;
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
                throw new UserErrorException($"{folder} already exists and is not empty; choose a new folder");
            if (record.IsReview) return await ReviewStorage.ExportAsync(store, record.Id, folder, ct);
            var id = record.Id;
            var dataset = await ProgressDisplay.RunAsync(async steps =>
            {
                var loading = steps.Start($"loading inspection {id}");
                var data = await store.Datasets.LoadAsync(id, ct);
                loading.Done();
                var writing = steps.Start($"writing {data.Cases.Count:N0} cases to {folder}");
                DatasetFolder.Write(data, folder);
                writing.Done();
                return data;
            });
            Console.Error.WriteLine($"probity: exported inspection {id} ({dataset.Cases.Count} cases) to {Path.GetFullPath(folder)}");
            return CommandLine.Ok;
        }));
        return command;
    }

    public static Command Inspections()
    {
        var command = new Command("inspections", "List the stored inspections: id, reference, provider, framework, status and cases.");
        command.SetAction(_ => StoreAccess.Run(async ct =>
        {
            var store = await StoreAccess.OpenAsync(ct);
            var list = await store.Inspections.ListAsync(ct: ct);
            if (list.Count == 0) Console.Error.WriteLine($"probity: the {store.Location} holds no inspections yet; add one with ./probity import DATASET");
            foreach (var i in list)
                Console.Out.WriteLine($"{i.Id,6}  {i.Reference ?? "-",-12} {i.ProviderName,-50} {i.Framework,-14} {i.Status.Token(),-18} {i.CaseCount,7} cases");
            return CommandLine.Ok;
        }));
        return command;
    }

    private sealed class SynchronousProgress(Action<Probity.Data.Datasets.ImportProgress> report) : IProgress<Probity.Data.Datasets.ImportProgress>
    {
        public void Report(Probity.Data.Datasets.ImportProgress value) => report(value);
    }
}
