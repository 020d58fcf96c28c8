using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Reports.Model.KeyData;

namespace Probity.Reports.Model;

/// <summary>The domain chapters (spec §8.5): the chapter's summary, then each standard's rating table, key data, key-question table and narrative.</summary>
internal static class ChapterBuilder
{
    public static DomainChapter Build(ReportContext context, Domain domain)
    {
        var scope = context.Footnotes.Scope();
        var key = domain.Key;
        var heading = domain.ChapterHeading.Length > 0 ? domain.ChapterHeading : $"{key}. {domain.Title}";
        var headingNote = domain.ChapterHeading != domain.RatingsPageHeading ? scope.CiteIfAny(domain.Footnote) : null;
        var sample = SampleFacts.SampleOf(domain);
        var mixed = sample is null ? ExecutiveSummaryBuilder.MixedLead(context, domain) : null;
        // Round one (spec §8.7) printed no sample lead and no key-question tables: its Annex 2 gives the percentages.
        var figures = !RoundOneLayout.Applies(context.Framework);
        var lead = !figures ? [] : sample is not null ? SampleParagraphs.For(context, sample, ExecutiveSummaryBuilder.Elements(domain)) : mixed ?? [];
        var shared = sample is not null || mixed is not null;
        var standards = domain.Standards.Select(s => Standard(context, context.Rating.Standard(s.Id)!, sharedSample: shared || !figures, figures)).ToList();
        return new DomainChapter($"chapter-{key}", heading, headingNote, lead, context.Text(NarrativeKeys.Chapter(key)),
            context.Lead(ReportTexts.Strengths, NarrativeKeys.ChapterStrengths(key)),
            context.Lead(ReportTexts.AreasForImprovement, NarrativeKeys.ChapterImprovements(key)),
            standards, scope.Notes);
    }

    private static StandardSection Standard(ReportContext context, StandardRating rating, bool sharedSample, bool figures)
    {
        var scope = context.Footnotes.Scope();
        var s = rating.Standard;
        var section = new StandardSection
        {
            Id = s.Id,
            Heading = $"{s.Id}. {s.Name}",
            RatingTable = RatingTable(context, rating),
            Intro = context.Text(NarrativeKeys.StandardIntro(s.Id)),
        };
        if (rating.Status == StandardStatus.NotInspected)
            return section with { StatusNote = ReportTexts.NotInspectedStandard(s.Id, s.Name), Notes = scope.Notes };

        var sample = sharedSample ? null : SampleFacts.SampleOf(s);
        section = section with
        {
            Lead = sample is null ? [] : SampleParagraphs.For(context, sample, []),
            Overview = context.Text(NarrativeKeys.StandardOverview(s.Id)),
            Strengths = context.Lead(ReportTexts.Strengths, NarrativeKeys.StandardStrengths(s.Id)),
            Improvements = context.Lead(ReportTexts.AreasForImprovement, NarrativeKeys.StandardImprovements(s.Id)),
            KeyData = KeyDataFor(context, s.Id, null, scope),
        };
        if (s.RatedBy == RatingBasis.Judgement)
            section = section with { JudgementLead = ReportTexts.JudgementLead(KeyQuestionTables.Topic(s), s.KeyQuestions.Count) };
        else if (s.RatedBy == RatingBasis.CaseData && figures)
        {
            var (lead, table) = KeyQuestionTables.Build(context, rating, scope);
            section = section with { TableLead = lead, KeyQuestionTable = table, Chart = KeyQuestionTables.Chart(context, rating) };
        }

        var questions = s.KeyQuestions
            .Select(k => new KeyQuestionSection(k.Id, k.HeadingTitle, context.Text(NarrativeKeys.KeyQuestion(k.Id)), KeyDataFor(context, s.Id, k.Id, scope)))
            .Where(k => k.Narrative is not null || k.KeyData.Count > 0) // a heading with nothing under it would be a gap
            .ToList();
        var examples = context.Dataset.PracticeExamples.Where(p => p.Standard == s.Id && p.InReport)
            .Select(p => new PracticeExampleView(p.Kind == PracticeKind.Good ? "Good practice example" : "Poor practice example",
                TextBlock.Parse(p.Text)!, p.Kind == PracticeKind.Good))
            .ToList();
        var extras = context.Text(NarrativeKeys.ServiceUserInvolvement) is { } involvement && s.Id == "1.3"
            ? new[] { new ExtraSubsection("Service user involvement", involvement) }
            : [];
        return section with
        {
            Summary = context.Text(NarrativeKeys.Standard(s.Id)),
            KeyQuestions = questions,
            PracticeExamples = examples,
            Extras = extras,
            Notes = scope.Notes,
        };
    }

    // §8.5: the standard id with a trailing dot and its name, then the statement with the previous and current ratings.
    private static ReportTable RatingTable(ReportContext context, StandardRating rating)
    {
        var s = rating.Standard;
        var current = new Cell(RatingsPageBuilder.StatusText(rating));
        var columns = new List<Cell>();
        var cells = new List<Cell>();
        if (context.Manifest.PreviousInspection is { } previous)
        {
            columns.Add(new Cell("Previous inspection"));
            cells.Add(new Cell(previous.Ratings.TryGetValue(s.Id, out var p) ? Formatting.RatingName(p) : ReportTexts.NoData));
        }
        columns.Add(new Cell("Current inspection"));
        cells.Add(current);
        var rows = new List<TableRow>
        {
            new(new Cell($"{s.Id}. {s.Name}"), columns.Select(_ => Cell.Empty).ToList()) { Kind = RowKind.Heading },
            new(new Cell(s.Statement), cells) { ItemId = s.Id },
        };
        return new ReportTable($"rating-{s.Id}", $"{s.Id} {s.Name}: rating", Cell.Empty, columns, rows);
    }

    private static List<KeyDataTableView> KeyDataFor(ReportContext context, string standard, string? keyQuestion, FootnoteScope scope) =>
        context.KeyData.Where(k => k.Table.Standard == standard && k.Table.PlacedUnder == keyQuestion)
            .Select(k => KeyDataViews.Build(k, scope)).ToList();
}
