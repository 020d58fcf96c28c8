using Probity.Core.Input;
using Probity.Exchange.Input;

namespace Probity.Cli;

/// <summary>The reading limits of this run, from the <c>PROBITY_MAX_…</c> variables; a value that is not a number is a usage error.</summary>
public static class InputLimits
{
    private static readonly Lazy<ReadingLimits> FromEnvironment = new(() =>
    {
        try
        {
            return EnvironmentLimits.Read();
        }
        catch (ArgumentException e)
        {
            throw new UserErrorException(e.Message, CommandLine.Usage);
        }
    });

    public static ReadingLimits Current => FromEnvironment.Value;
}
