using System.Text;

namespace Probity.Exchange;

/// <summary>A caseload extract (the sampling population) and a sample file on disk.</summary>
public static class PopulationFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Opens the extract for reading (a byte-order mark is tolerated); null when there is no such file.</summary>
    public static TextReader? Open(string path) =>
        File.Exists(path) ? new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16) : null;

    /// <summary>
    /// Writes a file through a temporary sibling that is renamed into place, so an interrupted write never leaves half a
    /// sample. An existing file is replaced only when <paramref name="overwrite"/> is set.
    /// </summary>
    public static void WriteAtomically(string path, Action<TextWriter> write, bool overwrite)
    {
        var target = Path.GetFullPath(path);
        if (!overwrite && File.Exists(target)) throw new IOException($"{path} already exists; choose another name or replace it with --overwrite");
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder)) throw new IOException($"{path}: the folder {folder} does not exist");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, Utf8NoBom, bufferSize: 1 << 16)) write(writer);
            File.Move(temporary, target, overwrite);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
