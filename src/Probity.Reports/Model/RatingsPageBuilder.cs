using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Reports.Model;

/// <summary>The ratings page (spec §8.2): every standard's rating, the score out of the framework's maximum, the overall rating.</summary>
internal static class RatingsPageBuilder
{
    public static RatingsPage Build(ReportContext context)
    {
        var scope = context.Footnotes.Scope();
        var rating = context.Rating;
        var domains = context.Framework.Domains.Select(d => new RatingsPageDomain(
            d.RatingsPageHeading.Length > 0 ? d.RatingsPageHeading : $"{d.Key}. {d.Title}",
            scope.CiteIfAny(d.Footnote),
            d.Standards.Select(s => Row(rating.Standard(s.Id)!)).ToList())).ToList();

        var rules = context.Framework.RatingRules;
        var score = rules is { PrintScore: true } && rating.Score is { } sc ? $"{sc}/{rating.MaxScore}" : null;
        var notices = new List<string>();
        foreach (var s in rating.Standards.Where(s => s.Status == StandardStatus.NotInspected))
            notices.Add($"Standard {s.Standard.Id} {s.Standard.Name} was not inspected: the score is out of {rating.MaxScore}.");
        var unrated = rating.Standards.Where(s => s.Status == StandardStatus.NoRating).Select(s => s.Standard.Id).ToList();
        if (unrated.Count > 0)
            notices.Add($"There is no score or overall rating yet: {Formatting.JoinAnd(unrated)} {(unrated.Count == 1 ? "has" : "have")} no rating.");

        var overall = Formatting.RatingName(rating.OverallRating);
        var rows = new List<TableRow>();
        foreach (var d in domains)
        {
            rows.Add(new TableRow(new Cell(d.Heading), [Cell.Empty]) { Kind = RowKind.Heading });
            rows.AddRange(d.Standards.Select(s => new TableRow(new Cell($"{s.Id} {s.Name}"), [new Cell(s.Rating)]) { ItemId = s.Id }));
        }
        if (score is not null) rows.Add(new TableRow(new Cell("Score"), [new Cell(score)]) { ItemId = "score" });
        rows.Add(new TableRow(new Cell("Overall rating"), [new Cell(overall)]) { ItemId = "overall" });
        var table = new ReportTable("ratings", "Ratings", new Cell("Standard"), [new Cell("Rating")], rows);

        var page = new RatingsPage(context.Manifest.Provider.Name, score, overall, domains, notices, scope.Notes) { Table = table };
        return RoundOneLayout.Applies(context.Framework)
            ? page with { Title = RoundOneLayout.SummaryOfRatings, Details = RoundOneLayout.RatingsDetails(context) }
            : page;
    }

    private static RatingsPageStandard Row(StandardRating standard) =>
        new(standard.Standard.Id, standard.Standard.Name, StatusText(standard), Formatting.RatingClass(standard.Rating));

    /// <summary>What the report prints for a standard's current rating.</summary>
    public static string StatusText(StandardRating standard) => standard.Status switch
    {
        StandardStatus.NotInspected => ReportTexts.NotInspected,
        StandardStatus.Rated => Formatting.RatingName(standard.Rating),
        StandardStatus.Unrated => "Not rated in this framework",
        _ => ReportTexts.NoRating,
    };
}
