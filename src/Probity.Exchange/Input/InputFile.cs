using System.Globalization;
using Probity.Core.Input;

namespace Probity.Exchange.Input;

/// <summary>
/// Opens an input file the safe way: only a regular file is read (a folder, a named pipe, a device, a socket or a
/// symbolic link that loops or leads nowhere is refused with what it is, and a pipe is never waited on), and only up to
/// the size limit, so that no input can hang Probity or fill its memory.
/// </summary>
public static class InputFile
{
    /// <summary>Why <paramref name="status"/> is no input file Probity reads, or null when it is one within the limit.</summary>
    public static string? Refusal(string path, FileStatus status, long maxBytes, ReadingLimit sizeLimit) => status.Kind switch
    {
        FileKind.RegularFile when status.Size > maxBytes => TooLarge(status.Size, maxBytes, sizeLimit),
        FileKind.RegularFile => null,
        FileKind.Missing => "no such file",
        FileKind.Directory => "is a folder, not a file",
        FileKind.NamedPipe => "is a named pipe (FIFO), not a file; Probity reads only regular files",
        FileKind.Device => "is a device, not a file; Probity reads only regular files",
        FileKind.Socket => "is a socket, not a file; Probity reads only regular files",
        FileKind.SymbolicLinkLoop => "is a symbolic link that loops (it leads back to itself); point it at the file",
        FileKind.DanglingSymbolicLink => $"is a symbolic link to {LinkTarget(path)}, which does not exist",
        _ => $"cannot be read: {status.Reason}",
    };

    /// <summary>
    /// The file's bytes as a stream; null when there is nothing at <paramref name="path"/>. Anything else that is not a
    /// regular file within the limit throws <see cref="InputRefusedException"/> saying what it is.
    /// </summary>
    public static Stream? TryOpenRead(string path, long maxBytes, ReadingLimit sizeLimit)
    {
        var status = FileStatus.Of(path);
        if (status.Kind == FileKind.Missing) return null;
        if (Refusal(path, status, maxBytes, sizeLimit) is { } refusal) throw new InputRefusedException(null, refusal);
        if (!OperatingSystem.IsLinux()) return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        // Checked again through the open handle: what was looked at above may have been swapped for a pipe since.
        var handle = LinuxStat.OpenRegular(path, out var opened);
        var late = Refusal(path, opened, maxBytes, sizeLimit);
        if (handle is null || late is not null)
        {
            handle?.Dispose();
            throw new InputRefusedException(null, late ?? "cannot be read");
        }
        return new FileStream(handle, FileAccess.Read, bufferSize: 0);
    }

    /// <summary>The file as text in <paramref name="encoding"/> (see <see cref="InputTextReader"/>); null when there is no such file.</summary>
    public static InputTextReader? TryOpenText(string path, InputEncoding encoding, long maxBytes, ReadingLimit sizeLimit) =>
        TryOpenRead(path, maxBytes, sizeLimit) is { } stream ? new InputTextReader(stream, encoding, maxBytes, sizeLimit) : null;

    public static string TooLarge(long size, long maxBytes, ReadingLimit sizeLimit) =>
        $"is {Megabytes(size)} MB, larger than Probity reads; it was not read ({sizeLimit.HowToRaise(maxBytes / (1024 * 1024))})";

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString(bytes < 10 * 1024 * 1024 ? "N1" : "N0", CultureInfo.InvariantCulture);

    private static string LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget ?? "a missing file";
        }
        catch (IOException)
        {
            return "a missing file";
        }
    }
}
