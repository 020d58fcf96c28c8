using Probity.Data.Sql;

namespace Probity.Data.Migrations;

/// <summary>A schema change applied to a database: its version number and script name.</summary>
public sealed record AppliedMigration(int Version, string Name);

/// <summary>
/// Applies the versioned SQL scripts embedded under Migrations/{sqlite,postgres}/ (NNNN_name.sql) that the database has
/// not yet had, all in one transaction, recording each in <c>schema_version</c>. Two processes starting at once wait
/// for each other; a database newer than this build is refused rather than used.
/// </summary>
internal static class Migrator
{
    public sealed record Script(int Version, string Name, string Sql);

    public static IReadOnlyList<Script> Scripts(Dialect dialect)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"migrations/{dialect.MigrationFolder}/";
        var scripts = new List<Script>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(resource[prefix.Length..]);
            if (name.Length < 5 || !int.TryParse(name.AsSpan(0, 4), out var version))
                throw new InvalidOperationException($"migration {resource} must be named NNNN_description.sql");
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            scripts.Add(new Script(version, name, reader.ReadToEnd()));
        }
        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < scripts.Count; i++)
            if (scripts[i].Version != i + 1) throw new InvalidOperationException($"migration versions must run 1, 2, 3 … without gaps; found {scripts[i].Name}");
        return scripts;
    }

    public static int LatestVersion(Dialect dialect) => Scripts(dialect).Count;

    public static async Task<IReadOnlyList<AppliedMigration>> MigrateAsync(DbSession session, DateTimeOffset now, CancellationToken ct)
    {
        var dialect = session.Dialect;
        await session.BeginAsync(ct);
        await dialect.LockForMigrationAsync(session, ct);
        await session.ExecuteAsync(dialect.CreateSchemaVersionTable, ct);
        var current = await session.ScalarAsync<int?>("select max(version) from schema_version", ct) ?? 0;
        var scripts = Scripts(dialect);
        if (current > scripts.Count) throw NewerThanThisBuild(current, scripts.Count);
        var applied = new List<AppliedMigration>();
        foreach (var script in scripts.Where(s => s.Version > current))
        {
            // A command of its own: a script runs once, so it is not kept with the connection's prepared commands.
            await using (var command = session.Command(script.Sql)) await command.ExecuteNonQueryAsync(ct);
            await session.ExecuteAsync("insert into schema_version (version, name, applied_at) values (@version, @name, @at)", ct,
                ("version", script.Version), ("name", script.Name), ("at", now));
            applied.Add(new AppliedMigration(script.Version, script.Name));
        }
        // Rows written before the audit chain existed join it, in the order they were written, when it comes.
        if (applied.Count > 0) await Audit.AuditChain.LinkUnlinkedAsync(session, ct);
        await session.CommitAsync(ct);
        return applied;
    }

    public static StoreException NewerThanThisBuild(int current, int latest) =>
        new($"the database's schema is at version {current}, newer than this Probity knows (version {latest}); update Probity before using this database");

    /// <summary>The database's schema version: 0 for a database Probity has never migrated.</summary>
    public static async Task<int> CurrentVersionAsync(DbSession session, CancellationToken ct)
    {
        if (await session.ScalarAsync<long>(session.Dialect.TableExistsSql, ct, ("name", "schema_version")) == 0) return 0;
        return await session.ScalarAsync<int?>("select max(version) from schema_version", ct) ?? 0;
    }
}
