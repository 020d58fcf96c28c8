using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Reviews;

/// <summary>A PDU the review links, with its dataset and rating where it has a dataset (read by the host).</summary>
public sealed record LinkedInspection(LinkedPdu Link, InspectionDataset? Dataset, InspectionRating? Rating);

/// <summary>
/// Checks a linked PDU dataset against what the review records of it: it is a PDU of the review's region, its rating
/// reproduces the letter's Annexe two, and its recommendations are the ones Annexe one prints.
/// </summary>
public static class ReviewLinks
{
    public static void Check(RegionalReview review, int linkIndex, InspectionDataset dataset, InspectionRating rating,
        ReviewReadResult read, List<DatasetProblem> problems)
    {
        var link = review.PduInspections[linkIndex];
        var at = $"$.pduInspections[{linkIndex}]";
        void Problem(string path, string message) =>
            problems.Add(new(ReviewReader.FileName, read.LineOf(path), $"{path[2..]}: {message}"));

        var provider = dataset.Manifest.Provider;
        if (provider.Type != ProviderType.PDU)
            Problem($"{at}.dataset", $"links {provider.Name} (provider type {provider.Type}), which is not a PDU inspection");
        if (provider.Region is { } region && !SameText(region, review.Region))
            Problem($"{at}.dataset", $"links {provider.Name}, which is in the {region} region, not {review.Region}");
        if (link.Framework is { } framework && framework != dataset.Framework.Id)
            Problem($"{at}.framework", $"is {framework}, but the linked dataset is inspected under {dataset.Framework.Id}");
        if (link.Published is { } published) CheckPublished(published, rating, at, Problem);
        CheckRecommendations(link, dataset.Manifest.Recommendations.New, at, Problem);
    }

    private static void CheckPublished(PublishedPduRatings published, InspectionRating rating, string at, Action<string, string> problem)
    {
        var p = $"{at}.published";
        if (published.Score is { } score && (score != rating.Score || published.MaxScore != rating.MaxScore))
            problem($"{p}.score", $"the letter prints {score}/{published.MaxScore}, but the linked dataset scores {Describe(rating.Score)}/{rating.MaxScore}");
        if (published.OverallRating is { } overall && overall != rating.OverallRating)
            problem($"{p}.overallRating", $"the letter prints {overall.DisplayName()}, but the linked dataset rates {rating.OverallRating?.DisplayName() ?? "nothing overall"}");
        for (var i = 0; i < published.Standards.Count; i++)
        {
            var row = published.Standards[i];
            var path = $"{p}.standards[{i}]";
            var computed = rating.Standard(row.Standard);
            if (computed is null)
            {
                problem($"{path}.standard", $"\"{row.Standard}\" is not a standard of the linked dataset's framework {rating.Framework.Id}");
                continue;
            }
            if (!SameText(computed.Standard.Name, row.Name))
                problem($"{path}.name", $"standard {row.Standard} of {rating.Framework.Id} is \"{computed.Standard.Name}\", not \"{row.Name}\"");
            var printed = row.Rating?.DisplayName() ?? "Not inspected";
            var actual = computed.Status == StandardStatus.NotInspected ? "Not inspected" : computed.Rating?.DisplayName() ?? "no rating";
            if (printed != actual)
                problem($"{path}.rating", $"the letter prints {row.Standard} {row.Name} {printed}, but the linked dataset gives {actual}");
        }
    }

    private static void CheckRecommendations(LinkedPdu link, IReadOnlyList<Recommendation> inDataset, string at, Action<string, string> problem)
    {
        if (link.Recommendations.Count == 0) return;
        for (var i = 0; i < link.Recommendations.Count; i++)
        {
            var printed = link.Recommendations[i];
            var path = $"{at}.recommendations[{i}]";
            var own = inDataset.FirstOrDefault(r => r.Number == printed.Number);
            if (own is null)
                problem(path, $"recommendation {printed.Number} is not among the linked dataset's recommendations");
            else if (!SameText(own.Text, printed.Text))
                problem($"{path}.text", $"differs from recommendation {own.Number} of the linked dataset (\"{own.Text}\")");
            else if (own.Addressee is { } addressee && !SameText(addressee, printed.Addressee))
                problem($"{path}.addressee", $"is \"{printed.Addressee}\", but the linked dataset addresses recommendation {own.Number} to \"{addressee}\"");
        }
        foreach (var missing in inDataset.Where(r => link.Recommendations.All(p => p.Number != r.Number)))
            problem($"{at}.recommendations", $"leaves out recommendation {missing.Number} of the linked dataset (\"{missing.Text}\")");
    }

    private static string Describe(int? score) => score?.ToString() ?? "no score";

    // Quotes and spacing vary in print (’ vs '); the words must not.
    private static bool SameText(string first, string second) => string.Equals(Normalise(first), Normalise(second), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string text) =>
        string.Join(' ', text.Replace('\u2019', '\'').Replace('\u2018', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
