using Probity.Core.Datasets;
using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary>
/// DATASET-or-INSPECTION: what a verb such as <c>report</c> works on. A path is a dataset folder; anything else is asked of
/// each registered store in turn. The database (issue 3) registers itself here: given a reference it knows, it returns
/// the inspection's dataset read, validated and rated exactly as <see cref="DatasetFolder.Read"/> does; otherwise null.
/// </summary>
public static class InspectionSources
{
    public static readonly List<Func<string, DatasetParseResult?>> Stores = [];

    public static DatasetParseResult Load(string reference)
    {
        if (Directory.Exists(reference) || File.Exists(reference) || reference.Contains(Path.DirectorySeparatorChar) || reference.Contains('/'))
            return DatasetFolder.Read(reference);
        foreach (var store in Stores)
            if (store(reference) is { } found) return found;
        return DatasetFolder.Read(reference); // reports "no such folder" in the usual file:line form
    }
}
