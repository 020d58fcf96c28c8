using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Cli.Storage;
using Probity.Data.Backups;

namespace Probity.Cli.Commands;

/// <summary><c>db backup FILE</c> and <c>db restore FILE</c>: the whole database to one file and back, on either database.</summary>
public static class BackupCommands
{
    public static Command Backup()
    {
        var file = new Argument<string>("FILE") { Description = "The backup file to write; it must not exist." };
        var command = new Command("backup", "Copy the whole database to FILE, safely while the web app runs (PostgreSQL: pg_dump, run as the owner role).") { file };
        command.SetAction(parse => StoreAccess.Run(async ct =>
        {
            var backup = StoreAccess.Services.GetRequiredService<DatabaseBackup>();
            var path = Path.GetFullPath(parse.GetValue(file)!);
            await backup.BackupAsync(path, ct);
            Console.Out.WriteLine($"backed up the {backup.Location.Description} to {path}");
            return CommandLine.Ok;
        }));
        return command;
    }

    public static Command Restore()
    {
        var file = new Argument<string>("FILE") { Description = "A file written by db backup." };
        var command = new Command("restore", "Restore a backup into an empty database, then check its audit chain.") { file };
        command.SetAction(parse => StoreAccess.Run(async ct =>
        {
            var backup = StoreAccess.Services.GetRequiredService<DatabaseBackup>();
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var check = await backup.RestoreAsync(path, ct);
            Console.Out.WriteLine($"restored {path} into the {backup.Location.Description}");
            if (check.FirstBreak is { } broken)
            {
                Console.Out.WriteLine($"but its audit log has been changed: the chain breaks at {broken}");
                return CommandLine.InvalidInput;
            }
            Console.Out.WriteLine($"the audit log's chain holds: {check.Rows:N0} rows; last link {check.HeadHash}");
            return CommandLine.Ok;
        }));
        return command;
    }
}
