namespace Probity.Tests.Shared;

/// <summary>Files of the repository, found from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    public static Dictionary<string, string> Dataset(string folder) =>
        Directory.GetFiles(Of("examples", folder)).Where(f => f.EndsWith(".json") || f.EndsWith(".csv"))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Probity.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run the tests from inside the Probity repository");
    }
}
