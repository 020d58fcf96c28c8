using System.Data.Common;

namespace Probity.Data.Sql;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file once a write has given up its turn. SQLite's own
/// automatic checkpoint runs inside the commit that takes the log past a thousand pages: the copy and two fsyncs, while
/// that writer still holds the one write turn and every other save queues behind it. Here every hundredth write
/// checkpoints after its turn, beside the next writers (a passive checkpoint never blocks them); SQLite's own stays as a
/// backstop at a longer log (<see cref="SqliteDialect.ConfigureAsync"/>).
/// </summary>
internal sealed class LogCheckpoints(ConnectionPool pool, string sql)
{
    private const int WritesPerCheckpoint = 100;

    private int _writes;
    private int _running;

    public async Task AfterCommitAsync()
    {
        if (Interlocked.Increment(ref _writes) % WritesPerCheckpoint != 0 || Interlocked.Exchange(ref _running, 1) == 1) return;
        try
        {
            var pooled = await pool.RentAsync(CancellationToken.None);
            try
            {
                await using var command = pooled.Connection.CreateCommand();
                command.CommandText = sql;
                // Not counted in the statement counter: housekeeping on every hundredth write, not a statement a page asks for.
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            finally
            {
                await pool.ReturnAsync(pooled);
            }
        }
        catch (DbException)
        {
            // The save this follows is committed; a checkpoint that could not run now is done by the next one, or by SQLite's own.
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
