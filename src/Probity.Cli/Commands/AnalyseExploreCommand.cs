using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Analysis;
using Probity.Cli.Storage;
using Probity.Data.Analysis;
using Probity.Explore.Engine;
using Probity.Explore.Questions;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity analyse explore --measure 2.1.3 --where "year=2019/20 and sex=female" --by rosh,grade [--out DIR]</c>: any
/// question over the published inspections, answered by the explore engine; prints the table, and writes its CSV and JSON.
/// </summary>
public sealed class AnalyseExploreCommand(DatabaseReadiness database, ExploreStore explore)
{
    public static Command Create(IServiceProvider services)
    {
        var measure = new Option<string>("--measure") { Description = "What to count: an item (2.1.3), a case attribute with yes and no (need-accommodation) or an interview question (workload-manageable).", Required = true };
        var where = new Option<string?>("--where") { Description = "Which cases: conditions such as year=2019/20, sex=female, rosh in (high, very-high), joined with and, or, not and brackets." };
        var by = new Option<string?>("--by") { Description = "Up to two attributes to split by, separated by a comma (rosh,grade)." };
        var output = new Option<string?>("--out") { Description = "A folder to write explore.csv and explore.json into." };
        var command = new Command("explore", "Any question of the published inspections' answers, with percentages, 95% intervals and small numbers suppressed.") { measure, where, by, output };
        command.SetCancellableAction((parse, ct) =>
        {
            var path = parse.GetValue(output) is { } given ? OutputFolder.Check(given) : null;
            return services.GetRequiredService<AnalyseExploreCommand>().RunAsync(parse.GetValue(measure)!, parse.GetValue(where), parse.GetValue(by), path, ct);
        });
        return command;
    }

    private async Task<int> RunAsync(string measure, string? where, string? by, string? path, CancellationToken ct)
    {
        await database.ReadyAsync(ct);
        var (data, asOf) = await explore.CurrentAsync(ct);
        if (data.InspectionCount == 0)
            throw new UserErrorException("no inspection is published yet; ./probity generate makes a synthetic programme");
        ExploreResult result;
        try
        {
            result = data.Answer(data.Ask(measure, where, by));
        }
        catch (QuestionException e)
        {
            throw new UserErrorException(e.Message, CommandLine.Usage);
        }
        var headings = ExploreOutput.Headings(result);
        var rows = ExploreOutput.Rows(result).ToList();
        var widths = headings.Select((h, k) => rows.Select(r => r[k].Length).Prepend(h.Length).Max()).ToArray();
        Console.Out.WriteLine(string.Join("  ", headings.Select((h, k) => h.PadRight(widths[k]))));
        foreach (var row in rows) Console.Out.WriteLine(string.Join("  ", row.Select((v, k) => v.PadRight(widths[k]))));
        if (path is not null)
        {
            var folder = OutputFolder.Create(path);
            folder.Write("explore.csv", ExploreOutput.Csv(result));
            folder.Write("explore.json", ExploreOutput.Json(result, asOf));
            Console.Error.WriteLine($"probity: wrote {folder.Written.Count} files to {folder.Path}");
        }
        Console.Error.WriteLine($"probity: {data.InspectionCount} published inspection(s), {data.CaseCount:N0} cases, as of {asOf:yyyy-MM-dd HH:mm} UTC");
        return CommandLine.Ok;
    }
}
