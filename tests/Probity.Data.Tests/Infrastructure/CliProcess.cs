using System.Diagnostics;
using System.Text;

namespace Probity.Data.Tests.Infrastructure;

/// <summary>The real ./probity command-line interface, run as a subprocess against a chosen database.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly StringBuilder _output = new();
    // Standard output alone as well: the two streams arrive in no fixed order, and a command prints its id on standard output.
    private readonly StringBuilder _standardOutput = new();
    private readonly Process _process;

    private CliProcess(Process process) => _process = process;

    public static CliProcess Start(DatabaseLocation location, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Probity.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove(DatabaseLocation.DatabaseVariable);
        start.Environment.Remove(DatabaseLocation.DataDirVariable);
        if (location.Kind == DatabaseKind.Postgres) start.Environment[DatabaseLocation.DatabaseVariable] = location.ConnectionString;
        else start.Environment[DatabaseLocation.DataDirVariable] = Path.GetDirectoryName(SqliteFile(location))!;
        start.Environment["PROBITY_USER"] = "cli-test";
        var cli = new CliProcess(Process.Start(start)!);
        cli._process.OutputDataReceived += (_, e) =>
        {
            lock (cli._output)
            {
                cli._output.AppendLine(e.Data);
                cli._standardOutput.AppendLine(e.Data);
            }
        };
        cli._process.ErrorDataReceived += (_, e) => { lock (cli._output) cli._output.AppendLine(e.Data); };
        cli._process.BeginOutputReadLine();
        cli._process.BeginErrorReadLine();
        return cli;
    }

    public static string SqliteFile(DatabaseLocation location) => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(location.ConnectionString).DataSource;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>What the command wrote to standard output only (where it prints a new id).</summary>
    public string StandardOutput
    {
        get { lock (_output) return _standardOutput.ToString(); }
    }

    /// <summary>SIGKILL: no chance to roll back or clean up, as when a machine loses power or the process is killed.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
