namespace Probity.Core.Datasets;

/// <summary>Where a dataset's files come from: a folder (in the hosts), or memory (in tests). Core itself does no I/O.</summary>
public interface IDatasetSource
{
    /// <summary>
    /// The file's text, or null when the dataset has no such file. A file that is there but cannot be read as one
    /// (a folder, a pipe or device, a symbolic link that loops, larger than the limit) throws
    /// <see cref="Input.InputRefusedException"/> saying why, which the parser reports against the file.
    /// </summary>
    TextReader? Open(string fileName);
}

public sealed class InMemoryDatasetSource(IReadOnlyDictionary<string, string> files) : IDatasetSource
{
    public TextReader? Open(string fileName) => files.TryGetValue(fileName, out var text) ? new StringReader(text) : null;
}
