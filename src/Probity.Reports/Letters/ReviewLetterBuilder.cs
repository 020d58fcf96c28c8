using Probity.Core.Reviews;
using Probity.Core.Rules;
using Probity.Reports.Model;

namespace Probity.Reports.Letters;

/// <summary>
/// Builds the letter from a review and its linked PDU inspections (as <see cref="ReviewSummary"/> does for <c>rate</c>):
/// the review's text verbatim, Annexe two rated through Core from each linked dataset. Pure: no I/O.
/// </summary>
public static class ReviewLetterBuilder
{
    public static ReviewLetter Build(RegionalReview review, IReadOnlyList<LinkedInspection> linked, ReportOptions? options = null)
    {
        options ??= ReportOptions.Published;
        var number = 0;
        var evidence = new List<FindingEvidence>();
        var areas = new List<LetterArea>();
        foreach (var area in review.Areas)
        {
            LetterFinding Numbered(ReviewFinding finding)
            {
                number++;
                evidence.Add(new FindingEvidence(number, area.Title, finding.Polarity == FindingPolarity.Strength ? "Key strength" : "Key area for improvement",
                    Opening(finding.Text), finding.Evidence.Select(e => Citation(e, review)).ToList()));
                return new LetterFinding(number, finding.Text);
            }
            // Strengths come first in every area of the letter, whatever order the findings were recorded in.
            var strengths = area.Strengths.Select(Numbered).ToList();
            var improvements = area.AreasForImprovement.Select(Numbered).ToList();
            areas.Add(new LetterArea(area.Key, area.Title, area.Narrative, area.HeadingsPrinted, strengths, improvements));
        }

        return new ReviewLetter
        {
            Review = review,
            Subject = review.Title ?? $"{review.Region} region",
            Date = review.LetterDate is { } d ? Formatting.Date(d) : null,
            Addressee = review.Addressee,
            Copied = review.Copied,
            Signatory = review.Signatory,
            Opening = Section(review, "opening"),
            Observations = Section(review, "observations"),
            Areas = areas,
            Summary = Section(review, "summary"),
            Closing = Section(review, "closing"),
            AnnexeOne = review.PduInspections.Where(p => p.Recommendations.Count > 0).Select(AnnexeOne).ToList(),
            AnnexeTwo = Core.Reviews.AnnexeTwo.Build(linked),
            Evidence = evidence,
            Draft = options.Draft,
        };
    }

    private static IReadOnlyList<string> Section(RegionalReview review, string key) => review.Narrative.GetValueOrDefault(key) ?? [];

    // 002:226–260: consecutive recommendations to one addressee under "{addressee} should:", numbered as the PDU report numbers them.
    private static PduRecommendations AnnexeOne(LinkedPdu pdu)
    {
        var groups = new List<RecommendationGroup>();
        foreach (var r in pdu.Recommendations)
        {
            var heading = $"{r.Addressee} should:";
            var item = new NewRecommendationItem(r.Number, r.Text, Repeated: false);
            if (groups.Count > 0 && groups[^1].Heading == heading) groups[^1] = groups[^1] with { Items = [.. groups[^1].Items, item] };
            else groups.Add(new RecommendationGroup(heading, [item]));
        }
        return new PduRecommendations(pdu, groups);
    }

    /// <summary>"Regional staff survey: respondents who … – 68 out of 84 (81%)".</summary>
    private static string Citation(EvidenceCitation citation, RegionalReview review)
    {
        var text = $"{SourceName(citation.Source)}: {citation.Detail}";
        if (citation.Inspection is { } key && review.FindPdu(key) is { } pdu) text += $" ({pdu.Name})";
        if (citation is { Numerator: { } n, Denominator: { } d and > 0 }) text += $" – {n} out of {d} ({Percentages.RoundHalfUp(n, d)}%)";
        else if (citation.Value is { } v) text += $" – {Formatting.Decimal(v)}{(citation.Unit is { Length: > 0 } u ? " " + u : "")}";
        return text;
    }

    private static string SourceName(EvidenceSource source) => source switch
    {
        EvidenceSource.StaffSurvey => "Regional staff survey",
        EvidenceSource.PduInspections => "PDU inspections",
        EvidenceSource.CaseInspection => "Cases inspected in the review",
        EvidenceSource.ProviderData => "The region's own data",
        EvidenceSource.NationalData => "National data",
        _ => "Fieldwork",
    };

    // The finding's first words, so the list can be read beside the letter.
    private static string Opening(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 12 ? text : string.Join(' ', words.Take(12)) + " …";
    }
}
