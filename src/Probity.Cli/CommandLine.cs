using System.CommandLine;

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

    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        try
        {
            var code = parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            return parse.Errors.Count > 0 ? Usage : code;
        }
        catch (UserErrorException e)
        {
            Console.Error.WriteLine($"probity: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"probity: {e.Message}");
            return Failure;
        }
        catch (Exception e)
        {
            // Never a stack trace for the user; PROBITY_DEBUG=1 shows it for us.
            Console.Error.WriteLine($"probity: unexpected failure: {e.Message}");
            if (Environment.GetEnvironmentVariable("PROBITY_DEBUG") == "1") Console.Error.WriteLine(e);
            return Failure;
        }
    }
}

/// <summary>A failure the user can act on, with the exit code it deserves.</summary>
public sealed class UserErrorException(string message, int exitCode = CommandLine.InvalidInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
