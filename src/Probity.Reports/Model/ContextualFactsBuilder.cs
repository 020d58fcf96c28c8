namespace Probity.Reports.Model;

/// <summary>Contextual facts and performance against key targets (spec §7.4), each figure with its source footnote.</summary>
internal static class ContextualFactsBuilder
{
    public static ContextualFactsSection? Build(ReportContext context)
    {
        var m = context.Manifest;
        if (m.ContextualFacts.Count == 0 && m.PerformanceAgainstKeyTargets.Count == 0) return null;
        var scope = context.Footnotes.Scope();
        var name = context.ShortName;
        var facts = m.ContextualFacts
            .Select(f => new HeadlineFigure(f.Value, f.Label.Replace("{provider}", name, StringComparison.Ordinal), scope.CiteIfAny(f.Source)))
            .ToList();
        var performance = m.PerformanceAgainstKeyTargets.Select(p =>
        {
            var text = $"{p.Label} for {name}.";
            if (p.EnglandAndWales is { } ew)
                text += $" The performance figure for all England and Wales was {Formatting.Decimal(ew)}%"
                    + (p.Target is { } t ? $", against a target of {Formatting.Decimal(t)}%" : "");
            else if (p.Target is { } t2) text += $" The target was {Formatting.Decimal(t2)}%";
            var figure = p.Provider is { } v ? Formatting.Decimal(v) + "%" : ReportTexts.NoData;
            return new HeadlineFigure(figure, text, scope.CiteIfAny(p.Source));
        }).ToList();

        var tables = new List<ReportTable>();
        if (facts.Count > 0)
            tables.Add(new ReportTable("contextual-facts", "Contextual facts", new Cell("Fact"), [new Cell("Value")],
                facts.Select(f => new TableRow(new Cell(f.Text), [new Cell(f.Figure)])).ToList()));
        if (m.PerformanceAgainstKeyTargets.Count > 0)
            tables.Add(new ReportTable("performance-against-key-targets", "Performance against key targets", new Cell("Measure"),
                [new Cell(name), new Cell("England and Wales"), new Cell("Target")],
                m.PerformanceAgainstKeyTargets.Select(p => new TableRow(new Cell($"{p.Measure}: {p.Label}"),
                    [Figure(p.Provider), Figure(p.EnglandAndWales), Figure(p.Target)])).ToList()));
        return new ContextualFactsSection(facts, performance, scope.Notes) { Tables = tables };
    }

    private static Cell Figure(decimal? value) =>
        value is { } v ? new Cell(Formatting.Decimal(v) + "%") { Value = v, Unit = CellUnit.Percent } : new Cell(ReportTexts.NoData);
}
