using System.CommandLine;
using Probity.Cli.Output;
using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary><c>./probity rate DATASET [--json]</c>: validate a dataset and print its ratings (exchange format §3).</summary>
public static class RateCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("DATASET") { Description = "A dataset folder holding inspection.json, cases.csv and answers.csv." };
        var json = new Option<bool>("--json") { Description = "Print the ratings as one JSON object (the contract for tools)." };
        var warnings = new Option<bool>("--warnings") { Description = "Also list the warnings the ratings panel would see (na without a reason, …)." };
        var command = new Command("rate", "Validate a dataset and print every key-question count and percentage, each standard's rating, the score and the overall rating.")
        {
            dataset, json, warnings,
        };
        command.SetAction(parse =>
        {
            var result = DatasetFolder.Read(parse.GetValue(dataset)!);
            if (!result.Succeeded)
            {
                ProblemPrinter.Print(result.Problems, Console.Error, "nothing was rated");
                return CommandLine.InvalidInput;
            }
            if (parse.GetValue(warnings)) ProblemPrinter.PrintWarnings(result.Warnings, Console.Error);
            if (parse.GetValue(json)) Console.Out.Write(RatingJson.Write(result.Dataset!, result.Rating!));
            else RatingTable.Write(result.Dataset!, result.Rating!, Console.Out);
            return CommandLine.Ok;
        });
        return command;
    }
}
