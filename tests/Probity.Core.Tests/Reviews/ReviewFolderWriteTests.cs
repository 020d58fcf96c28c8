using Probity.Core.Reviews;
using Probity.Exchange;

namespace Probity.Core.Tests.Reviews;

/// <summary>A review written back as a folder: review.json with the PDU datasets beside it, linked by relative paths.</summary>
public sealed class ReviewFolderWriteTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("probity-review-write-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_written_review_folder_reads_back_as_the_same_review_linking_the_same_data()
    {
        var original = ReviewFolder.Read(RepositoryPaths.Of("examples", "north-east-region-2022"));
        Assert.True(original.Succeeded, string.Join("\n", original.Problems));
        var folder = Path.Combine(_temp, "north-east");

        ReviewFolder.Write(original.Review!, original.Linked, folder);

        Assert.Equal(["review.json"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal(["rcm"], Directory.GetDirectories(folder).Select(Path.GetFileName));
        var written = ReviewFolder.Read(folder);
        Assert.True(written.Succeeded, string.Join("\n", written.Problems));
        Assert.Equal(["rcm", null], written.Review!.PduInspections.Select(p => p.Dataset));
        static string Text(RegionalReview r) => ReviewWriter.Write(r with { PduInspections = r.PduInspections.Select(p => p with { Dataset = null }).ToList() });
        Assert.Equal(Text(original.Review!), Text(written.Review));
        Assert.Equal(original.Linked[0].Rating!.Score, written.Linked[0].Rating!.Score);
        Assert.Empty(Directory.GetDirectories(_temp, ".*partial"));
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        var original = ReviewFolder.Read(RepositoryPaths.Of("examples", "north-east-region-2022"));
        var folder = Directory.CreateDirectory(Path.Combine(_temp, "taken")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        var refused = Assert.Throws<IOException>(() => ReviewFolder.Write(original.Review!, original.Linked, folder));
        Assert.Contains("already exists and is not empty", refused.Message);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }
}
