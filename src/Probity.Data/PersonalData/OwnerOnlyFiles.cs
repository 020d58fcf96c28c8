namespace Probity.Data.PersonalData;

/// <summary>
/// The SQLite file holds personal data (case notes, practice examples), and on one machine its owner is the trust
/// boundary: Probity creates the data folder readable by its owner only (0700) and the database file 0600, before SQLite
/// opens it. SQLite gives its -wal and -shm files the database file's own permissions, so they follow. Files and folders
/// that already exist are left as their owner set them.
/// </summary>
internal static class OwnerOnlyFiles
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the database file (empty: SQLite makes a database of it) and its folder when missing, owner-only.</summary>
    public static void PrepareDatabaseFile(string path)
    {
        if (File.Exists(path)) return;
        if (Path.GetDirectoryName(path) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else Directory.CreateDirectory(folder, FolderMode);
        }
        if (OperatingSystem.IsWindows()) return; // Windows: the folder's access control list decides, as set by its owner.
        try
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = System.IO.FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = FileMode,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: it is theirs to set.
        }
    }
}
