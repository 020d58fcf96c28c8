using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;

namespace Probity.Core.Reviews;

/// <summary>
/// One PDU's table in the letter's Annexe two: "Score 8/24", the overall rating, then each domain and its standards with
/// their ratings or "Not inspected". Built from the PDU's rated dataset where the review links one, otherwise from what the
/// letter records (which may be only the overall rating).
/// </summary>
public sealed record AnnexeTwoTable(LinkedPdu Pdu, IReadOnlyList<AnnexeTwoRow> Rows)
{
    public int? Score { get; init; }
    public int? MaxScore { get; init; }
    public Rating? OverallRating { get; init; }

    /// <summary>True when rated from the linked dataset; false when only the letter's figures are held.</summary>
    public bool FromDataset { get; init; }

    /// <summary>The letter's format: "8 /24" is printed "8/24".</summary>
    public string? ScoreText => Score is { } s && MaxScore is { } m ? $"{s}/{m}" : null;
}

/// <summary>A domain heading ("1. Organisational delivery") or a standard with its rating.</summary>
public sealed record AnnexeTwoRow(string Id, string Name, bool IsDomain)
{
    public Rating? Rating { get; init; }
    public bool NotInspected { get; init; }

    /// <summary>What the table prints in the rating column.</summary>
    public string RatingText => IsDomain ? "" : NotInspected ? "Not inspected" : Rating?.DisplayName() ?? "no rating";
}

public static class AnnexeTwo
{
    public static IReadOnlyList<AnnexeTwoTable> Build(IEnumerable<LinkedInspection> links) =>
        links.Select(l => l.Rating is { } rating ? FromRating(l.Link, rating) : FromLetter(l.Link)).ToList();

    private static AnnexeTwoTable FromRating(LinkedPdu pdu, InspectionRating rating)
    {
        var rows = new List<AnnexeTwoRow>();
        foreach (var domain in rating.Framework.Domains)
        {
            rows.Add(new AnnexeTwoRow($"{domain.Key}.", domain.Title, IsDomain: true));
            rows.AddRange(domain.Standards.Select(s => rating.Standard(s.Id)!).Select(s => new AnnexeTwoRow(s.Standard.Id, s.Standard.Name, IsDomain: false)
            {
                Rating = s.Rating,
                NotInspected = s.Status == StandardStatus.NotInspected,
            }));
        }
        return new AnnexeTwoTable(pdu, rows)
        {
            Score = rating.Score,
            MaxScore = rating.MaxScore,
            OverallRating = rating.OverallRating,
            FromDataset = true,
        };
    }

    // Only what the letter prints: rows grouped under the framework's domains when the link names its framework.
    private static AnnexeTwoTable FromLetter(LinkedPdu pdu)
    {
        var published = pdu.Published;
        var rows = new List<AnnexeTwoRow>();
        var framework = pdu.Framework is null ? null : FrameworkCatalog.Find(pdu.Framework);
        var standards = published?.Standards ?? [];
        foreach (var domain in framework?.Domains ?? [])
        {
            var inDomain = standards.Where(s => domain.Standards.Any(d => d.Id == s.Standard)).ToList();
            if (inDomain.Count == 0) continue;
            rows.Add(new AnnexeTwoRow($"{domain.Key}.", domain.Title, IsDomain: true));
            rows.AddRange(inDomain.Select(Row));
        }
        rows.AddRange(standards.Where(s => rows.All(r => r.Id != s.Standard)).Select(Row));
        return new AnnexeTwoTable(pdu, rows)
        {
            Score = published?.Score,
            MaxScore = published?.MaxScore,
            OverallRating = published?.OverallRating,
        };
    }

    private static AnnexeTwoRow Row(PublishedStandardRating standard) =>
        new(standard.Standard, standard.Name, IsDomain: false) { Rating = standard.Rating, NotInspected = standard.NotInspected };
}
