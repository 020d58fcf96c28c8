using System.CommandLine;
using Probity.Cli.Output;
using Probity.Cli.Sources;
using Probity.Core.Reviews;
using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity rate FOLDER [--json]</c>: validate a dataset and print its ratings (exchange format §3) — or, for a regional
/// review folder (review.json), summarise the review and rate the PDU datasets it links.
/// </summary>
public static class RateCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("DATASET") { Description = "A dataset folder (inspection.json, cases.csv, answers.csv) or a regional review folder (review.json)." };
        var json = new Option<bool>("--json") { Description = "Print the ratings as one JSON object (the contract for tools)." };
        var warnings = new Option<bool>("--warnings") { Description = "Also list the warnings the ratings panel would see (na without a reason, …)." };
        var command = new Command("rate", "Validate a dataset and print every key-question count and percentage, each standard's rating, the score and the overall rating; for a regional review, its findings by area and each linked PDU's ratings.")
        {
            dataset, json, warnings,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(dataset)!;
            return SourceFolder.KindOf(path) == FolderKind.Review
                ? RateReview(path, parse.GetValue(json))
                : RateDataset(path, parse.GetValue(json), parse.GetValue(warnings));
        });
        return command;
    }

    private static int RateDataset(string path, bool json, bool warnings)
    {
        var result = DatasetFolder.Read(path, InputLimits.Current);
        if (!result.Succeeded)
        {
            ProblemPrinter.Print(result.Problems, Console.Error, "nothing was rated");
            return CommandLine.InvalidInput;
        }
        if (warnings) ProblemPrinter.PrintWarnings(result.Warnings, Console.Error);
        if (json) Console.Out.Write(RatingJson.Write(result.Dataset!, result.Rating!));
        else RatingTable.Write(result.Dataset!, result.Rating!, Console.Out);
        return CommandLine.Ok;
    }

    private static int RateReview(string path, bool json)
    {
        var result = ReviewFolder.Read(path, InputLimits.Current);
        if (!result.Succeeded)
        {
            ProblemPrinter.Print(result.Problems, Console.Error, "nothing was summarised");
            return CommandLine.InvalidInput;
        }
        var summary = ReviewSummary.Build(result.Review!, result.Linked);
        if (json) Console.Out.Write(ReviewJson.Write(summary));
        else ReviewTable.Write(summary, Console.Out);
        return CommandLine.Ok;
    }
}
