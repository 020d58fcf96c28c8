using System.CommandLine;
using Probity.Core.Frameworks;
using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary><c>./probity frameworks list | check FILE</c>: the built-in framework versions, and validation of a framework file.</summary>
public static class FrameworksCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List the framework versions Probity knows.");
        list.SetAction(_ =>
        {
            foreach (var f in FrameworkCatalog.All.OrderBy(f => f.Id, StringComparer.Ordinal))
            {
                var counts = $"{f.Standards.Count()} standards, {f.KeyQuestions.Count()} key questions, {f.Questions.Items.Count(i => !i.IsKeyQuestion)} prompts";
                Console.Out.WriteLine($"{f.Id,-16} {f.Title} ({counts}{(f.IsRated ? "" : "; no ratings")})");
            }
            return CommandLine.Ok;
        });

        var file = new Argument<string>("FILE") { Description = "A framework version file (JSON)." };
        var check = new Command("check", "Validate a framework file and list every problem with its JSON path.") { file };
        check.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var result = FrameworkFile.Load(path, InputLimits.Current);
            if (!result.Succeeded)
            {
                foreach (var p in result.Problems) Console.Error.WriteLine(p);
                Console.Error.WriteLine($"{result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")} found.");
                return CommandLine.InvalidInput;
            }
            var f = result.Framework!;
            Console.Out.WriteLine($"{path}: {f.Id} is valid ({f.Standards.Count()} standards, {f.KeyQuestions.Count()} key questions, {f.Questions.Items.Count(i => !i.IsKeyQuestion)} prompts).");
            return CommandLine.Ok;
        });
        return new Command("frameworks", "The inspection framework versions.") { list, check };
    }
}
