using System.CommandLine;
using Probity.Cli.Storage;

namespace Probity.Cli.Commands;

/// <summary><c>audit verify</c>: checks the audit log's hash chain on the database the environment names.</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var verify = new Command("verify", "Check the audit log's hash chain from its first row to its last, and name the first row where it breaks.");
        verify.SetAction(_ => StoreAccess.Run(async ct =>
        {
            var store = await StoreAccess.OpenAsync(ct);
            var check = await store.Audit.VerifyAsync(ct);
            Console.Out.WriteLine(store.Location.Description);
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
        }));
        return new Command("audit", "The audit log of every change.") { verify };
    }
}
