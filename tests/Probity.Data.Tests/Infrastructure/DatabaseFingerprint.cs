using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Probity.Data.Tests.Infrastructure;

/// <summary>
/// Everything in a database reduced to one comparable text: every table, its row count and a hash of its rows (sorted,
/// so row order does not matter). Two equal fingerprints mean the same data.
/// </summary>
public static class DatabaseFingerprint
{
    public static async Task<string> TakeAsync(DatabaseLocation location)
    {
        await using DbConnection connection = location.Kind == DatabaseKind.Sqlite
            ? new SqliteConnection(location.ConnectionString)
            : new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync();
        var tables = await ListAsync(connection, location.Kind == DatabaseKind.Sqlite
            ? "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name"
            : "select table_name from information_schema.tables where table_schema = 'public' order by table_name");
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            var rows = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"select * from {table}";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                    rows.Add(string.Join("|", values.Select(v => v is byte[] b ? Convert.ToHexString(b) : Convert.ToString(v, CultureInfo.InvariantCulture))));
                }
            }
            rows.Sort(StringComparer.Ordinal);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows))))[..16];
            text.AppendLine(CultureInfo.InvariantCulture, $"{table}: {rows.Count} rows {hash}");
        }
        return text.ToString();
    }

    private static async Task<List<string>> ListAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }
}
