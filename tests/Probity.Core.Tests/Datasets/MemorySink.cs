using Probity.Core.Datasets;

namespace Probity.Core.Tests.Datasets;

/// <summary>A dataset written to memory, to be parsed back with <see cref="InMemoryDatasetSource"/>.</summary>
public sealed class MemorySink : IDatasetSink
{
    public Dictionary<string, StringWriter> Files { get; } = new();
    public TextWriter Create(string fileName) => Files[fileName] = new StringWriter();
    public Dictionary<string, string> Texts => Files.ToDictionary(f => f.Key, f => f.Value.ToString());
}
