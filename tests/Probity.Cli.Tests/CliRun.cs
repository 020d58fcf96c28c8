using System.CommandLine;

namespace Probity.Cli.Tests;

/// <summary>Console output is process-wide, so the tests that capture it never run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}

/// <summary>Runs a verb in process, as <c>./probity</c> would, and captures what it prints and its exit code.</summary>
public static class CliRun
{
    private static readonly Lock Gate = new();

    public static (int Exit, string Out, string Error) Run(Command verb, params string[] args)
    {
        lock (Gate)
        {
            var (stdout, stderr) = (Console.Out, Console.Error);
            var output = new StringWriter();
            var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var exit = CommandLine.Run(new RootCommand { verb }, [verb.Name, .. args]);
                return (exit, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(stdout);
                Console.SetError(stderr);
            }
        }
    }

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Probity.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run the tests from inside the Probity repository");
    }
}
