using System.Data.Common;

namespace Probity.Data.Sql;

/// <summary>
/// One open connection, with at most one transaction, and the few helpers every store uses: run a statement, read a
/// scalar, map rows. Parameters are (name, value) pairs; values pass through the dialect so JSON binds correctly.
/// </summary>
internal sealed class DbSession : IAsyncDisposable
{
    private DbSession(DbConnection connection, Dialect dialect)
    {
        Connection = connection;
        Dialect = dialect;
    }

    public DbConnection Connection { get; }
    public Dialect Dialect { get; }
    public DbTransaction? Transaction { get; private set; }

    public static async Task<DbSession> OpenAsync(Dialect dialect, string connectionString, CancellationToken ct)
    {
        var connection = dialect.CreateConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await dialect.ConfigureAsync(connection, ct);
            return new DbSession(connection, dialect);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task BeginAsync(CancellationToken ct) => Transaction = await Connection.BeginTransactionAsync(ct);

    public async Task CommitAsync(CancellationToken ct)
    {
        await Transaction!.CommitAsync(ct);
        await Transaction.DisposeAsync();
        Transaction = null;
    }

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters) Add(command, name, value);
        return command;
    }

    public DbParameter Add(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        Dialect.Bind(p, value);
        command.Parameters.Add(p);
        return p;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(map(reader));
        return rows;
    }

    public async Task<T?> QuerySingleAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
        where T : class
    {
        var rows = await QueryAsync(sql, map, ct, parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null) await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
