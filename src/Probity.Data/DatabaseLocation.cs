using Microsoft.Data.Sqlite;
using Npgsql;

namespace Probity.Data;

public enum DatabaseKind { Sqlite, Postgres }

/// <summary>
/// Which database Probity uses (exchange format §3): the embedded SQLite file in <c>PROBITY_DATA_DIR</c> by default, or the
/// PostgreSQL server named by the connection string in <c>PROBITY_DATABASE</c> when it is set.
/// </summary>
public sealed record DatabaseLocation(DatabaseKind Kind, string ConnectionString, string Description)
{
    public const string DataDirVariable = "PROBITY_DATA_DIR";
    public const string DatabaseVariable = "PROBITY_DATABASE";
    public const string SqliteFileName = "probity.db";

    public static DatabaseLocation FromEnvironment(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (environment(DatabaseVariable) is { Length: > 0 } server) return Postgres(server);
        return Sqlite(Path.Combine(DataFolder(environment), SqliteFileName));
    }

    /// <summary>PROBITY_DATA_DIR, or the user's own Probity folder: where the SQLite file and other kept files live, whichever database.</summary>
    public static string DataFolder(Func<string, string?>? environment = null) =>
        (environment ?? Environment.GetEnvironmentVariable)(DataDirVariable) is { Length: > 0 } dir
            ? dir
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "probity");

    public static DatabaseLocation Sqlite(string file)
    {
        var full = Path.GetFullPath(file);
        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 };
        return new DatabaseLocation(DatabaseKind.Sqlite, builder.ToString(), $"SQLite database {full}");
    }

    public static DatabaseLocation Postgres(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"{DatabaseVariable} is not a PostgreSQL connection string ({e.Message}); " +
                "write it as Host=…;Port=…;Database=…;Username=…;Password=…");
        }
        // Never print the password: the description goes to terminals and logs.
        var where = $"PostgreSQL database {builder.Database ?? "(default)"} on {builder.Host ?? "localhost"}:{builder.Port}";
        return new DatabaseLocation(DatabaseKind.Postgres, builder.ConnectionString, where);
    }

    public override string ToString() => Description;
}
