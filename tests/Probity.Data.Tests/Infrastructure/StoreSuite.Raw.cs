using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    private readonly List<string> _tempFolders = [];

    /// <summary>A path for an export (not created: export refuses a non-empty folder and creates its own).</summary>
    protected string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"probity-export-{Guid.NewGuid():N}");
        _tempFolders.Add(folder);
        return folder;
    }

    protected void DeleteTempFolders()
    {
        foreach (var f in _tempFolders.Where(Directory.Exists)) Directory.Delete(f, recursive: true);
    }

    protected static async Task<DbConnection> RawConnectAsync(DatabaseLocation location)
    {
        DbConnection connection = location.Kind == DatabaseKind.Sqlite ? new SqliteConnection(location.ConnectionString) : new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs SQL directly, around the application, as an administrator with a database client would.</summary>
    protected static async Task<int> RawExecuteAsync(DatabaseLocation location, string sql)
    {
        await using var connection = await RawConnectAsync(location);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    protected static async Task<List<object?[]>> RawQueryAsync(DatabaseLocation location, string sql)
    {
        await using var connection = await RawConnectAsync(location);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var values = new object?[reader.FieldCount];
            reader.GetValues(values!);
            rows.Add(values.Select(v => v is DBNull ? null : v).ToArray());
        }
        return rows;
    }

    protected static async Task<List<string>> ColumnsAsync(DatabaseLocation location, string table)
    {
        await using var connection = await RawConnectAsync(location);
        await using var command = connection.CreateCommand();
        command.CommandText = $"select * from {table} where 1 = 0";
        await using var reader = await command.ExecuteReaderAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }
}
