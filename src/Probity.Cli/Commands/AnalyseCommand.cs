using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Analysis;
using Probity.Cli.Storage;
using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Data;
using Probity.Data.Analysis;
using Probity.Data.Inspections;
using Probity.Reports.Analysis;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity analyse ANALYSIS --out DIR [scope]</c>: the national analysis of the stored inspections, written as CSV,
/// JSON, SVG charts and an HTML page; <c>analyse all</c> runs every one; <c>analyse comparator</c> writes the "All CRCs"
/// block of an inspection.json. The counting is Core's; this reads the store and writes files.
/// </summary>
public sealed class AnalyseCommand(DatabaseReadiness database, AnalysisStore analysis, StoredRecords records, InspectionStore inspectionStore)
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("analyse", "National analysis of the stored inspections (the annual report's figures), for a period and provider type, as CSV, JSON, charts and an HTML page.");
        foreach (var definition in AnalysisCatalog.All) command.Subcommands.Add(Analysis(services, definition.Name, definition.Produces, [definition]));
        command.Subcommands.Add(Analysis(services, "all", "every analysis above, into one folder with one HTML page", AnalysisCatalog.All));
        command.Subcommands.Add(Comparator(services));
        command.Subcommands.Add(AnalyseExploreCommand.Create(services));
        return command;
    }

    private static Command Analysis(IServiceProvider services, string name, string produces, IReadOnlyList<AnalysisDefinition> definitions)
    {
        var scope = new ScopeOptions();
        var output = new Option<string>("--out") { Description = "The folder to write into (created if missing; files of the same names are replaced).", Required = true };
        var command = new Command(name, char.ToUpperInvariant(produces[0]) + produces[1..] + ".") { output };
        scope.AddTo(command);
        command.SetCancellableAction((parse, ct) =>
        {
            var chosen = scope.Read(parse);
            var path = OutputFolder.Check(parse.GetValue(output)!);
            return services.GetRequiredService<AnalyseCommand>().AnalyseAsync(definitions, chosen, path, ct);
        });
        return command;
    }

    private async Task<int> AnalyseAsync(IReadOnlyList<AnalysisDefinition> definitions, AnalysisScope chosen, string path, CancellationToken ct)
    {
        await database.ReadyAsync(ct);
        var reads = definitions.Aggregate(AnalysisData.None, (all, d) => all | d.Reads);
        var inspections = await LoadAsync(chosen, reads, ct);
        var results = definitions.Select(d => d.Run(inspections, chosen)).ToList();
        var folder = OutputFolder.Create(path);
        foreach (var result in results)
        {
            foreach (var table in result.Tables) folder.Write(AnalysisOutput.CsvFileName(result, table), AnalysisOutput.Csv(table));
            foreach (var chart in result.Charts) folder.Write(AnalysisOutput.SvgFileName(result, chart), SvgChart.Render(chart));
            folder.Write(AnalysisOutput.JsonFileName(result), AnalysisOutput.Json(result));
        }
        folder.Write("index.html", AnalysisOutput.Html(results, $"Probity national analysis: {chosen.Describe()}"));
        Console.Error.WriteLine($"probity: {inspections.Count} inspection(s) in the scope ({chosen.Describe()}); wrote {folder.Written.Count} files to {folder.Path}");
        foreach (var result in results)
            Console.Out.WriteLine($"{result.Name}: {string.Join(", ", result.Tables.Select(t => $"{t.Key} ({t.Rows.Count} rows)"))}");
        Console.Out.WriteLine(Path.Combine(folder.Path, "index.html"));
        return CommandLine.Ok;
    }

    private static Command Comparator(IServiceProvider services)
    {
        var scope = new ScopeOptions();
        var output = new Option<string>("--out") { Description = "A folder to write national-comparator.json and the table into; without it the JSON block is printed." };
        var into = new Option<string>("--into") { Description = "A stored inspection (id or reference) to put the block on as its nationalComparator, audited; refused once published." };
        var command = new Command("comparator", "The national comparator (\"All CRCs\") of a framework version as counts, pooled from the stored inspections of a period: the nationalComparator block of an inspection.json.") { output, into };
        scope.AddTo(command);
        command.SetCancellableAction((parse, ct) =>
        {
            var chosen = scope.Read(parse);
            var path = parse.GetValue(output) is { } given ? OutputFolder.Check(given) : null;
            if (chosen.Framework is null) throw new UserErrorException("comparator needs --framework: the version of the inspections that will print the figures (e.g. hmip-crc-2019)", CommandLine.Usage);
            return services.GetRequiredService<AnalyseCommand>().ComparatorAsync(chosen, path, parse.GetValue(into), ct);
        });
        return command;
    }

    private async Task<int> ComparatorAsync(AnalysisScope chosen, string? path, string? target, CancellationToken ct)
    {
        var framework = FrameworkCatalog.Get(chosen.Framework!);
        var pool = NationalComparator.Pool(framework, chosen);
        await database.ReadyAsync(ct);
        var inspections = await LoadAsync(pool, AnalysisCatalog.ComparatorReads, ct);
        var block = NationalComparator.Build(framework, inspections, pool);
        if (block.Comparator.Results.Count == 0)
            throw new UserErrorException($"the {inspections.Count} inspection(s) in the scope have no answers comparable with {framework.Id}; widen --from/--to or --year");
        if (path is not null)
        {
            var folder = OutputFolder.Create(path);
            folder.Write("national-comparator.json", block.ToJson());
            folder.Write(AnalysisOutput.CsvFileName(block.Analysis, block.Analysis.Tables[0]), AnalysisOutput.Csv(block.Analysis.Tables[0]));
            Console.Out.WriteLine(Path.Combine(folder.Path, "national-comparator.json"));
        }
        else if (target is null) Console.Out.Write(block.ToJson());
        if (target is not null)
        {
            var id = await records.ResolveInspectionAsync(target, ct);
            var inspection = await inspectionStore.GetAsync(id, ct);
            if (inspection.Framework != framework.Id)
                throw new UserErrorException($"inspection {id} is under {inspection.Framework}, not {framework.Id}: give --framework {inspection.Framework}");
            await analysis.SetNationalComparatorAsync(id, block.Comparator, Actor.FromEnvironment(), ct);
            Console.Out.WriteLine($"inspection {id}: nationalComparator set ({block.Comparator.Results.Count} figures); ./probity export {id} --out DIR writes it in inspection.json");
        }
        Console.Error.WriteLine($"probity: {block.Comparator.Label}, {block.Comparator.Period}: {block.Comparator.Results.Count} figures pooled from {inspections.Count} inspection(s)");
        return CommandLine.Ok;
    }

    private async Task<IReadOnlyList<InspectionFacts>> LoadAsync(AnalysisScope scope, AnalysisData reads, CancellationToken ct)
    {
        var inspections = await ProgressDisplay.RunAsync(async steps =>
        {
            var refresh = steps.Start("bringing the stored tallies up to date");
            await analysis.RefreshAsync(new Progress(refresh), ct);
            refresh.Done();
            var loading = steps.Start("reading the inspections");
            var loaded = await analysis.LoadAsync(scope, reads, ct);
            loading.Done();
            return loaded;
        });
        if (inspections.Count == 0)
            throw new UserErrorException($"no stored inspection is in the scope ({scope.Describe()}); ./probity inspections lists them, and ./probity generate makes a synthetic programme");
        return inspections;
    }

    private sealed class Progress(ProgressTasks.Step step) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => step.Report((double)value.Done / value.Total);
    }
}
