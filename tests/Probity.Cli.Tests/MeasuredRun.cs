using System.Diagnostics;
using System.Globalization;

namespace Probity.Cli.Tests;

/// <summary>
/// Runs the CLI as a child process and watches its peak resident memory (VmHWM in /proc/PID/status, read every few
/// milliseconds until it exits) and how long it took; a run that outlives its time limit is killed and reported as a hang.
/// </summary>
public static class MeasuredRun
{
    public sealed record Result(int ExitCode, string Out, string Error, long PeakBytes, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(TimeSpan limit, IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Probity.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var exited = process.WaitForExitAsync();
        while (!exited.IsCompleted)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            if (clock.Elapsed > limit)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"probity {string.Join(' ', args)} did not finish in {limit}: a hang, not a refusal");
            }
            await Task.WhenAny(exited, Task.Delay(5));
        }
        await exited;
        return new Result(process.ExitCode, await stdout, await stderr, peak, clock.Elapsed);
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            // the process has just exited
        }
        return 0;
    }
}
