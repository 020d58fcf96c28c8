namespace Probity.Cli.Output;

/// <summary>
/// The file an <c>--out</c> option names, checked before any work is done: its folder must exist and take a new file, so
/// that a mistyped path costs no drawing, loading or printing first.
/// </summary>
public static class OutputFile
{
    public static void CheckFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? throw new UserErrorException($"--out {path} names no file", CommandLine.Usage);
        if (!Directory.Exists(folder)) throw new UserErrorException($"--out {path}: the folder {folder} does not exist", CommandLine.Usage);
        // Permissions alone do not say it (an administrator, a read-only mount, an access list): try a file, removed on closing.
        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".probity-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"--out {path}: the folder {folder} cannot be written to", CommandLine.Usage);
        }
    }
}
