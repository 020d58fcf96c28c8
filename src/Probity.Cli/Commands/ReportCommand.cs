using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Output;
using Probity.Cli.Sources;
using Probity.Core.Datasets;
using Probity.Core.Reviews;
using Probity.Exchange;
using Probity.Reports.Area;
using Probity.Reports.Export;
using Probity.Reports.Html;
using Probity.Reports.Letters;
using Probity.Reports.Model;
using Probity.Reports.Pdf;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity report DATASET --out FILE</c>: the inspection report, or its data, chosen by the file's extension:
/// .html, .pdf, .json, .xlsx, .csv (every table; one with --table ID), or a folder ending in "/" for the dataset itself.
/// An unrated area inspection (Quality &amp; Impact) gets its own report; a regional review, its letter (.html or .pdf).
/// </summary>
public static class ReportCommand
{
    private const string Formats = ".html, .pdf, .json, .xlsx or .csv, or a folder ending in / for the dataset (exchange format)";

    public static Command Create(IServiceProvider services)
    {
        var dataset = new Argument<string>("DATASET") { Description = "A dataset folder (inspection.json, cases.csv, answers.csv), a regional review folder (review.json), or an inspection or review in the database." };
        var output = new Option<string>("--out") { Description = $"Where to write: {Formats}.", Required = true };
        var table = new Option<string?>("--table") { Description = "With --out FILE.csv: write only this table, as printed (e.g. key-questions-2.1, inspection-data)." };
        var draft = new Option<bool>("--draft") { Description = "A draft for the inspection team: marked as a draft, with drafting notes (suggested wording, comparisons, checks)." };
        var command = new Command("report", "Write the inspection report (HTML or PDF), or its tables and figures (CSV, XLSX, JSON), or the dataset; for a regional review, the letter (HTML or PDF).")
        {
            dataset, output, table, draft,
        };
        command.SetCancellableAction((parse, ct) => RunAsync(services, parse.GetValue(dataset)!, parse.GetValue(output)!, parse.GetValue(table), parse.GetValue(draft), ct));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string source, string output, string? table, bool draft, CancellationToken ct)
    {
        var kind = Kind(output);
        if (table is not null && kind != ".csv") throw new UserErrorException("--table selects one table of a CSV export: use it with --out FILE.csv", CommandLine.Usage);
        // A dataset folder is created with its parents, as export creates one; a file needs its folder.
        if (kind != "/") OutputFile.CheckFolder(output);

        // A path is a folder, read as it is; any other name is a record in the database, the only time one is opened.
        var loaded = SourceFolder.IsPath(source) ? ReportSource.FromFolder(source) : await services.GetRequiredService<StoredReportSource>().LoadAsync(source, ct);
        var options = new ReportOptions { Draft = draft, Withdrawn = loaded.Withdrawn };
        if (loaded.Review is { } review) return await LetterAsync(review, output, kind, options);
        var result = loaded.Dataset!;
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
        if (!result.Dataset!.Framework.IsRated) return await AreaAsync(result, output, kind, table, options);

        // Built on first use, so that for a PDF Chromium starts while the report is built.
        var report = new Lazy<InspectionReport>(() => Build(result, options));
        return await WriteAsync(output, kind, table, new Writers(
            printer => printer.PrintAsync(report.Value),
            () => ReportHtml.RenderOnceAsync(report.Value),
            s => ReportJson.Write(report.Value, s),
            s => ReportWorkbook.Write(report.Value, s),
            () => report.Value.Tables.ToList())
        {
            Build = () => _ = report.Value,
        });
    }

    // An unrated framework (Quality & Impact): counts and the inspectors' judgements, no ratings to export as JSON.
    private static async Task<int> AreaAsync(DatasetParseResult result, string output, string kind, string? table, ReportOptions options)
    {
        if (kind == ".json")
            throw new UserErrorException($"{result.Dataset!.Framework.Id} rates nothing, so there is no ratings JSON to write: ./probity rate DATASET --json prints every count by view, "
                + "and --out FILE.html, .pdf, .csv or .xlsx writes the report or its tables", CommandLine.Usage);
        var report = AreaReportBuilder.Build(result.Dataset!, result.Rating!, options);
        foreach (var w in report.Warnings) Console.Error.WriteLine($"warning: {w}");
        return await WriteAsync(output, kind, table, new Writers(
            printer => printer.PrintAsync(report),
            () => ReportHtml.RenderOnceAsync(report),
            null,
            s => ReportWorkbook.Write(report, s),
            () => report.Tables.ToList()));
    }

    /// <summary>How one kind of report is written in each format; a null <see cref="Json"/> has no JSON form.</summary>
    private sealed record Writers(Func<ReportPdf, Task<byte[]>> Pdf, Func<Task<string>> Html, Action<Stream>? Json, Action<Stream> Workbook,
        Func<IReadOnlyList<ReportTable>> Tables)
    {
        /// <summary>Builds the report, if it is not built yet: done while Chromium starts.</summary>
        public Action? Build { get; init; }
    }

    private static async Task<int> WriteAsync(string output, string kind, string? table, Writers write)
    {
        switch (kind)
        {
            case ".pdf":
                AtomicFile.WriteAllBytes(output, await PrintAsync(write.Pdf, write.Build));
                break;
            case ".html":
                AtomicFile.WriteAllText(output, await write.Html());
                break;
            case ".json":
                AtomicFile.Write(output, write.Json!);
                break;
            case ".xlsx":
                AtomicFile.Write(output, write.Workbook);
                break;
            default:
                WriteCsv(output, table, write.Tables());
                break;
        }
        Console.Out.WriteLine($"wrote {output}");
        return CommandLine.Ok;
    }

    private static async Task<int> LetterAsync(ReviewFolderResult review, string output, string kind, ReportOptions options)
    {
        if (!review.Succeeded)
        {
            ProblemPrinter.Print(review.Problems, Console.Error, "no letter was written");
            return CommandLine.InvalidInput;
        }
        if (kind is not (".html" or ".pdf"))
            throw new UserErrorException($"--out {output}: a regional review is reported as its letter to the Regional Probation Director, --out letter.html or letter.pdf "
                + "(./probity rate prints its summary; ./probity export writes a stored review as a folder)", CommandLine.Usage);
        var letter = ReviewLetterBuilder.Build(review.Review!, review.Linked, options);
        if (kind == ".pdf") AtomicFile.WriteAllBytes(output, await PrintAsync(printer => printer.PrintAsync(letter)));
        else AtomicFile.WriteAllText(output, await ReportHtml.RenderOnceAsync(letter));
        Console.Out.WriteLine($"wrote {output}");
        return CommandLine.Ok;
    }

    private static void WriteCsv(string output, string? table, IReadOnlyList<ReportTable> tables)
    {
        if (table is null)
        {
            AtomicFile.WriteAllText(output, ReportCsv.AllTables(tables));
            return;
        }
        var selected = tables.FirstOrDefault(t => t.Id == table)
            ?? throw new UserErrorException($"no table \"{table}\" in this report{Hint(table, tables)}; its tables are: {string.Join(", ", tables.Select(t => t.Id))}");
        AtomicFile.WriteAllText(output, ReportCsv.Table(selected));
    }

    private static string Kind(string output)
    {
        if (output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar)) return "/";
        var extension = Path.GetExtension(output).ToLowerInvariant();
        return extension is ".html" or ".pdf" or ".json" or ".xlsx" or ".csv"
            ? extension
            : throw new UserErrorException($"--out {output}: say what to write by the name: {Formats}", CommandLine.Usage);
    }

    private static InspectionReport Build(DatasetParseResult result, ReportOptions options)
    {
        var report = ReportBuilder.Build(result.Dataset!, result.Rating!, options);
        foreach (var warning in report.Warnings) Console.Error.WriteLine($"warning: {warning}");
        return report;
    }

    private static async Task<byte[]> PrintAsync(Func<ReportPdf, Task<byte[]>> print, Action? whileStarting = null)
    {
        // Chromium starts while the report is built: most of a PDF's time is the browser's.
        var starting = Task.Run(ReportPdf.StartAsync);
        try
        {
            whileStarting?.Invoke();
            return await print(await starting);
        }
        catch (ChromiumNotFoundException e)
        {
            throw new UserErrorException(e.Message, CommandLine.Failure);
        }
        finally
        {
            // Close the browser whatever happened; one that never started has already said why.
            try { await (await starting).DisposeAsync(); }
            catch (Exception) when (!starting.IsCompletedSuccessfully) { }
        }
    }

    private static string Hint(string table, IReadOnlyList<ReportTable> tables) =>
        Core.Suggestions.Nearest(table, tables.Select(t => t.Id), 3) is { } near ? $" (did you mean {near}?)" : "";
}
