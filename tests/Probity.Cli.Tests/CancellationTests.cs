using System.Diagnostics;
using Probity.Tests.Shared;

namespace Probity.Cli.Tests;

/// <summary>Issue 12: Ctrl+C cancels a verb through its token — the open transaction rolls back — and says so, without a stack trace.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Ctrl_C_stops_a_long_generate_through_its_token()
    {
        using var data = new TempFolder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Probity.Cli.dll"));
        foreach (var argument in new[] { "generate", "--inspections", "100000" }) start.ArgumentList.Add(argument);
        start.Environment["PROBITY_DATA_DIR"] = data.Path;
        using var process = Process.Start(start)!;
        var error = new System.Text.StringBuilder();
        var migrated = new TaskCompletionSource();
        process.ErrorDataReceived += (_, line) =>
        {
            lock (error) error.AppendLine(line.Data);
            if (line.Data?.Contains("applied migration", StringComparison.Ordinal) == true) migrated.TrySetResult();
        };
        process.BeginErrorReadLine();
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            await migrated.Task.WaitAsync(TimeSpan.FromMinutes(2));
            // Well inside the run: 100,000 inspections take many minutes.
            await Task.Delay(TimeSpan.FromSeconds(5));
            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await interrupt.WaitForExitAsync();
            // Were the token not heeded, System.CommandLine would give up on the verb with 130 (or the signal would end the process).
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        process.WaitForExit();
        var said = error.ToString();
        Assert.True(process.ExitCode == CommandLine.Failure, $"exit {process.ExitCode}\n{said}");
        var cancelled = System.Text.RegularExpressions.Regex.Match(said, @"probity: cancelled; the ([\d,]+) inspection\(s\) stored before stay in the SQLite database");
        Assert.True(cancelled.Success, said);
        Assert.DoesNotContain("probity: generated", said);
        Assert.Equal("", await output);
        Assert.False(CliProcess.HasStackTrace(said), said);
        // The inspection under way rolled back: the database holds exactly the ones said, and is usable.
        var list = CliProcess.Run(new Dictionary<string, string> { ["PROBITY_DATA_DIR"] = data.Path }, "inspections");
        Assert.True(list.ExitCode == 0, list.Error);
        var count = int.Parse(cancelled.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 0, "Ctrl+C came before any inspection was stored; the test waits too little");
        Assert.Equal(count, list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
