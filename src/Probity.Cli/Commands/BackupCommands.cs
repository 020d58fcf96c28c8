using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Data.Backups;

namespace Probity.Cli.Commands;

/// <summary><c>db backup FILE</c> and <c>db restore FILE</c>: the whole database to one file and back, on either database.</summary>
public sealed class BackupCommands(DatabaseBackup backup)
{
    public static IEnumerable<Command> Create(IServiceProvider services)
    {
        var backupFile = new Argument<string>("FILE") { Description = "The backup file to write; it must not exist." };
        var backup = new Command("backup", "Copy the whole database to FILE, safely while the web app runs (PostgreSQL: pg_dump, run as the owner role).") { backupFile };
        backup.SetCancellableAction((parse, ct) => services.GetRequiredService<BackupCommands>().BackupAsync(parse.GetValue(backupFile)!, ct));
        var restoreFile = new Argument<string>("FILE") { Description = "A file written by db backup." };
        var restore = new Command("restore", "Restore a backup into an empty database, then check its audit chain.") { restoreFile };
        restore.SetCancellableAction((parse, ct) => services.GetRequiredService<BackupCommands>().RestoreAsync(parse.GetValue(restoreFile)!, ct));
        return [backup, restore];
    }

    private async Task<int> BackupAsync(string file, CancellationToken ct)
    {
        var path = Path.GetFullPath(file);
        await backup.BackupAsync(path, ct);
        Console.Out.WriteLine($"backed up the {backup.Location.Description} to {path}");
        return CommandLine.Ok;
    }

    private async Task<int> RestoreAsync(string file, CancellationToken ct)
    {
        var path = Path.GetFullPath(file);
        var check = await backup.RestoreAsync(path, ct);
        Console.Out.WriteLine($"restored {path} into the {backup.Location.Description}");
        return AuditCommand.Print(check);
    }
}
