using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Probity.Data.Audit;
using Probity.Data.Migrations;

namespace Probity.Data.Backups;

/// <summary>
/// A copy of the whole database in one file, and the way back. SQLite: the online backup API, which copies a consistent
/// snapshot while the app goes on writing (everything committed before the copy began is in it). PostgreSQL:
/// <c>pg_dump</c> in its custom format, run as the connection's role (the owner role), and <c>pg_restore</c> back.
/// A restore goes only into an empty database, and its audit chain is checked after.
/// </summary>
public sealed class DatabaseBackup
{
    private readonly Database _database;
    private readonly AuditLog _audit;

    internal DatabaseBackup(Database database, AuditLog audit)
    {
        _database = database;
        _audit = audit;
    }

    public DatabaseLocation Location => _database.Location;

    /// <summary>Writes the backup to <paramref name="file"/> (which must not exist yet).</summary>
    public async Task BackupAsync(string file, CancellationToken ct = default)
    {
        if (File.Exists(file)) throw new ChangeRefusedException($"{file} already exists; a backup never overwrites a file");
        if (Location.Kind == DatabaseKind.Sqlite)
        {
            await using var source = new SqliteConnection(Location.ConnectionString);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            await source.OpenAsync(ct);
            await target.OpenAsync(ct);
            source.BackupDatabase(target);
            return;
        }
        await PostgresToolAsync("pg_dump", ["--format=custom", "--no-owner", "--file", file], ct);
    }

    /// <summary>Restores <paramref name="file"/> into this (empty) database, then checks the audit chain it brought.</summary>
    public async Task<AuditVerification> RestoreAsync(string file, CancellationToken ct = default)
    {
        if (!File.Exists(file)) throw new RecordNotFoundException($"there is no backup file {file}");
        var current = await _database.ReadAsync(session => Migrator.CurrentVersionAsync(session, ct), ct);
        if (current != 0) throw new ChangeRefusedException($"the {Location.Description} is not empty (its schema is at version {current}); restore only into a new, empty database");
        if (Location.Kind == DatabaseKind.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await using var target = new SqliteConnection(Location.ConnectionString);
            await source.OpenAsync(ct);
            await target.OpenAsync(ct);
            source.BackupDatabase(target);
        }
        else
        {
            await PostgresToolAsync("pg_restore", ["--no-owner", "--single-transaction", "--exit-on-error", file], ct);
        }
        return await _audit.VerifyAsync(ct);
    }

    /// <summary>Runs a PostgreSQL client tool on this database, with the connection's settings passed the libpq way.</summary>
    private async Task PostgresToolAsync(string tool, IEnumerable<string> args, CancellationToken ct)
    {
        var c = new NpgsqlConnectionStringBuilder(Location.ConnectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--dbname");
        start.ArgumentList.Add(c.Database ?? "");
        if (c.Host is { } host) start.Environment["PGHOST"] = host;
        start.Environment["PGPORT"] = c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (c.Username is { } user) start.Environment["PGUSER"] = user;
        if (c.Password is { } password) start.Environment["PGPASSWORD"] = password;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new StoreException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new StoreException($"{tool} is not installed (apt-get install postgresql-client); it is needed to back up or restore a PostgreSQL database");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0) throw new StoreException($"{tool} failed: {(await error).Trim()}");
        }
    }
}
