using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Reports.Model;

/// <summary>
/// A case-based standard's key-question table (spec §8.5): Previous inspection | Current inspection | All providers of the
/// type, the lowest current value in bold (R7), the panel's decision as a footnote on it, "No comparable data available"
/// where the framework changed (R22), and "significant" only where the z-test passes (R20–R21).
/// </summary>
internal static class KeyQuestionTables
{
    public static (FootnotedText Lead, ReportTable Table) Build(ReportContext context, StandardRating rating, FootnoteScope scope)
    {
        var standard = rating.Standard;
        var kqs = standard.KeyQuestions;
        var provisional = standard.Domain.Key == "4"; // §8.5: the CRC-specific standards' note begins "The provisional rating …"
        var lead = new FootnotedText([
            new FootnotedRun("Our rating", scope.Cite(provisional ? ReportTexts.ProvisionalRatingNote : ReportTexts.RatingNote)),
            new FootnotedRun(" " + ReportTexts.RatingLead(Topic(standard), kqs.Count)),
        ]);

        var previous = kqs.ToDictionary(k => k.Id, k => ComparisonCells.Previous(context, k.Id));
        var national = kqs.ToDictionary(k => k.Id, k => ComparisonCells.National(context, k.Id));
        var anyComparable = previous.Values.Any(c => c.Comparable);
        var showNational = national.Values.Any(c => c.Other is not null);
        var showPrevious = context.HasPrevious && (anyComparable || showNational);

        var nationalLabel = context.Manifest.NationalComparator?.Label ?? $"All {context.TypeNoun}s";
        var columns = new List<Cell>();
        if (showPrevious) columns.Add(new Cell("Previous inspection"));
        columns.Add(new Cell("Current inspection"));
        if (showNational) columns.Add(new Cell(nationalLabel).WithNote(scope.CiteIfAny(context.Manifest.NationalComparator?.Source)));

        var corner = (showPrevious, showNational) switch
        {
            (true, true) => $"Comparison with {context.ShortName} in previous inspection and {Lower(nationalLabel)}",
            (true, false) => $"Comparison with {context.ShortName} in previous inspection",
            (false, true) => $"Comparison with {Lower(nationalLabel)}",
            _ => "",
        };

        // R12–R13: the panel's decision is footnoted on the value that drove the rating (the first lowest key question).
        var decisionOn = rating.AppliedDecision is not null && rating.LowestKeyQuestions.Count > 0 ? rating.LowestKeyQuestions[0] : null;
        var rows = new List<TableRow>();
        foreach (var kq in kqs)
        {
            var label = new Cell(kq.Title);
            if (ComparisonCells.HasPrompts(context.Framework, kq)) label = label.WithNote(scope.Cite(ReportTexts.PromptsNote));
            if (!kq.IsAnsweredPerCase)
            {
                // R9: a qualitative-only question prints its fixed text across the row.
                var qualitative = new List<Cell>();
                if (showPrevious) qualitative.Add(Dash);
                qualitative.Add(new Cell(kq.TableText ?? "This question produces qualitative evidence only."));
                if (showNational) qualitative.Add(Dash);
                rows.Add(new TableRow(label, qualitative) { ItemId = kq.Id });
                continue;
            }
            var p = previous[kq.Id];
            if (showPrevious && ComparisonCells.ChangedMethod(context, p)) label = label.WithNote(scope.Cite(ReportTexts.MethodologicalChange));
            var lowest = rating.KeyQuestions.FirstOrDefault(k => k.KeyQuestion.Id == kq.Id)?.IsLowest == true;
            var current = ComparisonCells.CurrentCell(context, kq.Id, scope, lowest,
                [(p, "the previous inspection"), (national[kq.Id], Lower(nationalLabel))]);
            if (kq.Id == decisionOn) current = current.WithNote(scope.Cite(ReportTexts.PanelDecisionNote(rating.AppliedDecision!)));
            var cells = new List<Cell>();
            if (showPrevious) cells.Add(ComparisonCells.PreviousCell(p));
            cells.Add(current);
            if (showNational) cells.Add(ComparisonCells.NationalCell(national[kq.Id]));
            rows.Add(new TableRow(label, cells) { ItemId = kq.Id });
        }
        return (lead, new ReportTable($"key-questions-{standard.Id}", $"{standard.Id} {standard.Name}: key questions", new Cell(corner), columns, rows));
    }

    /// <summary>The key questions against the band thresholds, for the inline chart.</summary>
    public static KeyQuestionChart? Chart(ReportContext context, StandardRating rating)
    {
        var bars = rating.KeyQuestions.Where(k => k.Percent is not null)
            .Select(k => new ChartBar(k.KeyQuestion.Id, k.Percent!.Value, k.IsLowest)).ToList();
        if (bars.Count == 0 || context.Framework.RatingRules is not { } rules) return null;
        var thresholds = rules.KeyQuestionBands.Where(b => b.Min > 0).Select(b => new ChartThreshold(b.Min, Formatting.RatingName(b.Rating))).ToList();
        return new KeyQuestionChart(rating.Standard.Id, bars, thresholds);
    }

    // R3: an item with no value prints as a dash.
    private static readonly Cell Dash = new("–");

    public static string Topic(Standard standard) => standard.Topic.Length > 0 ? standard.Topic : standard.Name.ToLowerInvariant();

    private static string Lower(string label) => label.Length > 0 ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
