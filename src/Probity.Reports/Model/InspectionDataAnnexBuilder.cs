using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Reports.Model;

/// <summary>
/// Annex 4: Inspection data (spec §8.6): one table, standard → key question → every prompt's percentage, with the previous
/// inspection's beside it or "No comparable data available" where the framework changed (R22).
/// </summary>
internal static class InspectionDataAnnexBuilder
{
    public static InspectionDataAnnex Build(ReportContext context)
    {
        var scope = context.Footnotes.Scope();
        var headingNote = scope.Cite(ReportTexts.InspectionData);
        var showPrevious = context.HasPrevious;
        var framework = context.Framework;
        var rows = new List<TableRow>();
        var width = showPrevious ? 2 : 1;
        Cell[] Blank() => Enumerable.Repeat(Cell.Empty, width).ToArray();

        foreach (var rating in context.Rating.Standards.Where(s => s.Standard.RatedBy == RatingBasis.CaseData && s.Status != StandardStatus.NotInspected))
        {
            var standard = rating.Standard;
            rows.Add(new TableRow(new Cell($"{standard.Id}. {standard.Name}"), Blank()) { Kind = RowKind.Heading, ItemId = standard.Id });
            foreach (var kq in standard.KeyQuestions.Where(k => k.IsAnsweredPerCase))
            {
                if (!ComparisonCells.HasPrompts(framework, kq))
                {
                    // A framework whose prompts were never published (2018): the annex gives the key questions themselves.
                    if (!framework.PromptsKnown) rows.Add(ItemRow(context, scope, kq.Id, new Cell(kq.HeadingTitle), showPrevious));
                    continue;
                }
                rows.Add(new TableRow(new Cell(kq.HeadingTitle), Blank()) { Kind = RowKind.Subheading, ItemId = kq.Id });
                foreach (var prompt in kq.Prompts)
                {
                    var label = new Cell(prompt.Text);
                    rows.Add(ItemRow(context, scope, prompt.Id, label, showPrevious, prompt.Footnote));
                }
            }
        }
        var columns = new List<Cell>();
        if (showPrevious) columns.Add(new Cell("Previous inspection"));
        columns.Add(new Cell("Current inspection"));
        var intro = new List<FootnotedText> { framework.PromptsKnown ? ReportTexts.AnnexFourIntro : ReportTexts.AnnexFourKeyQuestionsOnly };
        if (showPrevious) intro.Add(ReportTexts.AnnexFourComparability);
        var table = new ReportTable("inspection-data", "Annex 4: Inspection data", Cell.Empty, columns, rows);
        return new InspectionDataAnnex("annex-4", "Annex 4: Inspection data", headingNote, intro, table, scope.Notes);
    }

    private static TableRow ItemRow(ReportContext context, FootnoteScope scope, string itemId, Cell label, bool showPrevious, string? footnote = null)
    {
        var previous = ComparisonCells.Previous(context, itemId);
        if (showPrevious && ComparisonCells.ChangedMethod(context, previous)) label = label.WithNote(scope.Cite(ReportTexts.MethodologicalChange));
        label = label.WithNote(scope.CiteIfAny(footnote));
        var current = ComparisonCells.CurrentCell(context, itemId, scope, bold: false, [(previous, "the previous inspection")]);
        IReadOnlyList<Cell> cells = showPrevious ? [ComparisonCells.PreviousCell(previous), current] : [current];
        return new TableRow(label, cells) { ItemId = itemId };
    }
}
