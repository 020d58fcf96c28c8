using System.Globalization;
using Probity.Core.Rules;
using Probity.Core.Text;
using Probity.Reports.Checks;

namespace Probity.Reports.Model;

/// <summary>
/// The drafting notes of a draft report: for every key question and prompt, the suggested wording (§9.3) and what each
/// comparison allows the narrative to say (R20–R21); the staff-interview measures (§7.3) computed from interviews.csv.
/// </summary>
internal static class DraftingNotesBuilder
{
    public static DraftingNotes Build(ReportContext context, IReadOnlyList<string> checks, IReadOnlyList<OverriddenFinding> overridden,
        IReadOnlyList<BlockToReview> toReview)
    {
        var items = new List<TableRow>();
        foreach (var item in context.Framework.Questions.Items)
        {
            var tally = context.Rating.Items.GetValueOrDefault(item.Id);
            if (!tally.HasValue) continue;
            var wording = QuantifierPhrases.Suggest(tally.Yes, tally.Answered);
            items.Add(new TableRow(new Cell(item.Id),
            [
                new Cell($"{tally.Yes}/{tally.Answered} = {tally.Percent}%") { Value = tally.Percent, Unit = CellUnit.Percent },
                new Cell(wording.Preferred),
                new Cell($"not: {wording.PreferredComplement}"),
                new Cell(Describe(ComparisonCells.Previous(context, item.Id), context.HasPrevious)),
                new Cell(Describe(ComparisonCells.National(context, item.Id), context.Manifest.NationalComparator is not null)),
            ])
            { ItemId = item.Id });
        }
        var tables = new List<ReportTable>
        {
            new("drafting-wording", "Suggested wording and comparisons", new Cell("Item"),
                [new Cell("Current"), new Cell("Suggested wording"), new Cell("Framed negatively"), new Cell("Against the previous inspection"), new Cell("Against the national figure")],
                items),
        };

        var measures = context.Measures.Values.Where(m => m.IsShare || m.Average is not null).Select(m =>
        {
            var previous = context.Manifest.PreviousInspection?.Results.GetValueOrDefault(m.MetricId)?.Percent;
            var national = context.Manifest.NationalComparator?.Results.GetValueOrDefault(m.MetricId)?.Percent;
            var current = m.Share is { } t ? $"{t.Yes}/{t.Answered} = {t.Percent}%" : $"{Formatting.Decimal(Math.Round(m.Average!.Value, 1))} (average)";
            var wording = m.Share is { HasValue: true } s ? QuantifierPhrases.Suggest(s.Yes, s.Answered).Preferred : "";
            return new TableRow(new Cell(m.MetricId), [
                new Cell(m.Description), new Cell(current), new Cell(wording),
                new Cell(previous is { } p ? $"{p}%" : "–"), new Cell(national is { } n ? $"{n}%" : "–"),
            ])
            { ItemId = m.MetricId };
        }).ToList();
        if (measures.Count > 0)
            tables.Add(new("drafting-evidence-measures", "Figures from the inspection's own evidence", new Cell("Measure"),
                [new Cell("What it counts"), new Cell("Current"), new Cell("Suggested wording"), new Cell("Previous"), new Cell("National")], measures));

        return new DraftingNotes("drafting-notes", "Drafting notes", [
            "These notes are for the inspection team and are not part of the published report. The suggested wording follows Probity's quantifier "
            + "rules (our proposal, not HMIP's); edit it as the sentence needs. Only a comparison marked 'significant' may be described with that word.",
        ], tables, checks)
        {
            Overridden = [.. overridden.Select(o => $"{o.Finding} (overridden by {o.Override.By}: {o.Override.Reason})")],
            ToReview = [.. toReview.Select(r => $"{r.Block}: written before standard {r.Standard} was rated again; read it against the rating now")],
        };
    }

    // R20–R22 in words, so the inspector sees why a change may or may not be called significant.
    private static string Describe(Comparison comparison, bool exists)
    {
        if (!exists) return "–";
        if (!comparison.Comparable) return "not comparable (framework changed)";
        if (comparison.OtherPercent is not { } other) return "no figure";
        if (comparison.Test is not { } t) return $"{other}%: counts not held, so never 'significant'";
        var z = t.Z.ToString("0.00", CultureInfo.InvariantCulture);
        var p = t.PValue.ToString("0.000", CultureInfo.InvariantCulture);
        return $"{other}%: z = {z}, p = {p}, {(t.Significant ? "significant" : "not significant")}";
    }
}
