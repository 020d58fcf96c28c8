using Probity.Core.Datasets;
using Probity.Core.Input;
using Probity.Core.Reviews;
using Probity.Exchange.Input;

namespace Probity.Exchange;

/// <summary>A regional review read whole: the review, each linked PDU with its dataset and rating, or every problem found.</summary>
public sealed record ReviewFolderResult(RegionalReview? Review, IReadOnlyList<LinkedInspection> Linked, IReadOnlyList<DatasetProblem> Problems)
{
    public bool Succeeded => Review is not null && Problems.Count == 0;

    /// <summary>review.json as read, with the line of every value: what a store needs to report a problem it finds later.</summary>
    public ReviewReadResult? Read { get; init; }
}

/// <summary>
/// A review folder on disk: <c>review.json</c>, whose PDU links name dataset folders relative to it. Reading it reads and
/// rates every linked dataset too, so a link that does not resolve, or a dataset that disagrees with the letter, is
/// reported with the rest — all at once, as file:line.
/// </summary>
public static class ReviewFolder
{
    public static ReviewFolderResult Read(string path, ReadingLimits? limits = null)
    {
        limits ??= ReadingLimits.Default;
        var problems = new List<DatasetProblem>();
        string? json;
        try
        {
            using var text = InputFile.TryOpenText(Path.Combine(path, ReviewReader.FileName), InputEncoding.Utf8, limits.MaxJsonFileBytes, ReadingLimits.JsonFileSize);
            if (text is null)
                return new(null, [], [new DatasetProblem(path, null, "has no review.json; a review folder holds review.json, which links the PDU dataset folders")]);
            json = InputText.ReadAll(text, ReviewReader.FileName, problems, limits);
        }
        catch (InputRefusedException e)
        {
            return new(null, [], [new DatasetProblem(ReviewReader.FileName, e.Line, e.Message)]);
        }
        if (json is null) return new(null, [], problems);
        var read = ReviewReader.Read(json, problems, limits: limits);
        if (read.Review is not { } review) return new(null, [], problems);

        var linked = new List<LinkedInspection>();
        for (var i = 0; i < review.PduInspections.Count; i++)
        {
            var link = review.PduInspections[i];
            if (link.Dataset is null)
            {
                linked.Add(new LinkedInspection(link, null, null));
                continue;
            }
            var folder = Path.GetFullPath(Path.Combine(path, link.Dataset));
            var line = read.LineOf($"$.pduInspections[{i}].dataset");
            if (FileStatus.Of(folder) is { Kind: not FileKind.Directory } status)
            {
                var what = status.Kind is FileKind.Missing or FileKind.RegularFile ? "is not a folder" : InputFile.Refusal(folder, status, 0, ReadingLimits.FileSize);
                problems.Add(new(ReviewReader.FileName, line, $"pduInspections[{i}].dataset: \"{link.Dataset}\" {what} (looked for {folder})"));
                continue;
            }
            var dataset = DatasetFolder.Read(folder, limits);
            if (!dataset.Succeeded)
            {
                problems.Add(new(ReviewReader.FileName, line, $"pduInspections[{i}].dataset: the linked dataset \"{link.Dataset}\" has {dataset.Problems.Count} problem{(dataset.Problems.Count == 1 ? "" : "s")}:"));
                // The dataset's own problems, named by their path from the review folder so they can be opened directly.
                problems.AddRange(dataset.Problems.Select(p => p with { File = Path.Combine(link.Dataset, p.File) }));
                continue;
            }
            ReviewLinks.Check(review, i, dataset.Dataset!, dataset.Rating!, read, problems);
            linked.Add(new LinkedInspection(link, dataset.Dataset, dataset.Rating));
        }
        return problems.Count == 0 ? new(review, linked, problems) { Read = read } : new(null, [], problems);
    }

    /// <summary>
    /// Writes a review as a review folder at <paramref name="path"/> (new or empty): each linked PDU inspection as a
    /// dataset folder beside review.json, named by the link's key, and review.json linking them by those relative paths.
    /// The folder is built under a temporary name and renamed into place, so an interrupted export leaves nothing behind.
    /// </summary>
    public static void Write(RegionalReview review, IReadOnlyList<LinkedInspection> linked, string path)
    {
        var target = Path.GetFullPath(path);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new IOException($"{path} already exists and is not empty; choose a new folder");
        var parent = Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        Directory.CreateDirectory(staging);
        try
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ReviewReader.FileName };
            var links = new List<LinkedPdu>();
            foreach (var link in linked)
            {
                if (link.Dataset is not { } dataset)
                {
                    links.Add(link.Link with { Dataset = null });
                    continue;
                }
                var name = FolderName(link.Link.Key, names);
                DatasetFolder.Write(dataset, Path.Combine(staging, name));
                links.Add(link.Link with { Dataset = name });
            }
            File.WriteAllText(Path.Combine(staging, ReviewReader.FileName), ReviewWriter.Write(review with { PduInspections = links }));
            if (Directory.Exists(target)) Directory.Delete(target);
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    // A link's key as a folder name: letters, digits and hyphens, unique within the review folder.
    private static string FolderName(string key, HashSet<string> taken)
    {
        var safe = new string(key.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').ToArray()).Trim('-');
        if (safe.Length == 0) safe = "pdu";
        var name = safe;
        for (var n = 2; !taken.Add(name); n++) name = $"{safe}-{n}";
        return name;
    }
}

/// <summary>What a folder given on the command line holds: an inspection dataset, a regional review, (wrongly) both, or neither.</summary>
public enum FolderKind { Dataset, Review, Both, Neither }

public static class FolderKinds
{
    /// <summary>review.json makes a review folder, inspection.json a dataset.</summary>
    public static FolderKind Of(string path)
    {
        // Whatever is there counts, a pipe or a folder too: its reader then says what is wrong with it.
        var review = FileStatus.Of(Path.Combine(path, ReviewReader.FileName)).Kind != FileKind.Missing;
        var dataset = FileStatus.Of(Path.Combine(path, ManifestReader.FileName)).Kind != FileKind.Missing;
        if (review && dataset) return FolderKind.Both;
        if (review) return FolderKind.Review;
        // A folder with neither file is named as such; a missing folder is left to the dataset reader, which says so.
        return dataset || !Directory.Exists(path) ? FolderKind.Dataset : FolderKind.Neither;
    }
}
