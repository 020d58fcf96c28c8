using System.Text;

namespace Probity.Cli.Analysis;

/// <summary>Where an analysis writes its files: each written whole (to a temporary name, then moved), so none is ever half-written.</summary>
public sealed class OutputFolder
{
    private readonly List<string> _written = [];

    public OutputFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        if (File.Exists(Path)) throw new UserError($"{path} is a file; --out names a folder to write the analysis into");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }
    public IReadOnlyList<string> Written => _written;

    public void Write(string name, string text)
    {
        var target = System.IO.Path.Combine(Path, name);
        var temporary = target + ".partial";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, target, overwrite: true);
        _written.Add(name);
    }
}
