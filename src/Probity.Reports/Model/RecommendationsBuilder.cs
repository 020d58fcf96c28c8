using Probity.Core.Datasets;

namespace Probity.Reports.Model;

/// <summary>Recommendations (spec §8.4): progress on the previous inspection's, then the new ones by who must act.</summary>
internal static class RecommendationsBuilder
{
    public static RecommendationsSection? Build(ReportContext context)
    {
        var set = context.Manifest.Recommendations;
        if (set.Previous.Count == 0 && set.New.Count == 0) return null;
        var scope = context.Footnotes.Scope();
        var type = context.TypeNoun;

        PreviousRecommendations? previous = null;
        if (set.Previous.Count > 0)
        {
            var note = scope.CiteIfAny(context.Manifest.Narrative.GetValueOrDefault(NarrativeKeys.PreviousReport));
            var items = set.Previous.OrderBy(p => p.Number).Select(p => new PreviousRecommendationItem(
                p.Number,
                p.Text,
                p.Progress is { } g ? RecommendationSentences.Progress(g, type) : null,
                TextBlock.Parse(p.Evidence) ?? context.Text(NarrativeKeys.PreviousRecommendation(p.Number)))).ToList();
            previous = new(note, RecommendationSentences.PreviousSummary(set.Previous, type), $"We recommended that the {type}:", items);
        }

        NewRecommendations? fresh = null;
        if (set.New.Count > 0)
        {
            var ordered = set.New.OrderBy(r => r.Number).ToList();
            var groups = ordered.GroupBy(r => r.Addressee ?? context.ShortName)
                .Select(g => new RecommendationGroup($"{g.Key} should:", ListItems(g.ToList())))
                .ToList();
            fresh = new(ReportTexts.NewRecommendationsLead(ordered.Count), groups);
        }
        return new RecommendationsSection(previous, fresh, scope.Notes);
    }

    // §8.4: items have no terminal punctuation and the last one of a list ends with a full stop.
    private static List<NewRecommendationItem> ListItems(List<Recommendation> items) =>
        items.Select((r, i) =>
        {
            var text = r.Text.Trim().TrimEnd('.', ';', ',');
            return new NewRecommendationItem(r.Number, i == items.Count - 1 ? text + "." : text, r.RepeatsPrevious is not null);
        }).ToList();
}
