using System.Runtime.InteropServices;

namespace Probity.Exchange.Input;

/// <summary>What a path names, as the file system says before anything is opened.</summary>
public enum FileKind { Missing, RegularFile, Directory, NamedPipe, Device, Socket, SymbolicLinkLoop, DanglingSymbolicLink, Unreadable }

/// <summary>A path's kind and size (following symbolic links), with the system's reason when it could not be looked at.</summary>
public readonly record struct FileStatus(FileKind Kind, long Size, string? Reason = null)
{
    /// <summary>Looks at <paramref name="path"/> without opening it, so a pipe is never waited on and a device never touched.</summary>
    public static FileStatus Of(string path)
    {
        if (path.Contains('\0', StringComparison.Ordinal)) return new(FileKind.Unreadable, 0, "the name holds a NUL character");
        if (OperatingSystem.IsLinux()) return LinuxStat.Of(path);
        return Portable(path);
    }

    // Elsewhere .NET does not tell a pipe from a file; it does tell folders, links and loops.
    private static FileStatus Portable(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: false })
                return new(FileKind.DanglingSymbolicLink, 0);
            if (Directory.Exists(path)) return new(FileKind.Directory, 0);
            return info.Exists ? new(FileKind.RegularFile, info.Length) : new(FileKind.Missing, 0);
        }
        catch (IOException e)
        {
            return new(FileKind.SymbolicLinkLoop, 0, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return new(FileKind.Unreadable, 0, e.Message);
        }
    }
}

/// <summary>statx(2) and open(2) on Linux: the statx structure is the same on every architecture.</summary>
internal static partial class LinuxStat
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;
    private const int OpenReadOnlyNonBlocking = 0x800 | 0x80000 | 0x100; // O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY
    private const int Enoent = 2, Enotdir = 20, Eloop = 40;

    public static FileStatus Of(string path)
    {
        if (Statx(AtFdCwd, path, 0, StatxBasicStats, out var status) == 0) return FromMode(status);
        var error = Marshal.GetLastPInvokeError();
        if (error == Eloop) return new(FileKind.SymbolicLinkLoop, 0);
        if (error is Enoent or Enotdir)
        {
            // Missing, or a link whose target is missing: only the link itself can tell.
            return Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxBasicStats, out var link) == 0 && (link.Mode & 0xF000) == 0xA000
                ? new(FileKind.DanglingSymbolicLink, 0)
                : new(FileKind.Missing, 0);
        }
        return new(FileKind.Unreadable, 0, Marshal.GetPInvokeErrorMessage(error));
    }

    /// <summary>
    /// Opens <paramref name="path"/> for reading without blocking (a pipe swapped in after <see cref="Of"/> is not waited
    /// on), then checks through the open handle that it is still a regular file: the answer cannot change under us.
    /// </summary>
    public static Microsoft.Win32.SafeHandles.SafeFileHandle? OpenRegular(string path, out FileStatus status)
    {
        var fd = Open(path, OpenReadOnlyNonBlocking);
        if (fd < 0)
        {
            status = new(FileKind.Unreadable, 0, Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
            return null;
        }
        var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: true);
        status = Statx(fd, "", AtEmptyPath, StatxBasicStats, out var opened) == 0
            ? FromMode(opened)
            : new(FileKind.Unreadable, 0, Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        if (status.Kind == FileKind.RegularFile) return handle;
        handle.Dispose();
        return null;
    }

    private static FileStatus FromMode(StatxBuffer status) => (status.Mode & 0xF000) switch
    {
        0x8000 => new(FileKind.RegularFile, (long)Math.Min(status.Size, long.MaxValue)),
        0x4000 => new(FileKind.Directory, 0),
        0x1000 => new(FileKind.NamedPipe, 0),
        0x2000 or 0x6000 => new(FileKind.Device, 0),
        0xC000 => new(FileKind.Socket, 0),
        _ => new(FileKind.Unreadable, 0, "not a file"),
    };

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(40)] public ulong Size;
    }
}
