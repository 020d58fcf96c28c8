using Probity.Data;
using Probity.Data.Migrations;

namespace Probity.Cli.Storage;

/// <summary>
/// The one migration rule, for a verb about to use the database: the embedded SQLite database migrates itself (and says
/// what it applied); a PostgreSQL database must already be at this build's schema, else the verb stops with the
/// instruction to run <c>./probity db migrate</c>.
/// </summary>
public sealed class DatabaseReadiness(DatabaseSchema schema)
{
    public DatabaseLocation Location => schema.Location;

    public async Task<DatabaseLocation> ReadyAsync(CancellationToken ct)
    {
        foreach (var migration in await schema.PrepareAsync(ct)) Console.Error.WriteLine($"probity: {schema.Location}: applied migration {migration.Name}");
        return schema.Location;
    }
}
