using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Reports.Model;

/// <summary>
/// The round-one (2018) report layout (spec §8.7): "Overall findings" before a "Summary of ratings" with no score, and
/// "Annex 2: Inspection results: domains two and three" giving each case-based standard's rating and each key
/// question's percentage; "Overall findings" and the chapters carry the inspectors' words without the 2019 lead sentences
/// or key-question tables. Everything else prints as in the 2019 layout.
/// </summary>
internal static class RoundOneLayout
{
    public const string OverallFindings = "Overall findings";
    public const string SummaryOfRatings = "Summary of ratings";
    public const string ResultsTitle = "Annex 2: Inspection results: domains two and three";
    public const string MethodologyTitle = "Annex 1: Methodology";
    public const string OperatingModelTitle = "Annex 3: Operating model";

    public static bool Applies(FrameworkVersion framework) => framework.Id == "hmip-crc-2018";

    public static string Opening(string provider, string rating, int domains) =>
        $"Overall, {provider} is rated as: {rating}. This rating has been determined by inspecting this provider in {Core.Text.NumberWords.Of(domains)} areas "
        + $"of its work, referred to as 'domains'. The findings and subsequent ratings in those {Core.Text.NumberWords.Of(domains)} domains are described here:";

    /// <summary>"Service: …", "Fieldwork started: March 2018": the lines above the overall rating.</summary>
    public static IReadOnlyList<string> RatingsDetails(ReportContext context) =>
        context.Manifest.FieldworkStart is { } start
            ? [$"Service: {context.Manifest.Provider.Name}", $"Fieldwork started: {Formatting.Month($"{start.Year:D4}-{start.Month:D2}")}"]
            : [$"Service: {context.Manifest.Provider.Name}"];

    /// <summary>Annex 2: section heads per domain, then each standard with its rating, its statement, and its key questions' percentages.</summary>
    public static InspectionDataAnnex Results(ReportContext context)
    {
        var scope = context.Footnotes.Scope();
        var headingNote = scope.Cite(ReportTexts.InspectionData);
        var rows = new List<TableRow>();
        foreach (var domain in context.Framework.Domains)
        {
            var standards = domain.Standards.Select(s => context.Rating.Standard(s.Id)!)
                .Where(r => r.Standard.RatedBy == RatingBasis.CaseData && r.Status != StandardStatus.NotInspected).ToList();
            if (standards.Count == 0) continue;
            var heading = domain.ChapterHeading.Length > 0 ? domain.ChapterHeading : $"{domain.Key}. {domain.Title}";
            rows.Add(new TableRow(new Cell(heading), [Cell.Empty]) { Kind = RowKind.Heading });
            foreach (var rating in standards)
            {
                var s = rating.Standard;
                rows.Add(new TableRow(new Cell($"{s.Id}. {s.Name}"), [new Cell(RatingsPageBuilder.StatusText(rating)) { Bold = true }]) { ItemId = s.Id });
                rows.Add(new TableRow(new Cell(s.Statement), [Cell.Empty]) { Kind = RowKind.Subheading });
                foreach (var kq in s.KeyQuestions.Where(k => k.IsAnsweredPerCase))
                {
                    var percent = context.Rating.Items.GetValueOrDefault(kq.Id).Percent;
                    rows.Add(new TableRow(new Cell($"{kq.Id}. {kq.HeadingTitle}"),
                        [percent is { } p ? Cell.Percent(p) : new Cell(ReportTexts.NoData)])
                    { ItemId = kq.Id });
                }
            }
        }
        var table = new ReportTable("inspection-data", ResultsTitle, new Cell("Standard/Key question"), [new Cell("Rating/% yes")], rows);
        return new InspectionDataAnnex("annex-2", ResultsTitle, headingNote, [], table, scope.Notes);
    }
}
