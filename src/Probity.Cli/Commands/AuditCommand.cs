using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Storage;
using Probity.Data.Audit;

namespace Probity.Cli.Commands;

/// <summary><c>./probity audit verify</c>: checks the audit log's hash chain on the database the environment names.</summary>
public sealed class AuditCommand(DatabaseReadiness database, AuditLog audit)
{
    public static Command Create(IServiceProvider services)
    {
        var verify = new Command("verify", "Check the audit log's hash chain from its first row to its last, and name the first row where it breaks.");
        verify.SetCancellableAction((_, ct) => services.GetRequiredService<AuditCommand>().VerifyAsync(ct));
        return new Command("audit", "The audit log of every change.") { verify };
    }

    private async Task<int> VerifyAsync(CancellationToken ct)
    {
        var location = await database.ReadyAsync(ct);
        Console.Out.WriteLine(location.Description);
        return Print(await audit.VerifyAsync(ct));
    }

    /// <summary>Prints a check's outcome; the exit code says whether the chain holds.</summary>
    public static int Print(AuditVerification check)
    {
        if (check.FirstBreak is { } broken)
        {
            Console.Out.WriteLine($"the audit log has been changed: the chain breaks at {broken}");
            Console.Out.WriteLine($"{check.Rows:N0} rows checked up to there");
            return CommandLine.InvalidInput;
        }
        Console.Out.WriteLine($"the audit log's chain holds: {check.Rows:N0} rows");
        // Kept somewhere else, the last hash shows later that nothing before it was rewritten.
        Console.Out.WriteLine($"last link {check.HeadHash}");
        return CommandLine.Ok;
    }
}
