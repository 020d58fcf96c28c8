using System.Data.Common;

namespace Probity.Data.Sql;

/// <summary>
/// One connection from the pool, with at most one transaction, and the few helpers every store uses: run a statement,
/// read a scalar, map rows, read several result sets from one command. Parameters are (name, value) pairs; values pass
/// through the dialect so JSON binds correctly. The helpers reuse the connection's prepared commands.
/// </summary>
internal sealed class DbSession : IAsyncDisposable
{
    private readonly ConnectionPool _pool;
    private readonly PooledConnection _pooled;

    private DbSession(ConnectionPool pool, PooledConnection pooled, Dialect dialect)
    {
        _pool = pool;
        _pooled = pooled;
        Dialect = dialect;
    }

    public DbConnection Connection => _pooled.Connection;
    public Dialect Dialect { get; }
    public DbTransaction? Transaction { get; private set; }

    public static async Task<DbSession> OpenAsync(ConnectionPool pool, Dialect dialect, CancellationToken ct) =>
        new(pool, await pool.RentAsync(ct), dialect);

    public async Task BeginAsync(CancellationToken ct)
    {
        Transaction = await Connection.BeginTransactionAsync(ct);
        if (Dialect.SendsBeginAtOnce) _pooled.Counter.Executed(1, prepared: true);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        await Transaction!.CommitAsync(ct);
        _pooled.Counter.Executed(1, prepared: true);
        await Transaction.DisposeAsync();
        Transaction = null;
    }

    /// <summary>
    /// A statement of the write batches' own (<see cref="GroupedWrites"/>: a savepoint, its release or rollback), not
    /// counted: the counter holds what a page asks for, and how many writes share a commit depends on the moment.
    /// </summary>
    public Task RunUncountedAsync(string sql, CancellationToken ct) =>
        RunAsync(sql, [], (command, token) => command.ExecuteNonQueryAsync(token), ct, counted: false);

    /// <summary>A command of its own, not kept: for the bulk paths, which prepare it once and run it many times.</summary>
    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters) Add(command, name, value);
        _pooled.Counter.Executed(StatementCounter.StatementsIn(sql), prepared: true);
        return command;
    }

    public DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        Dialect.Bind(parameter, value);
        command.Parameters.Add(parameter);
        return parameter;
    }

    public Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        RunAsync(sql, parameters, (command, token) => command.ExecuteNonQueryAsync(token), ct);

    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var value = await RunAsync(sql, parameters, (command, token) => command.ExecuteScalarAsync(token), ct);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        ReadAsync(sql, async (reader, token) =>
        {
            var rows = new List<T>();
            while (await reader.ReadAsync(token)) rows.Add(map(reader));
            return rows;
        }, ct, parameters);

    public async Task<T?> QuerySingleAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
        where T : class
    {
        var rows = await QueryAsync(sql, map, ct, parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>
    /// Runs <paramref name="sql"/> (one statement, or several separated by semicolons: one round trip) and hands the
    /// reader to <paramref name="read"/>, which moves from one result set to the next with NextResultAsync.
    /// </summary>
    public Task<T> ReadAsync<T>(string sql, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken ct,
        params (string Name, object? Value)[] parameters) =>
        RunAsync(sql, parameters, async (command, token) =>
        {
            await using var reader = await command.ExecuteReaderAsync(token);
            return await read(reader, token);
        }, ct);

    private async Task<T> RunAsync<T>(string sql, (string Name, object? Value)[] parameters, Func<DbCommand, CancellationToken, Task<T>> run, CancellationToken ct,
        bool counted = true)
    {
        var cached = _pooled.Take(sql);
        var command = cached.Command;
        var ranCleanly = false;
        try
        {
            command.Transaction = Transaction;
            foreach (var (name, value) in parameters) Add(command, name, value);
            if (counted) _pooled.Counter.Executed(cached.Statements, cached.Prepared);
            var result = await run(command, ct);
            ranCleanly = true;
            return result;
        }
        finally
        {
            await _pooled.GiveBackAsync(cached, ranCleanly);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
        {
            try
            {
                await Transaction.DisposeAsync();
            }
            catch
            {
                // A connection that could not roll back is not handed to the next session.
                await _pooled.DisposeAsync();
                throw;
            }
        }
        await _pool.ReturnAsync(_pooled);
    }
}
