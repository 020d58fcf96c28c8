using Probity.Core.Reviews;

namespace Probity.Web.Pages.Reviews;

/// <summary>
/// A part of the letter a lead writes as paragraphs: one of the four sections outside the areas (by their keys in the
/// review), or an area's opening narrative ("area-0" for the first area).
/// </summary>
public sealed record LetterText(string Part, string Name, string Hint)
{
    public static IReadOnlyList<LetterText> Sections { get; } =
    [
        new("opening", "Opening", "The greeting and the letter's first paragraphs, before the overall findings"),
        new("observations", "Introduction to the regional observations", "Printed before the areas, for example: At a regional level we have identified the following key strengths and areas for improvement:"),
        new("summary", "Summary", "The overall findings across the PDU inspections and the region"),
        new("closing", "Closing", "The last paragraphs, before the signature"),
    ];

    /// <summary>Every part of this review's letter: the four sections, then each area's narrative.</summary>
    public static IReadOnlyList<LetterText> Of(RegionalReview review) =>
        [.. Sections, .. review.Areas.Select((a, i) => new LetterText(AreaPart(i), $"{a.Title}: opening narrative", "Paragraphs printed under the area's heading, before its findings"))];

    public static string AreaPart(int index) => $"area-{index}";

    public IReadOnlyList<string> Paragraphs(RegionalReview review) =>
        AreaIndex is { } i ? (i < review.Areas.Count ? review.Areas[i].Narrative : []) : review.Narrative.GetValueOrDefault(Part) ?? [];

    /// <summary>The review with this part's paragraphs replaced (an empty list removes a section).</summary>
    public RegionalReview With(RegionalReview review, IReadOnlyList<string> paragraphs)
    {
        if (AreaIndex is { } i) return review with { Areas = [.. review.Areas.Select((a, j) => j == i ? a with { Narrative = paragraphs } : a)] };
        var narrative = new Dictionary<string, IReadOnlyList<string>>();
        // Sections keep the letter's order whatever order they were written in.
        foreach (var section in Sections.Select(s => s.Part).Concat(review.Narrative.Keys.Where(k => Sections.All(s => s.Part != k))))
        {
            var text = section == Part ? paragraphs : review.Narrative.GetValueOrDefault(section) ?? [];
            if (text.Count > 0) narrative[section] = text;
        }
        return review with { Narrative = narrative };
    }

    private int? AreaIndex => Part.StartsWith("area-", StringComparison.Ordinal) && int.TryParse(Part.AsSpan(5), out var i) ? i : null;
}
