using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Reports.Model;

namespace Probity.Reports.Area;

/// <summary>
/// Builds the report of an unrated area inspection from its dataset and Core's counts. The inspectors' words come from
/// the narrative (<see cref="AreaNarrativeKeys"/>); every count comes from the rating's per-view tallies. Pure: no I/O.
/// </summary>
public static class AreaReportBuilder
{
    public static AreaReport Build(InspectionDataset dataset, InspectionRating rating, ReportOptions? options = null)
    {
        options ??= ReportOptions.Published;
        var context = new AreaContext(dataset, rating);
        var m = dataset.Manifest;
        var area = m.Provider.DisplayShortName;
        var numbering = new FootnoteNumbering();

        var foreword = Text(m, NarrativeKeys.Foreword) is { } f
            ? new ForewordSection(f, (m.Narrative.GetValueOrDefault(NarrativeKeys.ForewordSignature) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : null;
        var keyFacts = KeyFacts(m, numbering);
        var judgements = Judgements(context);
        var tables = new TableNumbering();
        var chapters = dataset.Framework.Domains.Select(d => Chapter(context, d, tables)).ToList();
        var methodology = AreaMethodology.Build(context, numbering);
        var caseData = CaseData(context);

        var contents = new List<ContentsEntry>();
        if (foreword is not null) contents.Add(new("foreword", "Foreword"));
        if (keyFacts is not null) contents.Add(new("key-facts", AreaTexts.KeyFacts));
        if (judgements is not null) contents.Add(new(judgements.Anchor, judgements.Heading));
        contents.AddRange(chapters.Select(c => new ContentsEntry(c.Anchor, c.Heading)));
        contents.Add(new(methodology.Anchor, methodology.Title));
        contents.Add(new(caseData.Anchor, caseData.Title));

        return new AreaReport
        {
            Dataset = dataset,
            Rating = rating,
            Title = AreaTexts.Title(area),
            Cover = ReportBuilder.Cover(m, options),
            Contents = contents,
            Foreword = foreword,
            KeyFacts = keyFacts,
            Judgements = judgements,
            Chapters = chapters,
            Methodology = methodology,
            CaseData = caseData,
            Warnings = rating.Warnings,
        };
    }

    private static TextBlock? Text(InspectionManifest manifest, string key) => TextBlock.Parse(manifest.Narrative.GetValueOrDefault(key));

    // The key facts page (004:89–105): each figure with its source as a footnote, as the 2019 report's contextual facts.
    private static ContextualFactsSection? KeyFacts(InspectionManifest manifest, FootnoteNumbering numbering)
    {
        if (manifest.ContextualFacts.Count == 0) return null;
        var scope = numbering.Scope();
        var facts = manifest.ContextualFacts
            .Select(f => new HeadlineFigure(f.Value, f.Label.Replace("{provider}", manifest.Provider.DisplayShortName, StringComparison.Ordinal), scope.CiteIfAny(f.Source)))
            .ToList();
        var table = new ReportTable("key-facts", AreaTexts.KeyFacts, new Cell("Fact"), [new Cell("Value")],
            facts.Select(f => new TableRow(new Cell(f.Text), [new Cell(f.Figure)])).ToList());
        return new ContextualFactsSection(facts, [], scope.Notes) { Tables = [table] };
    }

    private static OverallJudgements? Judgements(AreaContext context)
    {
        var domains = context.Framework.Domains
            .Select(d => new DomainJudgements(d.Title, context.Framework.Views
                .Select(v => Text(context.Manifest, AreaNarrativeKeys.Judgement(d.Key, v.Key)) is { } t ? new ViewJudgement(v.Key, v.Title, t) : null)
                .OfType<ViewJudgement>().ToList()))
            .Where(d => d.Views.Count > 0)
            .ToList();
        var recommendations = Recommendations(context.Manifest);
        if (domains.Count == 0 && recommendations is null) return null;
        return new OverallJudgements("judgements", AreaTexts.Judgements, domains, recommendations);
    }

    // 004:178–204: numbered continuously across addressees, the joint "CRC and NPS" addressee first, as recorded.
    private static NewRecommendations? Recommendations(InspectionManifest manifest)
    {
        if (manifest.Recommendations.New.Count == 0) return null;
        var groups = new List<RecommendationGroup>();
        foreach (var r in manifest.Recommendations.New.OrderBy(r => r.Number))
        {
            var heading = $"{r.Addressee ?? manifest.Provider.DisplayShortName} should:";
            var item = new NewRecommendationItem(r.Number, r.Text, r.RepeatsPrevious is not null);
            if (groups.Count > 0 && groups[^1].Heading == heading) groups[^1] = groups[^1] with { Items = [.. groups[^1].Items, item] };
            else groups.Add(new RecommendationGroup(heading, [item]));
        }
        return new NewRecommendations(ReportTexts.NewRecommendationsLead(manifest.Recommendations.New.Count), groups);
    }

    private static AreaChapter Chapter(AreaContext context, Domain domain, TableNumbering tables)
    {
        var views = new List<ViewSection>();
        foreach (var view in context.Framework.Views)
        {
            var counts = context.Counts(view);
            var prevalence = counts is null
                ? []
                : domain.Standards.SelectMany(s => s.KeyQuestions).Where(k => k.PromptTable is not null)
                    .Select(k => PrevalenceTable(k, view, counts, tables)).OfType<ReportTable>().ToList();
            var enablers = EnablersAndBarriers(context, domain, view, tables);
            var text = Text(context.Manifest, AreaNarrativeKeys.Chapter(domain.Key, view.Key));
            if (text is null && prevalence.Count == 0 && enablers is null) continue; // nothing to say: no bare heading
            views.Add(new ViewSection(view.Key, view.Title, text, prevalence, enablers));
        }
        var series = context.CountedViews.Select(v => (Title: Organisation(v), Counts: context.Counts(v)!)).ToList();
        var figures = domain.Standards
            .Select(s => Figure($"counts-{s.Id}", $"{s.Id} {s.Name}: {Formatting.JoinAnd(series.Select(x => $"{x.Title} cases").ToList())}", null,
                Items(s.KeyQuestions), series))
            .Where(f => f.Rows.Count > 0)
            .ToList();
        return new AreaChapter($"domain-{domain.Key}", domain.Title, views, figures);
    }

    // Tables 4 and 6 (004:726–738, 004:863–874): a view's prompts in order of prevalence (cases answered), with the share
    // answered yes; a prompt no case of the view answered is no prevalent need and is left out.
    private static ReportTable? PrevalenceTable(KeyQuestion kq, FrameworkView view, IReadOnlyDictionary<string, Tally> counts, TableNumbering tables)
    {
        var rows = kq.Prompts.Select((p, order) => (Prompt: p, Order: order, Tally: counts.GetValueOrDefault(p.Id)))
            .Where(x => x.Tally.Answered > 0)
            .OrderByDescending(x => x.Tally.Answered).ThenBy(x => x.Order)
            .Select(x => new TableRow(new Cell(x.Prompt.Text), [new Cell($"{x.Tally.Percent}") { Value = x.Tally.Percent, Unit = CellUnit.Number }]) { ItemId = x.Prompt.Id })
            .ToList();
        if (rows.Count == 0) return null;
        var spec = kq.PromptTable!;
        var title = $"Table {tables.Next()}: {spec.Title.Replace("{organisation}", Organisation(view), StringComparison.Ordinal)}";
        return new ReportTable($"prevalence-{kq.Id}-{view.Key}", title, new Cell(spec.RowHeading), [new Cell(spec.ValueHeading)], rows);
    }

    private static EnablersAndBarriers? EnablersAndBarriers(AreaContext context, Domain domain, FrameworkView view, TableNumbering tables)
    {
        var enablers = Items(Text(context.Manifest, AreaNarrativeKeys.Enablers(domain.Key, view.Key)));
        var barriers = Items(Text(context.Manifest, AreaNarrativeKeys.Barriers(domain.Key, view.Key)));
        if (enablers.Count == 0 && barriers.Count == 0) return null;
        var organisation = Organisation(view);
        var domainName = domain.Title.ToLowerInvariant();
        return new EnablersAndBarriers(AreaTexts.EnablersAndBarriers(tables.Next(), organisation, domainName, barriers.Count > 0), enablers, barriers,
            barriers.Count == 0 ? AreaTexts.NoBarriers(domainName, organisation) : null);
    }

    private static List<string> Items(TextBlock? text) =>
        text?.Parts.SelectMany(p => p.Bullets ?? (p.Paragraph is { } para ? [para] : [])).ToList() ?? [];

    // Appendix (004:1172–1195): the area's cases combined, a figure per domain, and one per key question whose prompts
    // break it down (the risk of harm to whom; diversity at each stage) unless the chapter already tables them.
    private static CaseDataAppendix CaseData(AreaContext context)
    {
        var all = new List<(string Title, IReadOnlyDictionary<string, Tally> Counts)> { ("All cases", context.Rating.Items) };
        var figures = new List<CountFigure>();
        foreach (var domain in context.Framework.Domains)
        {
            var kqs = domain.Standards.SelectMany(s => s.KeyQuestions).Where(k => k.IsAnsweredPerCase).ToList();
            var n = figures.Count + 1;
            figures.Add(Figure($"case-data-{domain.Key}", $"Figure 2.{n} {domain.Title}", null,
                kqs.Select(k => (k.Id, $"{k.Id} {k.Title}")).ToList(), all));
            foreach (var kq in kqs.Where(k => k.Prompts.Count > 0 && k.PromptTable is null))
                figures.Add(Figure($"case-data-{kq.Id}", $"Figure 2.{figures.Count + 1} {domain.Title}", kq.Title,
                    kq.Prompts.Select(p => (p.Id, $"{p.Id} {p.Text}")).ToList(), all));
        }
        return new CaseDataAppendix("case-data", "Appendix 2: Data analysis from inspected cases", [AreaTexts.CaseDataIntro], figures.Where(f => f.Rows.Count > 0).ToList());
    }

    /// <summary>A standard's key questions, each followed by its prompts.</summary>
    private static List<(string Id, string Label)> Items(IEnumerable<KeyQuestion> kqs) =>
        kqs.Where(k => k.IsAnsweredPerCase)
            .SelectMany(k => new[] { (k.Id, $"{k.Id} {k.Title}") }.Concat(k.Prompts.Select(p => (p.Id, $"{p.Id} {p.Text}"))))
            .ToList();

    private static CountFigure Figure(string id, string caption, string? stem, IReadOnlyList<(string Id, string Label)> items,
        IReadOnlyList<(string Title, IReadOnlyDictionary<string, Tally> Counts)> series)
    {
        var rows = items
            .Select(i => new CountRow(i.Id, i.Label, series.Select(s => s.Counts.TryGetValue(i.Id, out var t) && t.Population > 0 ? t : (Tally?)null).ToList()))
            .Where(r => r.Counts.Any(c => c is not null))
            .ToList();
        var columns = series.SelectMany(s => new[] { new Cell($"{s.Title}: yes"), new Cell($"{s.Title}: no") }).ToList();
        var tableRows = rows.Select(r => new TableRow(new Cell(r.Label),
            r.Counts.SelectMany(c => c is { } t ? new[] { Count(t.Yes), Count(t.No) } : [NotAsked, NotAsked]).ToList())
        { ItemId = r.ItemId }).ToList();
        var table = new ReportTable(id, caption, new Cell("Case judgement"), columns, tableRows) { Caption = AreaTexts.CountsNote };
        return new CountFigure(id, caption, stem, series.Select(s => s.Title).ToList(), rows) { Table = table };
    }

    private static Cell Count(int count) => new(count.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Value = count, Unit = CellUnit.Number };

    // Not asked of this view's cases (the NPS-only MAPPA questions in the CRC's column): a dash, not two zeros.
    private static readonly Cell NotAsked = new("–");

    /// <summary>"CRC", "NPS", "CRC and NPS working together": how a table or chart names a view's organisation.</summary>
    internal static string Organisation(FrameworkView view)
    {
        if (view.Population is { Filters: [{ Values: [var organisation] }] }) return organisation;
        return view.Title.StartsWith("The ", StringComparison.Ordinal) ? view.Title[4..] : view.Title;
    }

    private sealed class TableNumbering
    {
        private int _next = 1;
        public int Next() => _next++;
    }
}

/// <summary>What the area builder reads: the dataset, its counts by view.</summary>
internal sealed class AreaContext(InspectionDataset dataset, InspectionRating rating)
{
    public InspectionDataset Dataset { get; } = dataset;
    public InspectionRating Rating { get; } = rating;
    public FrameworkVersion Framework => Dataset.Framework;
    public InspectionManifest Manifest => Dataset.Manifest;

    /// <summary>The views with cases of their own (the CRC's, the NPS's), in the framework's order.</summary>
    public IReadOnlyList<FrameworkView> CountedViews => Framework.Views.Where(v => v.Population is not null).ToList();

    public IReadOnlyDictionary<string, Tally>? Counts(FrameworkView view) => Rating.Views.FirstOrDefault(v => v.View == view)?.Items;
}
