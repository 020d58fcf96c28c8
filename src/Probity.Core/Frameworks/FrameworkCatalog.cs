using System.Reflection;

namespace Probity.Core.Frameworks;

/// <summary>
/// The framework versions shipped with Probity: the JSON files in the repository's <c>frameworks/</c> folder, embedded
/// in this assembly at build time so that every host (CLI, web, tests) rates against exactly the same data.
/// </summary>
public static class FrameworkCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, FrameworkVersion>> BuiltInVersions = new(LoadBuiltIn);

    public static IReadOnlyCollection<string> Ids => BuiltInVersions.Value.Keys.Order(StringComparer.Ordinal).ToList();

    public static FrameworkVersion? Find(string id) => BuiltInVersions.Value.GetValueOrDefault(id);

    public static FrameworkVersion Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"framework \"{id}\" is not known (known: {string.Join(", ", Ids)})");

    public static IEnumerable<FrameworkVersion> All => BuiltInVersions.Value.Values;

    /// <summary>The raw JSON of a built-in version, for export and for diffing versions.</summary>
    public static string? Source(string id)
    {
        using var stream = typeof(FrameworkCatalog).Assembly.GetManifestResourceStream($"frameworks/{id}.json");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, FrameworkVersion> LoadBuiltIn()
    {
        var assembly = typeof(FrameworkCatalog).Assembly;
        var versions = new Dictionary<string, FrameworkVersion>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("frameworks/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var result = FrameworkLoader.Load(reader.ReadToEnd(), name);
            // A broken built-in file is a build defect, caught by the catalogue test; fail loudly rather than rate with it.
            if (!result.Succeeded)
                throw new InvalidOperationException($"built-in framework {name} is invalid:\n{string.Join("\n", result.Problems)}");
            var expected = Path.GetFileNameWithoutExtension(name);
            if (result.Framework!.Id != expected)
                throw new InvalidOperationException($"built-in framework {name} has id \"{result.Framework.Id}\"; the file name must be its id");
            versions.Add(result.Framework.Id, result.Framework);
        }
        return versions;
    }
}
