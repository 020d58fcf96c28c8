using System.Text;

namespace Probity.Exchange;

/// <summary>
/// Writes a file through a temporary sibling that is renamed into place, so a failure (bad input found late, a full disk,
/// an interrupted run) never leaves half a report, sample or analysis where the user asked for one.
/// </summary>
public static class AtomicFile
{
    /// <summary>UTF-8 without a byte-order mark, as every text file Probity writes.</summary>
    public static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="path"/> whole or not at all; an existing file is replaced only when <paramref name="overwrite"/> is set.</summary>
    public static void Write(string path, Action<Stream> write, bool overwrite = true)
    {
        var target = Path.GetFullPath(path);
        if (!overwrite && File.Exists(target)) throw new IOException($"{path} already exists; choose another name or replace it with --overwrite");
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{path}: the folder {folder} does not exist");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                write(stream);
            File.Move(temporary, target, overwrite);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Writes a UTF-8 text file whole or not at all.</summary>
    public static void WriteText(string path, Action<TextWriter> write, bool overwrite = true) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16);
            write(writer);
        }, overwrite);

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    public static void WriteAllText(string path, string text) => WriteText(path, writer => writer.Write(text));
}
