using System.CommandLine;
using Probity.Core.Datasets;
using Probity.Exchange;
using Probity.Reports.Export;
using Probity.Reports.Html;
using Probity.Reports.Model;
using Probity.Reports.Pdf;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity report DATASET --out FILE</c>: the inspection report, or its data, chosen by the file's extension:
/// .html, .pdf, .json, .xlsx, .csv (every table; one with --table ID), or a folder ending in "/" for the dataset itself.
/// </summary>
public static class ReportCommand
{
    private const string Formats = ".html, .pdf, .json, .xlsx or .csv, or a folder ending in / for the dataset (exchange format)";

    public static Command Create()
    {
        var dataset = new Argument<string>("DATASET") { Description = "A dataset folder (inspection.json, cases.csv, answers.csv), or an inspection in the database." };
        var output = new Option<string>("--out") { Description = $"Where to write: {Formats}.", Required = true };
        var table = new Option<string?>("--table") { Description = "With --out FILE.csv: write only this table, as printed (e.g. key-questions-2.1, inspection-data)." };
        var draft = new Option<bool>("--draft") { Description = "A draft for the inspection team: marked as a draft, with drafting notes (suggested wording, comparisons, checks)." };
        var command = new Command("report", "Write the inspection report (HTML or PDF), or its tables and figures (CSV, XLSX, JSON), or the dataset.")
        {
            dataset, output, table, draft,
        };
        command.SetAction(parse => Run(parse.GetValue(dataset)!, parse.GetValue(output)!, parse.GetValue(table), parse.GetValue(draft)));
        return command;
    }

    private static int Run(string source, string output, string? table, bool draft)
    {
        var kind = Kind(output);
        if (table is not null && kind != ".csv") throw new UserError("--table selects one table of a CSV export: use it with --out FILE.csv", CommandLine.Usage);

        var result = InspectionSources.Load(source);
        if (!result.Succeeded)
        {
            ProblemPrinter.Print(result.Problems, Console.Error, "no report was written");
            return CommandLine.InvalidInput;
        }
        if (kind == "/")
        {
            DatasetFolder.Write(result.Dataset!, output);
            Console.Out.WriteLine($"wrote the dataset to {output}");
            return CommandLine.Ok;
        }

        var options = new ReportOptions { Draft = draft };
        if (kind == ".pdf")
        {
            AtomicFile.WriteAllBytes(output, Pdf(result, options));
            Console.Out.WriteLine($"wrote {output}");
            return CommandLine.Ok;
        }
        var report = Build(result, options);
        switch (kind)
        {
            case ".html":
                AtomicFile.WriteAllText(output, ReportHtml.RenderOnceAsync(report).GetAwaiter().GetResult());
                break;
            case ".json":
                AtomicFile.Write(output, s => ReportJson.Write(report, s));
                break;
            case ".xlsx":
                AtomicFile.Write(output, s => ReportWorkbook.Write(report, s));
                break;
            case ".csv" when table is null:
                AtomicFile.WriteAllText(output, ReportCsv.AllTables(report));
                break;
            case ".csv":
                var selected = report.Tables.FirstOrDefault(t => t.Id == table)
                    ?? throw new UserError($"no table \"{table}\" in this report{Hint(table!, report)}; its tables are: {string.Join(", ", report.Tables.Select(t => t.Id))}");
                AtomicFile.WriteAllText(output, ReportCsv.Table(selected));
                break;
        }
        Console.Out.WriteLine($"wrote {output}");
        return CommandLine.Ok;
    }

    private static string Kind(string output)
    {
        if (output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar)) return "/";
        var extension = Path.GetExtension(output).ToLowerInvariant();
        return extension is ".html" or ".pdf" or ".json" or ".xlsx" or ".csv"
            ? extension
            : throw new UserError($"--out {output}: say what to write by the name: {Formats}", CommandLine.Usage);
    }

    private static InspectionReport Build(DatasetParseResult result, ReportOptions options)
    {
        var report = ReportBuilder.Build(result.Dataset!, result.Rating!, options);
        foreach (var w in report.Warnings) Console.Error.WriteLine($"warning: {w}");
        return report;
    }

    private static byte[] Pdf(DatasetParseResult result, ReportOptions options)
    {
        // Chromium starts while the report is built: most of a PDF's time is the browser's.
        var starting = Task.Run(ReportPdf.StartAsync);
        try
        {
            var report = Build(result, options);
            return starting.GetAwaiter().GetResult().PrintAsync(report).GetAwaiter().GetResult();
        }
        catch (ChromiumNotFoundException e)
        {
            throw new UserError(e.Message, CommandLine.Failure);
        }
        finally
        {
            // Close the browser whatever happened; one that never started has already said why.
            try { starting.GetAwaiter().GetResult().DisposeAsync().AsTask().GetAwaiter().GetResult(); }
            catch (Exception) when (!starting.IsCompletedSuccessfully) { }
        }
    }

    private static string Hint(string table, InspectionReport report) =>
        Core.Suggestions.Nearest(table, report.Tables.Select(t => t.Id), 3) is { } near ? $" (did you mean {near}?)" : "";
}
