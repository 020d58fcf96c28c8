using System.CommandLine;
using Probity.Data;

namespace Probity.Cli;

/// <summary>Exit codes and the one place where an unexpected failure becomes a message instead of a stack trace.</summary>
public static class CommandLine
{
    public const int Ok = 0;

    /// <summary>The input was read and found wrong (a dataset with problems, a decision that breaks a rule).</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;

    /// <summary>Something failed that is not the user's input (a bug, a full disk); the message says what.</summary>
    public const int Failure = 3;

    /// <summary>How long a verb has, after Ctrl+C, to roll back and stop before the process ends anyway.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs the verb the arguments name. Ctrl+C cancels the verb's token: the open transaction rolls back, so the
    /// database is left as it was.
    /// </summary>
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        try
        {
            var code = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = StopTimeout });
            return parse.Errors.Count > 0 ? Usage : code;
        }
        catch (Exception e) when (Known(e) is { } known)
        {
            Console.Error.WriteLine($"probity: {known.Message}");
            return known.ExitCode;
        }
        catch (Exception e)
        {
            // Never a stack trace for the user; PROBITY_DEBUG=1 shows it for us.
            Console.Error.WriteLine($"probity: unexpected failure: {e.Message}");
            if (Environment.GetEnvironmentVariable("PROBITY_DEBUG") == "1") Console.Error.WriteLine(e);
            return Failure;
        }
    }

    /// <summary>
    /// Sets a verb's action, cancelled by Ctrl+C through its token. It yields first: System.CommandLine 2.0 starts listening
    /// for Ctrl+C only once the action has handed back its task, and the embedded database's async calls complete
    /// synchronously, so without the yield a verb on SQLite would run to its end before Ctrl+C could reach the token.
    /// </summary>
    public static void SetCancellableAction(this Command command, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parse, ct) =>
        {
            await Task.Yield();
            return await action(parse, ct);
        });

    /// <summary>A failure the user can act on, as the message and exit code it deserves; null for a bug.</summary>
    private static UserErrorException? Known(Exception failure) => failure switch
    {
        UserErrorException user => user,
        OperationCanceledException cancelled when cancelled.CancellationToken.IsCancellationRequested => new UserErrorException("cancelled; nothing was changed", Failure),
        ChangeRefusedException or RecordNotFoundException => new UserErrorException(failure.Message, InvalidInput),
        StoreException or IOException or UnauthorizedAccessException => new UserErrorException(failure.Message, Failure),
        _ => null,
    };
}

/// <summary>A failure the user can act on, with the exit code it deserves.</summary>
public sealed class UserErrorException(string message, int exitCode = CommandLine.InvalidInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
