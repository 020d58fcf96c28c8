using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Reports.Model;

namespace Probity.Reports.Area;

/// <summary>
/// The report of an unrated area inspection (Quality &amp; Impact, 2017; seed 004): the inspectors' judgement of each
/// domain for each provider and for the two working together, the case judgements counted — never banded, never rated —
/// and the recommendations. Built by <see cref="AreaReportBuilder"/> from the dataset and Core's counts.
/// </summary>
public sealed record AreaReport
{
    public required InspectionDataset Dataset { get; init; }
    public required InspectionRating Rating { get; init; }

    /// <summary>"The effectiveness of probation work in Cumbria".</summary>
    public required string Title { get; init; }

    public required ReportCover Cover { get; init; }
    public required IReadOnlyList<ContentsEntry> Contents { get; init; }
    public ForewordSection? Foreword { get; init; }
    public ContextualFactsSection? KeyFacts { get; init; }
    public OverallJudgements? Judgements { get; init; }
    public required IReadOnlyList<AreaChapter> Chapters { get; init; }
    public required ProseSection Methodology { get; init; }
    public required CaseDataAppendix CaseData { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Every table with figures, in print order: what the CSV and XLSX exports write.</summary>
    public IEnumerable<ReportTable> Tables =>
        Chapters.SelectMany(c => c.Views.SelectMany(v => v.PrevalenceTables).Concat(c.Figures.Select(f => f.Table)))
            .Concat(CaseData.Figures.Select(f => f.Table));

    public IReadOnlyDictionary<int, string> AllNotes =>
        (KeyFacts?.Notes ?? []).Concat(Methodology.Notes).ToDictionary(n => n.Number, n => n.Text);
}

/// <summary>Chapter 1 of the published report: each domain's headline judgement per view, then the recommendations.</summary>
public sealed record OverallJudgements(string Anchor, string Heading, IReadOnlyList<DomainJudgements> Domains, NewRecommendations? Recommendations);

public sealed record DomainJudgements(string Title, IReadOnlyList<ViewJudgement> Views);

public sealed record ViewJudgement(string Key, string Title, TextBlock Text);

/// <summary>One domain: each view's findings (text, tables), then the case judgements counted for each provider side by side.</summary>
public sealed record AreaChapter(string Anchor, string Heading, IReadOnlyList<ViewSection> Views, IReadOnlyList<CountFigure> Figures);

/// <summary>A view's part of a chapter: "CRC effectiveness", "NPS effectiveness", "The CRC and NPS working together".</summary>
public sealed record ViewSection(string Key, string Title, TextBlock? Text, IReadOnlyList<ReportTable> PrevalenceTables, EnablersAndBarriers? EnablersAndBarriers);

/// <summary>"Table 1: Enablers and barriers for the CRC relating to the inspection domain of protecting the public."</summary>
public sealed record EnablersAndBarriers(string Title, IReadOnlyList<string> Enablers, IReadOnlyList<string> Barriers, string? Note);

/// <summary>
/// A chart of counts (yes and no stacked, the numbers printed) with the same counts as a table beside it. Each row is a key
/// question or prompt; each series a view's cases (CRC beside NPS) or all the area's cases.
/// </summary>
public sealed record CountFigure(string Id, string Caption, string? Stem, IReadOnlyList<string> Series, IReadOnlyList<CountRow> Rows)
{
    public required ReportTable Table { get; init; }
}

/// <param name="Counts">One per series; null where the item is not asked of that series' cases (an NPS-only question).</param>
public sealed record CountRow(string ItemId, string Label, IReadOnlyList<Tally?> Counts);

/// <summary>Appendix: the area's counts combined ("not separate CRC and NPS figures due to the small numbers involved").</summary>
public sealed record CaseDataAppendix(string Anchor, string Title, IReadOnlyList<string> Intro, IReadOnlyList<CountFigure> Figures);
