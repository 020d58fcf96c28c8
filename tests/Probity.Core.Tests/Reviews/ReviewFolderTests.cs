using System.Text.Json.Nodes;
using Probity.Core.Ratings;
using Probity.Core.Reviews;
using Probity.Exchange;

namespace Probity.Core.Tests.Reviews;

/// <summary>A review folder read whole: its PDU links resolve to datasets that are rated, and must agree with the letter.</summary>
public sealed class ReviewFolderTests : IDisposable
{
    private static readonly string Example = RepositoryPaths.Of("examples", "north-east-region-2022");
    private static readonly string RcmDataset = RepositoryPaths.Of("examples", "redcar-cleveland-middlesbrough-2022");
    private readonly string _temp = Directory.CreateTempSubdirectory("probity-review-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact] // the RCM link resolves and is rated; Annexe two reproduces the seed's table
    public void The_north_east_review_links_and_rates_its_pdu()
    {
        var result = ReviewFolder.Read(Example);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var rcm = result.Linked.Single(l => l.Link.Key == "rcm");
        Assert.Equal("Redcar, Cleveland and Middlesbrough PDU", rcm.Dataset!.Manifest.Provider.Name);
        Assert.Null(result.Linked.Single(l => l.Link.Key == "gst").Dataset);

        var annexe = AnnexeTwo.Build(result.Linked);
        var table = annexe[0];
        Assert.True(table.FromDataset);
        Assert.Equal("8/24", table.ScoreText);
        Assert.Equal(Rating.RequiresImprovement, table.OverallRating);
        Assert.Equal(
        [
            "1. Organisational delivery", "1.1 Leadership: Requires improvement", "1.2 Staff: Good", "1.3 Services: Requires improvement",
            "1.4 Information and facilities: Good", "2. Court work and case supervision", "2.1 Court work: Not inspected", "2.2 Assessment: Inadequate",
            "2.3 Planning: Requires improvement", "2.4 Implementation and delivery: Inadequate", "2.5 Reviewing: Requires improvement",
        ], table.Rows.Select(r => r.IsDomain ? $"{r.Id} {r.Name}" : $"{r.Id} {r.Name}: {r.RatingText}"));

        var gst = annexe[1];
        Assert.False(gst.FromDataset);
        Assert.Equal(Rating.Good, gst.OverallRating);
        Assert.Null(gst.ScoreText);
        Assert.Empty(gst.Rows);
    }

    [Fact]
    public void The_summary_counts_findings_and_recommendations()
    {
        var result = ReviewFolder.Read(Example);
        var summary = ReviewSummary.Build(result.Review!, result.Linked);
        var leadership = summary.Areas[0];
        Assert.Equal((5, 4, 3), (leadership.Strengths, leadership.AreasForImprovement, leadership.CountedCitations));
        Assert.Equal([7, 11], summary.Recommendations.Select(r => r.Total));
        Assert.Equal(2, summary.AnnexeTwo.Count);
    }

    [Fact]
    public void A_link_to_a_missing_folder_is_reported_at_its_line()
    {
        var folder = WriteReview(r => r["pduInspections"]![0]!["dataset"] = "../no-such-pdu");
        var result = ReviewFolder.Read(folder);
        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("review.json", problem.File);
        Assert.Equal(LineOf(folder, "\"dataset\": \"../no-such-pdu\""), problem.Line);
        Assert.StartsWith("pduInspections[0].dataset: \"../no-such-pdu\" is not a folder", problem.Message);
    }

    [Fact] // a letter that prints what the data does not give is refused, naming each disagreement
    public void A_letter_that_disagrees_with_its_pdu_dataset_is_refused()
    {
        var folder = WriteReview(r =>
        {
            var pdu = r["pduInspections"]![0]!;
            pdu["published"]!["score"] = 9;
            pdu["published"]!["standards"]![1]!["rating"] = "outstanding";
            pdu["recommendations"]![2]!["text"] = "ensure training happens";
            pdu["recommendations"]!.AsArray().RemoveAt(6);
        });
        var messages = ReviewFolder.Read(folder).Problems.Select(p => p.Message).ToList();
        Assert.Contains("pduInspections[0].published.score: the letter prints 9/24, but the linked dataset scores 8/24", messages);
        Assert.Contains("pduInspections[0].published.standards[1].rating: the letter prints 1.2 Staff Outstanding, but the linked dataset gives Good", messages);
        Assert.Contains(messages, m => m.StartsWith("pduInspections[0].recommendations[2].text: differs from recommendation 3 of the linked dataset"));
        Assert.Contains(messages, m => m.StartsWith("pduInspections[0].recommendations: leaves out recommendation 7 of the linked dataset"));
        Assert.Equal(4, messages.Count);
    }

    [Fact]
    public void A_pdu_of_another_region_is_refused()
    {
        var folder = WriteReview(r => r["region"] = "North West");
        var problem = Assert.Single(ReviewFolder.Read(folder).Problems);
        Assert.EndsWith("links Redcar, Cleveland and Middlesbrough PDU, which is in the North East region, not North West", problem.Message);
    }

    [Fact] // the linked dataset's own problems are listed too, by their path from the review folder
    public void A_broken_linked_dataset_reports_its_own_problems()
    {
        var pdu = Path.Combine(_temp, "pdu");
        Directory.CreateDirectory(pdu);
        foreach (var file in Directory.GetFiles(RcmDataset)) File.Copy(file, Path.Combine(pdu, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(pdu, "answers.csv"), File.ReadAllText(Path.Combine(pdu, "answers.csv")).Replace("RCM22-CS-001,2.2.1,", "RCM22-CS-001,2.2.9,"));
        var folder = WriteReview(r => r["pduInspections"]![0]!["dataset"] = "../pdu");
        var problems = ReviewFolder.Read(folder).Problems;
        Assert.StartsWith("pduInspections[0].dataset: the linked dataset \"../pdu\" has", problems[0].Message);
        Assert.Contains(problems, p => p.File == Path.Combine("../pdu", "answers.csv") && p.Message.Contains("\"2.2.9\" is not in framework hmip-pdu-2021"));
    }

    [Fact]
    public void The_folder_kind_is_detected_from_its_files()
    {
        Assert.Equal(FolderKind.Review, FolderKinds.Of(Example));
        Assert.Equal(FolderKind.Dataset, FolderKinds.Of(RcmDataset));
        Assert.Equal(FolderKind.Neither, FolderKinds.Of(_temp));
        Assert.Equal(FolderKind.Dataset, FolderKinds.Of(Path.Combine(_temp, "no-such-folder")));
        File.WriteAllText(Path.Combine(_temp, "review.json"), "{}");
        File.WriteAllText(Path.Combine(_temp, "inspection.json"), "{}");
        Assert.Equal(FolderKind.Both, FolderKinds.Of(_temp));
        Assert.False(ReviewFolder.Read(RcmDataset).Succeeded);
    }

    /// <summary>The example review, changed, in a folder beside a link to the real RCM dataset.</summary>
    private string WriteReview(Action<JsonNode> change)
    {
        var review = JsonNode.Parse(File.ReadAllText(Path.Combine(Example, "review.json")))!;
        review["pduInspections"]![0]!["dataset"] = RcmDataset;
        change(review);
        var folder = Path.Combine(_temp, "review");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "review.json"), review.ToJsonString(new() { WriteIndented = true }));
        return folder;
    }

    private static int LineOf(string folder, string text) =>
        File.ReadAllLines(Path.Combine(folder, "review.json")).Select((l, i) => (l, i)).First(x => x.l.Contains(text)).i + 1;
}
