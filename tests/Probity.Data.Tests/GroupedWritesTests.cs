using System.Data.Common;
using Microsoft.Data.Sqlite;
using Probity.Data.Sql;

namespace Probity.Data.Tests;

/// <summary>
/// SQLite's writers share a transaction when they queue behind one another (<see cref="GroupedWrites"/>): each must still be
/// saved or refused on its own, and answered only once its transaction has committed.
/// </summary>
public sealed class GroupedWritesTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"probity-grouped-{Guid.NewGuid():N}");
    private Database _database = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _database = new Database(DatabaseLocation.Sqlite(Path.Combine(_folder, "probity.db")));
        await _database.WriteAsync(session => session.ExecuteAsync(
            "create table parent (id integer primary key); insert into parent (id) values (1); " +
            "create table saved (name text primary key, parent_id integer references parent (id) deferrable initially deferred)",
            CancellationToken.None), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// Holds the one running transaction open until <paramref name="release"/> completes, so that the writes started
    /// meanwhile queue and are run together in the next.
    /// </summary>
    private Task HoldTheTurnAsync(Task release) =>
        _database.WriteAsync(async session =>
        {
            await release;
            await Insert(session, "holder");
        }, CancellationToken.None);

    private static Task<int> Insert(DbSession session, string name, long parent = 1) =>
        session.ExecuteAsync("insert into saved (name, parent_id) values (@name, @parent)", CancellationToken.None, ("name", name), ("parent", parent));

    private Task<List<string>> SavedAsync() =>
        _database.ReadAsync(session => session.QueryAsync("select name from saved order by name", r => r.GetString(0), CancellationToken.None), CancellationToken.None);

    [Fact]
    public async Task Writes_queued_together_share_one_transaction_and_a_failing_one_is_rolled_back_alone()
    {
        var release = new TaskCompletionSource();
        var holder = HoldTheTurnAsync(release.Task);
        var transactions = new DbTransaction?[6];
        var writes = Enumerable.Range(0, 6).Select(i => _database.WriteAsync(async session =>
        {
            transactions[i] = session.Transaction;
            await Insert(session, $"write {i}");
            if (i is 2 or 4) throw new ChangeRefusedException($"write {i} is refused after its insert");
            return i;
        }, CancellationToken.None)).ToList();
        release.SetResult();
        await holder;

        foreach (var i in new[] { 0, 1, 3, 5 }) Assert.Equal(i, await writes[i]);
        foreach (var i in new[] { 2, 4 })
            Assert.Equal($"write {i} is refused after its insert", (await Assert.ThrowsAsync<ChangeRefusedException>(() => writes[i])).Message);
        Assert.Equal(["holder", "write 0", "write 1", "write 3", "write 5"], await SavedAsync());
        // The six queued behind the holder ran in one transaction (one commit), not six.
        Assert.NotNull(transactions[0]);
        Assert.All(transactions, t => Assert.Same(transactions[0], t));
    }

    [Fact]
    public async Task A_duplicate_in_a_shared_transaction_is_an_edit_conflict_for_its_writer_only()
    {
        var release = new TaskCompletionSource();
        var holder = HoldTheTurnAsync(release.Task);
        var first = _database.WriteAsync(session => Insert(session, "same"), CancellationToken.None);
        var second = _database.WriteAsync(session => Insert(session, "same"), CancellationToken.None);
        var other = _database.WriteAsync(session => Insert(session, "other"), CancellationToken.None);
        release.SetResult();
        await holder;

        Assert.Equal(1, await first);
        await Assert.ThrowsAsync<EditConflictException>(() => second);
        Assert.Equal(1, await other);
        Assert.Equal(["holder", "other", "same"], await SavedAsync());
    }

    [Fact]
    public async Task When_the_shared_commit_fails_no_write_in_it_is_answered_as_saved()
    {
        var release = new TaskCompletionSource();
        var holder = HoldTheTurnAsync(release.Task);
        var good = _database.WriteAsync(session => Insert(session, "good"), CancellationToken.None);
        // Checked only at the commit: a parent that does not exist.
        var orphan = _database.WriteAsync(session => Insert(session, "orphan", parent: 99), CancellationToken.None);
        release.SetResult();
        await holder;

        var goodFailure = await Assert.ThrowsAnyAsync<DbException>(() => good);
        var orphanFailure = await Assert.ThrowsAnyAsync<DbException>(() => orphan);
        Assert.Contains("FOREIGN KEY", goodFailure.Message, StringComparison.Ordinal);
        Assert.Same(goodFailure, orphanFailure);
        Assert.Equal(["holder"], await SavedAsync());

        // The queue goes on: the next write is saved.
        await _database.WriteAsync(session => Insert(session, "after"), CancellationToken.None);
        Assert.Equal(["after", "holder"], await SavedAsync());
    }

    [Fact]
    public async Task A_write_cancelled_while_it_waits_is_not_made()
    {
        var release = new TaskCompletionSource();
        var holder = HoldTheTurnAsync(release.Task);
        using var cancel = new CancellationTokenSource();
        var ran = false;
        var cancelled = _database.WriteAsync(async session =>
        {
            ran = true;
            await Insert(session, "cancelled");
        }, cancel.Token);
        var kept = _database.WriteAsync(session => Insert(session, "kept"), CancellationToken.None);
        await cancel.CancelAsync();
        release.SetResult();
        await holder;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(ran);
        Assert.Equal(1, await kept);
        Assert.Equal(["holder", "kept"], await SavedAsync());
    }

    private static readonly AsyncLocal<string?> Writer = new();

    [Fact]
    public async Task A_write_run_in_a_shared_transaction_sees_its_own_writers_async_locals_not_the_leaders()
    {
        var release = new TaskCompletionSource();
        Writer.Value = "holder";
        var holder = HoldTheTurnAsync(release.Task);
        var seen = new string[3];
        var writes = Enumerable.Range(0, 3).Select(i =>
        {
            Writer.Value = $"writer {i}";
            return _database.WriteAsync(async session =>
            {
                seen[i] = Writer.Value ?? "nobody";
                await Insert(session, $"write {i}");
            }, CancellationToken.None);
        }).ToList();
        Writer.Value = null;
        release.SetResult();
        await holder;
        await Task.WhenAll(writes);

        Assert.Equal(["writer 0", "writer 1", "writer 2"], seen);
    }

    [Fact]
    public async Task Many_writers_at_once_each_save_exactly_their_own_row()
    {
        var writes = Enumerable.Range(0, 200).Select(i => Task.Run(() => _database.WriteAsync(async session =>
        {
            await Insert(session, $"w{i:D3}");
            if (i % 7 == 0) throw new ChangeRefusedException("refused");
        }, CancellationToken.None))).ToList();

        for (var i = 0; i < writes.Count; i++)
        {
            if (i % 7 == 0) await Assert.ThrowsAsync<ChangeRefusedException>(() => writes[i]);
            else await writes[i];
        }
        Assert.Equal(Enumerable.Range(0, 200).Where(i => i % 7 != 0).Select(i => $"w{i:D3}"), await SavedAsync());
    }
}
