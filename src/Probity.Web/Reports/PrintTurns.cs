namespace Probity.Web.Reports;

/// <summary>
/// One print at a time, the others waiting their turn in order of arrival; when <see cref="Limit"/> are already waiting
/// or printing, the next is refused at once (<see cref="PrintQueueFullException"/>) rather than tying up the server.
/// </summary>
public sealed class PrintTurns(int limit) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private int _queued;

    /// <summary>How many prints may wait or run at once.</summary>
    public int Limit { get; } = limit;

    /// <exception cref="PrintQueueFullException">The queue is full.</exception>
    public async Task<T> RunAsync<T>(Func<Task<T>> print, CancellationToken ct)
    {
        if (Interlocked.Increment(ref _queued) > Limit)
        {
            Interlocked.Decrement(ref _queued);
            throw new PrintQueueFullException();
        }
        try
        {
            await _turn.WaitAsync(ct);
            try { return await print(); }
            finally { _turn.Release(); }
        }
        finally
        {
            Interlocked.Decrement(ref _queued);
        }
    }

    public void Dispose() => _turn.Dispose();
}

/// <summary>The printer's queue is full: the download is refused with 503, to be tried again shortly.</summary>
public sealed class PrintQueueFullException() : Exception("Too many reports are being printed at the moment. Try again in a minute.");
