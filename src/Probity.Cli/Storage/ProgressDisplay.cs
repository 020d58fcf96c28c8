using Spectre.Console;

namespace Probity.Cli.Storage;

/// <summary>
/// Progress bars for long imports and exports, drawn on standard error so standard output stays clean for scripts;
/// nothing at all when standard error is not a terminal.
/// </summary>
public static class ProgressDisplay
{
    public static bool Enabled => !Console.IsErrorRedirected;

    public static async Task<T> RunAsync<T>(Func<ProgressTasks, Task<T>> work)
    {
        if (!Enabled) return await work(new ProgressTasks(null));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(ctx => work(new ProgressTasks(ctx)));
    }
}

/// <summary>The steps of one command; each is a bar (with a total) or a spinner (without).</summary>
public sealed class ProgressTasks(ProgressContext? context)
{
    public Step Start(string description, double? total = null)
    {
        if (context is null) return new Step(null);
        var task = context.AddTask(Markup.Escape(description), maxValue: total ?? 1);
        task.IsIndeterminate = total is null;
        return new Step(task);
    }

    public sealed class Step(ProgressTask? task)
    {
        public void Report(double done)
        {
            if (task is not null) task.Value = done;
        }

        public void Done()
        {
            if (task is null) return;
            task.IsIndeterminate = false;
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }
}
