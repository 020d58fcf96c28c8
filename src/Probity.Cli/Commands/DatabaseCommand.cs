using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Probity.Data.Migrations;

namespace Probity.Cli.Commands;

/// <summary>
/// <c>./probity db migrate</c>: creates the database or brings its schema up to date — the only way a PostgreSQL database
/// is migrated. The database is the SQLite file in PROBITY_DATA_DIR, or the PostgreSQL server in PROBITY_DATABASE (exchange format §3).
/// </summary>
public sealed class DatabaseCommand(DatabaseSchema schema)
{
    public static Command Create(IServiceProvider services)
    {
        var migrate = new Command("migrate", "Create the database or bring its schema up to date, and print what was applied.");
        migrate.SetCancellableAction((_, ct) => services.GetRequiredService<DatabaseCommand>().MigrateAsync(ct));
        var db = new Command("db", "The Probity database (SQLite in PROBITY_DATA_DIR, or PostgreSQL when PROBITY_DATABASE is set).") { migrate };
        foreach (var command in BackupCommands.Create(services)) db.Subcommands.Add(command);
        return db;
    }

    private async Task<int> MigrateAsync(CancellationToken ct)
    {
        var applied = await schema.MigrateAsync(ct);
        Console.Out.WriteLine(schema.Location.Description);
        foreach (var migration in applied) Console.Out.WriteLine($"applied {migration.Name}");
        Console.Out.WriteLine(applied.Count == 0
            ? $"the schema is up to date (version {schema.LatestVersion}); nothing to apply"
            : $"the schema is now at version {schema.LatestVersion}");
        var role = DatabaseSchema.ApplicationRoleName;
        if (await schema.GrantApplicationRoleAsync(role, ct))
            Console.Out.WriteLine($"granted the application role {role} its rights: no DDL; only SELECT and INSERT on the audit log");
        return CommandLine.Ok;
    }
}
