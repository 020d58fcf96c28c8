using System.Collections.Concurrent;

namespace Probity.Data.Sql;

/// <summary>
/// Connections for sessions. SQLite's are kept open between sessions with their prepared commands (and their pragmas
/// set once); PostgreSQL's go back to Npgsql's own pool after each session, which keeps the server connections.
/// </summary>
internal sealed class ConnectionPool(Dialect dialect, string connectionString, StatementCounter counter) : IAsyncDisposable, IDisposable
{
    // More sessions than this at once open extra connections, closed when their session ends.
    private const int MaxIdle = 64;

    private readonly ConcurrentStack<PooledConnection> _idle = new();
    private volatile bool _disposed;

    public async Task<PooledConnection> RentAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryPop(out var idle)) return idle;
        var connection = dialect.CreateConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await dialect.ConfigureAsync(connection, counter, ct);
            return new PooledConnection(connection, counter);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Takes back a connection whose session ended with no transaction open.</summary>
    public async ValueTask ReturnAsync(PooledConnection pooled)
    {
        if (dialect.KeepsConnectionsOpen && !_disposed && _idle.Count < MaxIdle)
        {
            _idle.Push(pooled);
            return;
        }
        await pooled.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var pooled)) await pooled.DisposeAsync();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryPop(out var pooled)) pooled.Dispose();
    }
}
