using System.Collections.Concurrent;
using Probity.Data.Backups;
using Probity.Data.Datasets;
using Probity.Data.Narrative;
using Probity.Data.Tests.Infrastructure;

namespace Probity.Data.Tests;

public abstract partial class StoreSuite
{
    [Fact]
    public async Task A_backup_taken_while_saves_happen_restores_every_save_committed_before_it_began()
    {
        var store = await NewStoreAsync();
        var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), Lead);
        var narrative = store.Get<NarrativeStore>();
        var committed = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var saving = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await narrative.SaveAsync(id, $"backup-test-{i}", $"Save {i}.", null, Lead);
                committed.Enqueue($"backup-test-{i}");
            }
        });
        while (committed.Count < 10) await Task.Delay(10);
        var folder = TempFolder();
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "probity.backup");

        var beforeBackup = committed.ToArray();
        await store.Get<DatabaseBackup>().BackupAsync(file);
        var afterBackup = committed.Count;
        while (committed.Count < afterBackup + 5) await Task.Delay(10);
        await stop.CancelAsync();
        await saving;

        var restored = ServicesFor(await NewDatabaseAsync());
        var check = await restored.Get<DatabaseBackup>().RestoreAsync(file);

        Assert.True(check.Intact, check.FirstBreak?.ToString());
        var sections = (await restored.Get<NarrativeStore>().ListAsync(id)).Select(b => b.Section).ToHashSet();
        Assert.All(beforeBackup, s => Assert.Contains(s, sections));
        // The saves went on after the copy: the backup is a snapshot, not the database as it ends up.
        Assert.True(sections.Count(s => s.StartsWith("backup-test-", StringComparison.Ordinal)) < committed.Count);
        await Assert.ThrowsAsync<ChangeRefusedException>(() => restored.Get<DatabaseBackup>().RestoreAsync(file));
    }
}
