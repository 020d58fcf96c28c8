using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Reports.Checks;

namespace Probity.Reports.Model;

/// <summary>
/// The published report of one inspection, in the structure of the 2019 report (spec §8): everything it prints, already
/// decided. Built by <see cref="ReportBuilder"/> from the dataset and Core's rating; the renderers only lay it out.
/// </summary>
public sealed record InspectionReport
{
    public required InspectionDataset Dataset { get; init; }
    public required InspectionRating Rating { get; init; }
    public required ReportCover Cover { get; init; }
    public required IReadOnlyList<ContentsEntry> Contents { get; init; }
    public ForewordSection? Foreword { get; init; }
    public required RatingsPage Ratings { get; init; }
    public required ExecutiveSummary Summary { get; init; }
    public RecommendationsSection? Recommendations { get; init; }
    public ProseSection? Background { get; init; }
    public ContextualFactsSection? ContextualFacts { get; init; }
    public required IReadOnlyList<DomainChapter> Chapters { get; init; }
    public ProseSection? Annex1 { get; init; }
    public required ProseSection Methodology { get; init; }
    public ProseSection? Annex3 { get; init; }
    public required InspectionDataAnnex InspectionData { get; init; }

    /// <summary>Printed in the round-one (2018) layout (spec §8.7): the findings before the ratings, the results annex second.</summary>
    public bool RoundOne { get; init; }

    /// <summary>Only in a draft: suggested wording, the comparisons behind "significant", and the narrative checks.</summary>
    public DraftingNotes? Drafting { get; init; }

    /// <summary>What the lead inspector should look at before publishing (narrative that says "significant" without a passing test, …).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The checks before publication not overridden: what stops publication until the text is mended or a lead overrides it.</summary>
    public IReadOnlyList<CheckFinding> Checks { get; init; } = [];

    /// <summary>The checks a lead inspector overrode, with the reason.</summary>
    public IReadOnlyList<OverriddenFinding> OverriddenChecks { get; init; } = [];

    /// <summary>Every footnote of the report, by number.</summary>
    public IReadOnlyDictionary<int, string> AllNotes =>
        Ratings.Notes.Concat(Summary.Notes).Concat(Recommendations?.Notes ?? []).Concat(ContextualFacts?.Notes ?? [])
            .Concat(Chapters.SelectMany(c => c.Notes.Concat(c.Standards.SelectMany(s => s.Notes))))
            .Concat(Annex1?.Notes ?? []).Concat(Methodology.Notes).Concat(Annex3?.Notes ?? []).Concat(InspectionData.Notes)
            .ToDictionary(n => n.Number, n => n.Text);

    /// <summary>Every table the report prints, in order: what the CSV and XLSX exports write.</summary>
    public IEnumerable<ReportTable> Tables =>
        new[] { Ratings.Table }
            .Concat(ContextualFacts?.Tables ?? [])
            .Concat(Chapters.SelectMany(c => c.Standards).SelectMany(s => s.Tables))
            .Concat(Methodology.Blocks.OfType<TableBlock>().Select(b => b.Table))
            .Append(InspectionData.Table)
            .Concat(Drafting?.Tables ?? []);
}

/// <param name="CopyrightYear">The year of publication (or fieldwork); null when the inspection records neither.</param>
public sealed record ReportCover(string ProviderName, string PublishedMonth, string? LeadInspector, string? FieldworkStarted, int? CopyrightYear, bool Draft)
{
    /// <summary>The superseded notice of an earlier published version (<see cref="SupersededVersion.Notice"/>); null on the current one.</summary>
    public string? Superseded { get; init; }
}

/// <summary>A contents line; the PDF printer fills in the page numbers it finds.</summary>
public sealed record ContentsEntry(string Anchor, string Title);

public sealed record ForewordSection(TextBlock Text, IReadOnlyList<string> Signature);

/// <summary>A section of prose blocks (methodology, background, annexes), each block a heading, paragraph, list or table.</summary>
public sealed record ProseSection(string Anchor, string Title, IReadOnlyList<DocBlock> Blocks, IReadOnlyList<Footnote> Notes);

public abstract record DocBlock;
public sealed record HeadingBlock(string Text, int Level = 3) : DocBlock;
public sealed record ParagraphBlock(FootnotedText Text) : DocBlock;
public sealed record BulletsBlock(IReadOnlyList<string> Items) : DocBlock;
public sealed record InspectorTextBlock(TextBlock Text) : DocBlock;
public sealed record TableBlock(ReportTable Table) : DocBlock;

public sealed record RatingsPage(string ProviderName, string? Score, string OverallRating, IReadOnlyList<RatingsPageDomain> Domains,
    IReadOnlyList<string> Notices, IReadOnlyList<Footnote> Notes)
{
    /// <summary>The ratings as one table (standard, name, rating) for exports.</summary>
    public required ReportTable Table { get; init; }

    /// <summary>"Ratings"; in the round-one layout, "Summary of ratings".</summary>
    public string Title { get; init; } = "Ratings";

    /// <summary>Lines above the overall rating in the round-one layout ("Service: …", "Fieldwork started: …").</summary>
    public IReadOnlyList<string> Details { get; init; } = [];
}

public sealed record RatingsPageDomain(string Heading, int? Note, IReadOnlyList<RatingsPageStandard> Standards);

public sealed record RatingsPageStandard(string Id, string Name, string Rating, string CssClass);

public sealed record ExecutiveSummary(IReadOnlyList<FootnotedText> Opening, IReadOnlyList<SummaryBlock> Domains, IReadOnlyList<Footnote> Notes)
{
    /// <summary>"Executive summary"; in the round-one layout, "Overall findings".</summary>
    public string Title { get; init; } = "Executive summary";
}

/// <summary>A domain's (or a CRC-specific standard's) block of the executive summary.</summary>
public sealed record SummaryBlock(string Heading, IReadOnlyList<FootnotedText> Lead, TextBlock? Narrative, LeadAndText? Strengths,
    LeadAndText? Improvements, IReadOnlyList<SummaryBlock> Parts);

public sealed record RecommendationsSection(PreviousRecommendations? Previous, NewRecommendations? New, IReadOnlyList<Footnote> Notes);

public sealed record PreviousRecommendations(int? HeadingNote, FootnotedText Summary, string Lead, IReadOnlyList<PreviousRecommendationItem> Items);

public sealed record PreviousRecommendationItem(int Number, string Text, string? Progress, TextBlock? Evidence);

public sealed record NewRecommendations(string Lead, IReadOnlyList<RecommendationGroup> Groups);

public sealed record RecommendationGroup(string Heading, IReadOnlyList<NewRecommendationItem> Items);

public sealed record NewRecommendationItem(int Number, string Text, bool Repeated);

public sealed record ContextualFactsSection(IReadOnlyList<HeadlineFigure> Facts, IReadOnlyList<HeadlineFigure> Performance, IReadOnlyList<Footnote> Notes)
{
    public required IReadOnlyList<ReportTable> Tables { get; init; }
}

/// <summary>A large figure and the sentence under it (contextual facts, performance against key targets).</summary>
public sealed record HeadlineFigure(string Figure, string Text, int? Note);

public sealed record DomainChapter(string Anchor, string Heading, int? HeadingNote, IReadOnlyList<FootnotedText> Lead, TextBlock? Narrative,
    LeadAndText? Strengths, LeadAndText? Improvements, IReadOnlyList<StandardSection> Standards, IReadOnlyList<Footnote> Notes);

/// <summary>One standard's part of a chapter (spec §8.5), in print order.</summary>
public sealed record StandardSection
{
    public required string Id { get; init; }
    public required string Heading { get; init; }
    public required ReportTable RatingTable { get; init; }
    public TextBlock? Intro { get; init; }
    public IReadOnlyList<FootnotedText> Lead { get; init; } = [];
    public TextBlock? Overview { get; init; }
    public LeadAndText? Strengths { get; init; }
    public LeadAndText? Improvements { get; init; }
    public IReadOnlyList<KeyDataTableView> KeyData { get; init; } = [];

    /// <summary>Domain one: "In making a judgement about …, we take into account the answers to the following … questions."</summary>
    public string? JudgementLead { get; init; }

    /// <summary>Case-based standards: "Our rating¹ for … is based on the following … questions:" and the key-question table.</summary>
    public FootnotedText? TableLead { get; init; }

    public ReportTable? KeyQuestionTable { get; init; }
    public KeyQuestionChart? Chart { get; init; }
    public TextBlock? Summary { get; init; }
    public IReadOnlyList<KeyQuestionSection> KeyQuestions { get; init; } = [];
    public IReadOnlyList<PracticeExampleView> PracticeExamples { get; init; } = [];
    public IReadOnlyList<ExtraSubsection> Extras { get; init; } = [];

    /// <summary>Printed instead of the tables when the standard was not inspected.</summary>
    public string? StatusNote { get; init; }

    public IReadOnlyList<Footnote> Notes { get; init; } = [];

    public IEnumerable<ReportTable> Tables =>
        new[] { RatingTable }.Concat(KeyData.Select(k => k.Table))
            .Concat(KeyQuestionTable is null ? [] : [KeyQuestionTable])
            .Concat(KeyQuestions.SelectMany(k => k.KeyData).Select(k => k.Table));
}

public sealed record KeyQuestionSection(string Id, string Heading, TextBlock? Narrative, IReadOnlyList<KeyDataTableView> KeyData);

public sealed record ExtraSubsection(string Heading, TextBlock Text);

public sealed record PracticeExampleView(string Title, TextBlock Text, bool Good);

/// <summary>A key data table (spec §7.2) and the sentence that may follow it.</summary>
public sealed record KeyDataTableView(ReportTable Table, string? FollowingSentence);

/// <summary>An inline SVG chart of a standard's key questions against the band thresholds.</summary>
public sealed record KeyQuestionChart(string StandardId, IReadOnlyList<ChartBar> Bars, IReadOnlyList<ChartThreshold> Thresholds);

public sealed record ChartBar(string Label, int Percent, bool Lowest);

public sealed record ChartThreshold(int Percent, string Label);

public sealed record InspectionDataAnnex(string Anchor, string Title, int? HeadingNote, IReadOnlyList<FootnotedText> Intro, ReportTable Table, IReadOnlyList<Footnote> Notes);

public sealed record DraftingNotes(string Anchor, string Title, IReadOnlyList<FootnotedText> Intro, IReadOnlyList<ReportTable> Tables, IReadOnlyList<string> Checks)
{
    /// <summary>"Standard 4.2 overview: “'Good'” — overridden by lisa.parker: the 2018 rating, in the past tense."</summary>
    public IReadOnlyList<string> Overridden { get; init; } = [];

    /// <summary>"Standard 2.2 summary: written before 2.2 was rated again."</summary>
    public IReadOnlyList<string> ToReview { get; init; } = [];
}
