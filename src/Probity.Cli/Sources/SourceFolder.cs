using Probity.Exchange;

namespace Probity.Cli.Sources;

/// <summary>
/// A folder named on the command line: a regional review (review.json) or an inspection dataset (inspection.json); and
/// whether a name is a path at all, rather than a record in the database.
/// </summary>
public static class SourceFolder
{
    /// <summary><see cref="FolderKind.Review"/> or <see cref="FolderKind.Dataset"/>; a folder holding both, or neither, is refused.</summary>
    public static FolderKind KindOf(string path) => FolderKinds.Of(path) switch
    {
        FolderKind.Both => throw new UserErrorException($"{path} holds both review.json and inspection.json; a folder is either a regional review or an inspection dataset"),
        FolderKind.Neither => throw new UserErrorException($"{path} holds neither inspection.json (an inspection dataset, with cases.csv and answers.csv) nor review.json (a regional review)"),
        var kind => kind,
    };

    /// <summary>A name that is (or is written like) a path is a folder; anything else is an id or reference in the database.</summary>
    public static bool IsPath(string name) =>
        Directory.Exists(name) || File.Exists(name) || name.Contains(Path.DirectorySeparatorChar) || name.Contains('/') || name.StartsWith('.');
}
