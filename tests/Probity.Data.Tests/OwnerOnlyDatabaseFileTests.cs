using Microsoft.Data.Sqlite;
using Probity.Data.Narrative;
using Probity.Data.Tests.Infrastructure;
using Probity.Data.Datasets;

namespace Probity.Data.Tests;

/// <summary>The SQLite file holds personal data: Probity creates it, its write-ahead files and its folder for their owner alone.</summary>
public sealed class OwnerOnlyDatabaseFileTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"probity-mode-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_database_file_its_wal_and_shm_files_and_the_folder_Probity_creates_are_owner_only()
    {
        if (OperatingSystem.IsWindows()) return; // Unix file modes; Probity runs its tests on Linux
        var folder = Path.Combine(_root, "data");
        var file = Path.Combine(folder, "probity.db");
        await using (var store = await StoreServices.OpenAsync(DatabaseLocation.Sqlite(file)))
        {
            // An inspection still being written: a published one's text no longer changes.
            var id = await store.Get<DatasetStore>().ImportAsync(TestDatasets.Full(), new Actor("lead.inspector"));
            await store.Get<NarrativeStore>().SaveAsync(id, "executive-summary", "Draft.", 1, new Actor("lead.inspector"));

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.True(File.Exists(file + "-wal"), "the database is in WAL mode, so it has a -wal file while open");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file + "-wal"));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file + "-shm"));
        }
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_file_that_exists_already_keeps_the_mode_its_owner_gave_it()
    {
        if (OperatingSystem.IsWindows()) return; // Unix file modes; Probity runs its tests on Linux
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "probity.db");
        await File.WriteAllBytesAsync(file, []);
        var chosen = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(file, chosen);
        await using (await StoreServices.OpenAsync(DatabaseLocation.Sqlite(file)))
            Assert.Equal(chosen, File.GetUnixFileMode(file));
        SqliteConnection.ClearAllPools();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
