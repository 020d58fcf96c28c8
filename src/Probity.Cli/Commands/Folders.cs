using Probity.Exchange;

namespace Probity.Cli.Commands;

/// <summary>What a folder on the command line is: a regional review (review.json) or an inspection dataset (inspection.json).</summary>
public static class Folders
{
    /// <summary><see cref="FolderKind.Review"/> or <see cref="FolderKind.Dataset"/>; a folder holding both, or neither, is refused.</summary>
    public static FolderKind KindOf(string path) => FolderKinds.Of(path) switch
    {
        FolderKind.Both => throw new UserErrorException($"{path} holds both review.json and inspection.json; a folder is either a regional review or an inspection dataset"),
        FolderKind.Neither => throw new UserErrorException($"{path} holds neither inspection.json (an inspection dataset, with cases.csv and answers.csv) nor review.json (a regional review)"),
        var kind => kind,
    };
}
