using Probity.Exchange;

namespace Probity.Cli.Analysis;

/// <summary>Where an analysis writes its files: each written whole (to a temporary name, then moved), so none is ever half-written.</summary>
public sealed class OutputFolder
{
    private readonly List<string> _written = [];

    private OutputFolder(string path) => Path = path;

    /// <summary>Checks the path before any work is done; nothing is created until <see cref="Create"/>.</summary>
    public static string Check(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        return File.Exists(full) ? throw new UserErrorException($"{path} is a file; --out names a folder to write the analysis into") : full;
    }

    public static OutputFolder Create(string checkedPath)
    {
        Directory.CreateDirectory(checkedPath);
        return new OutputFolder(checkedPath);
    }

    public string Path { get; }
    public IReadOnlyList<string> Written => _written;

    public void Write(string name, string text)
    {
        AtomicFile.WriteAllText(System.IO.Path.Combine(Path, name), text);
        _written.Add(name);
    }
}
