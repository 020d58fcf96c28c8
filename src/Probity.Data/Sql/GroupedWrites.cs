using System.Runtime.ExceptionServices;

namespace Probity.Data.Sql;

/// <summary>
/// SQLite's writers in this process: one transaction at a time, and every write waiting at that moment in it ("group
/// commit"). Under load almost every save finds another holding SQLite's one write turn; handing the turn on after each
/// save cost a begin, a commit and a thread's hand-over per save, and the saves queued behind the slowest of them. Here
/// whoever finds no transaction running leads: it runs its own write and every write queued so far in one transaction,
/// each inside a savepoint of its own (a write that fails is rolled back alone and answered with its own exception),
/// commits once, and hands the lead to the first write queued meanwhile. A write is answered only after the commit that
/// holds it, so a caller never hears "saved" of anything a failed commit lost.
/// </summary>
internal sealed class GroupedWrites(Func<CancellationToken, Task<DbSession>> open)
{
    // Enough to drain the queue 50 back-to-back users make; a cap keeps the first write of a long queue from waiting for all of it.
    private const int MostPerCommit = 32;

    private readonly Lock _gate = new();
    private readonly Queue<Write> _queued = new();
    private bool _leading;

    public async Task<T> RunAsync<T>(Func<DbSession, Task<T>> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var write = new Write<T>(work, ct);
        bool leads;
        lock (_gate)
        {
            leads = !_leading;
            if (leads) _leading = true;
            else _queued.Enqueue(write);
        }
        // A queued write is either run in a leader's transaction (false) or handed the lead itself (true).
        if (!leads) leads = await write.Turn;
        if (leads) await LeadAsync(write);
        return write.Result();
    }

    private async Task LeadAsync(Write own)
    {
        List<Write> batch = [own];
        lock (_gate)
        {
            while (batch.Count < MostPerCommit && _queued.TryDequeue(out var queued)) batch.Add(queued);
        }
        try
        {
            await RunInOneTransactionAsync(batch);
        }
        finally
        {
            Write? next;
            lock (_gate)
            {
                if (!_queued.TryDequeue(out next)) _leading = false;
            }
            foreach (var write in batch)
                if (write != own) write.Answer();
            // Last: a pool thread runs the continuation it queued last first, so the next transaction starts before the answers are sent.
            next?.Lead();
        }
    }

    private async Task RunInOneTransactionAsync(List<Write> batch)
    {
        DbSession? session = null;
        try
        {
            session = await open(CancellationToken.None);
            await session.BeginAsync(CancellationToken.None);
            var alone = batch.Count == 1;
            var anySucceeded = false;
            foreach (var write in batch)
            {
                if (write.Cancellation.IsCancellationRequested)
                {
                    write.Fail(new OperationCanceledException(write.Cancellation));
                    continue;
                }
                if (!alone) await session.RunUncountedAsync(Savepoint, CancellationToken.None);
                try
                {
                    await write.RunInItsContextAsync(session);
                    if (!alone) await session.RunUncountedAsync(ReleaseSavepoint, CancellationToken.None);
                    anySucceeded = true;
                }
                catch (Exception e)
                {
                    write.Fail(e);
                    // Alone, nothing else is in the transaction: disposing the session rolls it back.
                    if (alone) return;
                    await RollBackOneAsync(session, e);
                }
            }
            if (anySucceeded) await session.CommitAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            // The transaction could not begin or commit, or a savepoint could not be rolled back (SQLite had ended the
            // transaction itself): nothing of the batch is saved, and every write not yet answered hears why.
            foreach (var write in batch) write.Fail(e);
        }
        finally
        {
            if (session is not null) await DisposeQuietlyAsync(session);
        }
    }

    private static async Task RollBackOneAsync(DbSession session, Exception cause)
    {
        try
        {
            await session.RunUncountedAsync(RollbackToSavepoint, CancellationToken.None);
            await session.RunUncountedAsync(ReleaseSavepoint, CancellationToken.None);
        }
        catch (Exception e)
        {
            throw new StoreException($"a save failed ({cause.Message}) and the saves made with it could not be kept apart from it ({e.Message}); none of them was made", e);
        }
    }

    private static async Task DisposeQuietlyAsync(DbSession session)
    {
        try
        {
            await session.DisposeAsync();
        }
        catch (Exception)
        {
            // Every write of the batch has its answer already; a session that could not roll back is not pooled again (DbSession).
        }
    }

    private const string Savepoint = "savepoint one_write";
    private const string ReleaseSavepoint = "release one_write";
    private const string RollbackToSavepoint = "rollback to one_write";

    private abstract class Write(CancellationToken ct)
    {
        // Continuations run on the pool, not inside the leader: the leader goes on to commit and hand over.
        private readonly TaskCompletionSource<bool> _turn = new(TaskCreationOptions.RunContinuationsAsynchronously);
        // The writer's own ExecutionContext (its async-locals: a request's trace, a log scope), not the leader's it runs on.
        private readonly ExecutionContext? _context = ExecutionContext.Capture();
        private ExceptionDispatchInfo? _failure;

        public CancellationToken Cancellation => ct;
        public Task<bool> Turn => _turn.Task;

        public Task RunInItsContextAsync(DbSession session)
        {
            if (_context is null) return RunAsync(session);
            Task? running = null;
            ExecutionContext.Run(_context, _ => running = RunAsync(session), null);
            return running!;
        }

        protected abstract Task RunAsync(DbSession session);

        /// <summary>Keeps the first failure: a write that failed on its own is not blamed for the commit's failure too.</summary>
        public void Fail(Exception e) => _failure ??= ExceptionDispatchInfo.Capture(e);

        public void Answer() => _turn.SetResult(false);
        public void Lead() => _turn.SetResult(true);

        protected void ThrowIfFailed() => _failure?.Throw();
    }

    private sealed class Write<T>(Func<DbSession, Task<T>> work, CancellationToken ct) : Write(ct)
    {
        private T? _result;

        protected override async Task RunAsync(DbSession session) => _result = await work(session);

        public T Result()
        {
            ThrowIfFailed();
            return _result!;
        }
    }
}
