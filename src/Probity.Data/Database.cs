using System.Data.Common;
using Probity.Data.Sql;

namespace Probity.Data;

/// <summary>
/// The database every store works on, owned once per host: where it is, its dialect, its connections, and the two ways a
/// store uses it — a read, or a write in one transaction (all of it saved, or none). Constructing it opens nothing;
/// the first session does.
/// </summary>
internal sealed class Database : IAsyncDisposable, IDisposable
{
    private readonly ConnectionPool _pool;

    // SQLite lets one transaction write at a time. This process's writers queue here, waiting without a thread, and
    // whatever has queued while one transaction runs goes into the next, with one commit (left to SQLite, each writer
    // would block a thread in its busy handler, which sleeps in steps of up to 100 ms; writers in other processes, such
    // as a command run beside `serve`, still wait there).
    private readonly GroupedWrites? _grouped;
    private readonly LogCheckpoints? _checkpoints;

    public Database(DatabaseLocation location)
    {
        Location = location;
        Dialect = Dialect.For(location.Kind);
        _pool = new ConnectionPool(Dialect, location.ConnectionString, Statements);
        _grouped = Dialect.OneWriterAtATime ? new GroupedWrites(OpenSessionAsync) : null;
        _checkpoints = Dialect.CheckpointSql is { } checkpoint ? new LogCheckpoints(_pool, checkpoint) : null;
    }

    public DatabaseLocation Location { get; }
    public Dialect Dialect { get; }

    /// <summary>What the stores have asked of the database (for the tests that hold a page's statement count).</summary>
    public StatementCounter Statements { get; } = new();

    public async Task<T> ReadAsync<T>(Func<DbSession, Task<T>> work, CancellationToken ct)
    {
        await using var session = await OpenSessionAsync(ct);
        return await work(session);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is saved, or none.</summary>
    public async Task<T> WriteAsync<T>(Func<DbSession, Task<T>> work, CancellationToken ct)
    {
        var result = await WriteInTurnAsync(work, ct);
        if (_checkpoints is not null) await _checkpoints.AfterCommitAsync();
        return result;
    }

    private async Task<T> WriteInTurnAsync<T>(Func<DbSession, Task<T>> work, CancellationToken ct)
    {
        try
        {
            return _grouped is not null ? await _grouped.RunAsync(work, ct) : await WriteAloneAsync(work, ct);
        }
        catch (DbException e) when (Dialect.IsUniqueViolation(e))
        {
            throw new EditConflictException($"someone else saved the same record at the same moment, so this save was not made; reload and try again ({e.Message})");
        }
    }

    private async Task<T> WriteAloneAsync<T>(Func<DbSession, Task<T>> work, CancellationToken ct)
    {
        await using var session = await OpenSessionAsync(ct);
        await session.BeginAsync(ct);
        var result = await work(session);
        await session.CommitAsync(ct);
        return result;
    }

    public Task WriteAsync(Func<DbSession, Task> work, CancellationToken ct) =>
        WriteAsync(async session => { await work(session); return true; }, ct);

    public async Task<DbSession> OpenSessionAsync(CancellationToken ct)
    {
        try
        {
            return await DbSession.OpenAsync(_pool, Dialect, ct);
        }
        catch (DbException e)
        {
            throw new StoreException($"could not open the {Location.Description}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Runs one statement synchronously on a connection of its own, then closes it: only for a caller whose interface is
    /// synchronous (ASP.NET Core's key repository), which would otherwise have to block on an async call. Writers through
    /// here do not take <see cref="WriteAsync{T}"/>'s turn; on SQLite they wait in its busy handler, as another process would.
    /// </summary>
    public T RunNow<T>(string sql, Func<DbCommand, T> run, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            using var connection = Dialect.CreateConnection(Location.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                Dialect.Bind(parameter, value);
                command.Parameters.Add(parameter);
            }
            Statements.Executed(StatementCounter.StatementsIn(sql), prepared: true);
            return run(command);
        }
        catch (DbException e)
        {
            throw new StoreException($"could not use the {Location.Description}: {e.Message}", e);
        }
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();

    public void Dispose() => _pool.Dispose();
}
