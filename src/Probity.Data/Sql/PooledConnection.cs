using System.Data.Common;

namespace Probity.Data.Sql;

/// <summary>
/// An open connection with the commands already run on it, kept by their SQL text. Microsoft.Data.Sqlite prepares a
/// command's statements on its first run and keeps them with the command, so running the same command object again
/// skips the preparation; a new command object (or a closed connection) prepares again.
/// </summary>
internal sealed class PooledConnection(DbConnection connection, StatementCounter counter) : IAsyncDisposable, IDisposable
{
    // Enough for every fixed statement the stores run; SQL built per call (IN lists, multi-row inserts) beyond it is not kept.
    private const int MaxCommands = 256;

    private readonly Dictionary<string, CachedCommand> _commands = new(StringComparer.Ordinal);

    public DbConnection Connection => connection;
    public StatementCounter Counter => counter;

    /// <summary>The command for <paramref name="sql"/>: the kept one (now in use, so not handed out twice), or a new one.</summary>
    public CachedCommand Take(string sql)
    {
        if (_commands.Remove(sql, out var kept)) return kept with { Prepared = false };
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return new CachedCommand(command, StatementCounter.StatementsIn(sql), Prepared: true);
    }

    /// <summary>Keeps a command that ran cleanly for the next use of the same SQL; one that failed is thrown away.</summary>
    public async ValueTask GiveBackAsync(CachedCommand cached, bool ranCleanly)
    {
        cached.Command.Parameters.Clear();
        if (ranCleanly && _commands.Count < MaxCommands && _commands.TryAdd(cached.Command.CommandText, cached)) return;
        await cached.Command.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var cached in _commands.Values) await cached.Command.DisposeAsync();
        _commands.Clear();
        await connection.DisposeAsync();
    }

    public void Dispose()
    {
        foreach (var cached in _commands.Values) cached.Command.Dispose();
        _commands.Clear();
        connection.Dispose();
    }
}

/// <summary>A command and what running it costs: its statement count, and whether they are prepared on this run.</summary>
internal sealed record CachedCommand(DbCommand Command, int Statements, bool Prepared);
