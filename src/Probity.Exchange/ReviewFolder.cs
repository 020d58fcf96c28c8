using Probity.Core.Datasets;
using Probity.Core.Reviews;

namespace Probity.Exchange;

/// <summary>A regional review read whole: the review, each linked PDU with its dataset and rating, or every problem found.</summary>
public sealed record ReviewFolderResult(RegionalReview? Review, IReadOnlyList<LinkedInspection> Linked, IReadOnlyList<DatasetProblem> Problems)
{
    public bool Succeeded => Review is not null && Problems.Count == 0;
}

/// <summary>
/// A review folder on disk: <c>review.json</c>, whose PDU links name dataset folders relative to it. Reading it reads and
/// rates every linked dataset too, so a link that does not resolve, or a dataset that disagrees with the letter, is
/// reported with the rest — all at once, as file:line.
/// </summary>
public static class ReviewFolder
{
    public static ReviewFolderResult Read(string path)
    {
        var file = Path.Combine(path, ReviewReader.FileName);
        if (!File.Exists(file))
            return new(null, [], [new DatasetProblem(path, null, "has no review.json; a review folder holds review.json, which links the PDU dataset folders")]);
        var problems = new List<DatasetProblem>();
        var read = ReviewReader.Read(File.ReadAllText(file), problems);
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
            if (!Directory.Exists(folder))
            {
                problems.Add(new(ReviewReader.FileName, line, $"pduInspections[{i}].dataset: \"{link.Dataset}\" is not a folder (looked for {folder})"));
                continue;
            }
            var dataset = DatasetFolder.Read(folder);
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
        return problems.Count == 0 ? new(review, linked, problems) : new(null, [], problems);
    }
}

/// <summary>What a folder given on the command line holds: an inspection dataset, a regional review, (wrongly) both, or neither.</summary>
public enum FolderKind { Dataset, Review, Both, Neither }

public static class FolderKinds
{
    /// <summary>review.json makes a review folder, inspection.json a dataset.</summary>
    public static FolderKind Of(string path)
    {
        var review = File.Exists(Path.Combine(path, ReviewReader.FileName));
        var dataset = File.Exists(Path.Combine(path, ManifestReader.FileName));
        if (review && dataset) return FolderKind.Both;
        if (review) return FolderKind.Review;
        // A folder with neither file is named as such; a missing folder is left to the dataset reader, which says so.
        return dataset || !Directory.Exists(path) ? FolderKind.Dataset : FolderKind.Neither;
    }
}
