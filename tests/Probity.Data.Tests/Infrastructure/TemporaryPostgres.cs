using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Probity.Data.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server of our own for tests and benchmarks: initdb into a temporary folder, started with pg_ctl on a
/// free loopback port, torn down afterwards. Uses the Debian server binaries (/usr/lib/postgresql/N/bin, package
/// <c>postgresql</c>); as root, they run as the <c>postgres</c> user, since the server refuses to run as root.
/// </summary>
public sealed class TemporaryPostgres : IDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgresUser;
    private bool _keep;

    private TemporaryPostgres(string bin, string folder, int port, bool asPostgresUser)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    public static TemporaryPostgres Start() => Start(Path.Combine(Path.GetTempPath(), $"probity-pg-{Guid.NewGuid():N}"), keep: false, []);

    /// <summary>
    /// A server whose data folder is kept between runs, so a benchmark builds its large database once: initialised on first
    /// use, started on a free port with the extra <paramref name="settings"/> ("name=value"), and only stopped on dispose.
    /// </summary>
    public static TemporaryPostgres StartKept(string folder, params string[] settings) => Start(folder, keep: true, settings);

    private static TemporaryPostgres Start(string folder, bool keep, string[] settings)
    {
        var bin = FindBinaries();
        Directory.CreateDirectory(folder);
        var asPostgres = Environment.UserName == "root";
        if (asPostgres) Run("chown", ["postgres:postgres", folder], asPostgresUser: false);
        var port = FreePort();
        var server = new TemporaryPostgres(bin, folder, port, asPostgres) { _keep = keep };
        try
        {
            if (!File.Exists(Path.Combine(server.DataFolder, "PG_VERSION")))
                server.Tool("initdb", ["-D", server.DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
            // Durability settings off: a test server's data is thrown away; nothing here depends on fsync.
            var extra = string.Concat(settings.Select(x => $" -c {x}"));
            server.Tool("pg_ctl", ["-D", server.DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200{extra}", "start"]);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    private string DataFolder => Path.Combine(_folder, "data");

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true, Timeout = 30 }.ConnectionString;

    /// <summary>A new, empty database on this server.</summary>
    public async Task<DatabaseLocation> CreateDatabaseAsync(string? name = null)
    {
        name ??= $"probity_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"create database {name}", connection);
        await command.ExecuteNonQueryAsync();
        return DatabaseLocation.Postgres(ConnectionString(name));
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(DataFolder) && File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
                Tool("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            if (!_keep)
                try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private void Tool(string name, string[] args) => Run(Path.Combine(_bin, name), args, _asPostgresUser);

    private static void Run(string file, string[] args, bool asPostgresUser)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file }) start.ArgumentList.Add(a);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new InvalidOperationException($"{file} did not finish in two minutes"); }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
    }

    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found in /usr/lib/postgresql/*/bin; install the Debian package postgresql (./scripts/test does)");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
