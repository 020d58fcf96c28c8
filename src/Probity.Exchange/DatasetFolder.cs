using Probity.Core.Datasets;
using Probity.Core.Input;
using Probity.Exchange.Input;

namespace Probity.Exchange;

/// <summary>A dataset folder on disk (exchange format §1), read through <see cref="DatasetParser"/> and written by <see cref="DatasetWriter"/>.</summary>
public sealed class DatasetFolder : IDatasetSource, IDatasetSink
{
    private readonly ReadingLimits _limits;

    public DatasetFolder(string path, ReadingLimits? limits = null)
    {
        Path = System.IO.Path.GetFullPath(path);
        _limits = limits ?? ReadingLimits.Default;
    }

    public string Path { get; }

    /// <summary>
    /// The file as strict UTF-8 text (a byte-order mark is tolerated), or null when there is nothing by that name.
    /// Anything there that is not a regular file within the size limit is refused (<see cref="InputFile"/>).
    /// </summary>
    public TextReader? Open(string fileName)
    {
        var json = fileName.EndsWith(".json", StringComparison.Ordinal);
        return InputFile.TryOpenText(System.IO.Path.Combine(Path, fileName), InputEncoding.Utf8,
            json ? _limits.MaxJsonFileBytes : _limits.MaxFileBytes, json ? ReadingLimits.JsonFileSize : ReadingLimits.FileSize);
    }

    public TextWriter Create(string fileName) =>
        new StreamWriter(System.IO.Path.Combine(Path, fileName), append: false, AtomicFile.Utf8NoBom, bufferSize: 1 << 16);

    /// <summary>Reads and validates the folder; a missing folder is reported like any other problem.</summary>
    public static DatasetParseResult Read(string path, ReadingLimits? limits = null)
    {
        const string holds = "a dataset is a folder holding inspection.json, cases.csv and answers.csv";
        var status = FileStatus.Of(path);
        var refusal = status.Kind switch
        {
            FileKind.Directory => null,
            FileKind.Missing => $"no such folder; {holds}",
            FileKind.RegularFile => $"is a file; {holds}",
            _ => $"{InputFile.Refusal(path, status, 0, ReadingLimits.FileSize)}; {holds}",
        };
        if (refusal is not null) return new(null, null, [new DatasetProblem(path, null, refusal)], []);
        return DatasetParser.Parse(new DatasetFolder(path, limits), limits: limits);
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
