using Probity.Core.Datasets;

namespace Probity.Core.Tests.Datasets;

/// <summary>The Northumbria example's files, in memory, for tests that rate it or break it.</summary>
public static class Northumbria
{
    public static string Folder => RepositoryPaths.Of("examples", "northumbria-2019");

    public static Dictionary<string, string> Files() =>
        Directory.GetFiles(Folder).Where(f => f.EndsWith(".json") || f.EndsWith(".csv"))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    public static DatasetParseResult Parse(Dictionary<string, string>? files = null) =>
        DatasetParser.Parse(new InMemoryDatasetSource(files ?? Files()));
}
