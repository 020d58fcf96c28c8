namespace Probity.Tests.Shared;

/// <summary>A temporary folder removed when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "probity-test-" + Guid.NewGuid().ToString("N")[..12]);

    public string Write(string subfolder, IReadOnlyDictionary<string, string> files)
    {
        var dir = System.IO.Path.Combine(Path, subfolder);
        Directory.CreateDirectory(dir);
        foreach (var (name, text) in files) File.WriteAllText(System.IO.Path.Combine(dir, name), text);
        return dir;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { } // a process under test may still hold a file; the temp folder is cleaned by the OS later
    }
}
