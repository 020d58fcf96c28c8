using System.Text;
using Probity.Core.Datasets;

namespace Probity.Exchange;

/// <summary>A dataset folder on disk (exchange format §1), read through <see cref="DatasetParser"/> and written by <see cref="DatasetWriter"/>.</summary>
public sealed class DatasetFolder : IDatasetSource, IDatasetSink
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public DatasetFolder(string path) => Path = System.IO.Path.GetFullPath(path);

    public string Path { get; }

    public TextReader? Open(string fileName)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        // detectEncodingFromByteOrderMarks: a BOM is tolerated; the CSV reader also skips one that survives.
        return File.Exists(file) ? new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16) : null;
    }

    public TextWriter Create(string fileName) =>
        new StreamWriter(System.IO.Path.Combine(Path, fileName), append: false, Utf8NoBom, bufferSize: 1 << 16);

    /// <summary>Reads and validates the folder; a missing folder is reported like any other problem.</summary>
    public static DatasetParseResult Read(string path)
    {
        if (File.Exists(path))
            return new(null, null, [new DatasetProblem(path, null, "is a file; a dataset is a folder holding inspection.json, cases.csv and answers.csv")], []);
        if (!Directory.Exists(path))
            return new(null, null, [new DatasetProblem(path, null, "no such folder; a dataset is a folder holding inspection.json, cases.csv and answers.csv")], []);
        return DatasetParser.Parse(new DatasetFolder(path));
    }

    /// <summary>
    /// Writes the dataset into <paramref name="path"/> through a sibling temporary folder that is renamed into place, so an
    /// interrupted export never leaves half a dataset. An existing non-empty target is refused rather than overwritten.
    /// </summary>
    public static void Write(InspectionDataset dataset, string path)
    {
        var target = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new IOException($"{path} already exists and is not empty; choose a new folder");
        var parent = System.IO.Path.GetDirectoryName(target.TrimEnd(System.IO.Path.DirectorySeparatorChar))!;
        Directory.CreateDirectory(parent);
        var staging = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        Directory.CreateDirectory(staging);
        try
        {
            DatasetWriter.Write(dataset, new DatasetFolder(staging));
            if (Directory.Exists(target)) Directory.Delete(target);
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
    }
}
