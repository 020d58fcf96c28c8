using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Reports.Checks;

namespace Probity.Reports.Model;

/// <summary>
/// Builds the report of an inspection from its dataset and Core's rating of it — the same numbers the ratings came from.
/// Pure: no I/O. The web app and the CLI call this, then a renderer.
/// </summary>
public static class ReportBuilder
{
    public static InspectionReport Build(InspectionDataset dataset, InspectionRating rating, ReportOptions? options = null)
    {
        options ??= ReportOptions.Published;
        var context = new ReportContext(dataset, rating, options);
        var m = dataset.Manifest;

        // Sections are built in print order: footnotes are numbered as they are cited.
        var foreword = context.Text(NarrativeKeys.Foreword) is { } f
            ? new ForewordSection(f, (m.Narrative.GetValueOrDefault(NarrativeKeys.ForewordSignature) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : null;
        var roundOne = RoundOneLayout.Applies(dataset.Framework);
        var overallFindings = roundOne ? ExecutiveSummaryBuilder.Build(context) : null; // printed first in round one: its notes come first
        var ratings = RatingsPageBuilder.Build(context);
        var summary = overallFindings ?? ExecutiveSummaryBuilder.Build(context);
        var recommendations = RecommendationsBuilder.Build(context);
        var annex3Text = context.Text(NarrativeKeys.Annex3);
        var background = context.Text(NarrativeKeys.Background) is { } b
            ? new ProseSection("background", "Background",
                annex3Text is null ? [new InspectorTextBlock(b)] : [new InspectorTextBlock(b), new ParagraphBlock(ReportTexts.AnnexThreePointer(context.TypeNoun))], [])
            : null;
        var facts = ContextualFactsBuilder.Build(context);
        var chapters = dataset.Framework.Domains.Select(d => ChapterBuilder.Build(context, d)).ToList();
        var annex1 = roundOne
            ? FootnotedText(context, NarrativeKeys.Annex1, "probation-services", "Background to probation services")
            : FootnotedText(context, NarrativeKeys.Annex1, "annex-1", "Annex 1: Background to probation services");
        var methodology = MethodologyBuilder.Build(context);
        if (roundOne) methodology = methodology with { Anchor = "annex-1", Title = RoundOneLayout.MethodologyTitle };
        var results = roundOne ? RoundOneLayout.Results(context) : null;
        var annex3 = annex3Text is null ? null
            : new ProseSection("annex-3", roundOne ? RoundOneLayout.OperatingModelTitle : "Annex 3: Organisational design and map", [new InspectorTextBlock(annex3Text)], []);
        var data = results ?? InspectionDataAnnexBuilder.Build(context);

        var checks = NarrativeChecks.Run(context);
        var warnings = context.Warnings.Concat(checks).Concat(rating.Warnings).ToList();
        var (unresolved, overridden) = PublicationChecks.Apply(PublicationChecks.Run(context), options.Overrides);
        var drafting = options.Draft
            ? DraftingNotesBuilder.Build(context, [.. unresolved.Select(f => f.ToString()), .. context.Warnings, .. rating.Warnings], overridden, options.ToReview)
            : null;

        var contents = new List<ContentsEntry>();
        void Entry(bool present, string anchor, string title) { if (present) contents.Add(new ContentsEntry(anchor, title)); }
        Entry(foreword is not null, "foreword", "Foreword");
        if (roundOne)
        {
            Entry(true, "executive-summary", summary.Title);
            Entry(true, "ratings", ratings.Title);
        }
        else
        {
            Entry(true, "ratings", ratings.Title);
            Entry(true, "executive-summary", summary.Title);
        }
        Entry(recommendations is not null, "recommendations", "Recommendations");
        Entry(background is not null, "background", "Background");
        Entry(facts is not null, "contextual-facts", "Contextual facts");
        foreach (var c in chapters) Entry(true, c.Anchor, c.Heading);
        Entry(annex1 is not null, annex1?.Anchor ?? "", annex1?.Title ?? "");
        Entry(true, methodology.Anchor, methodology.Title);
        Entry(roundOne, data.Anchor, data.Title);
        Entry(annex3 is not null, "annex-3", annex3?.Title ?? "");
        Entry(!roundOne, data.Anchor, data.Title);
        Entry(drafting is not null, "drafting-notes", "Drafting notes");

        return new InspectionReport
        {
            Dataset = dataset,
            Rating = rating,
            Cover = Cover(m, options),
            Contents = contents,
            Foreword = foreword,
            Ratings = ratings,
            Summary = summary,
            Recommendations = recommendations,
            Background = background,
            ContextualFacts = facts,
            Chapters = chapters,
            Annex1 = annex1,
            Methodology = methodology,
            Annex3 = annex3,
            InspectionData = data,
            Drafting = drafting,
            RoundOne = roundOne,
            Warnings = warnings,
            Checks = unresolved,
            OverriddenChecks = overridden,
        };
    }

    private static ProseSection? FootnotedText(ReportContext context, string key, string anchor, string title) =>
        context.Text(key) is { } t ? new ProseSection(anchor, title, [new InspectorTextBlock(t)], []) : null;

    internal static ReportCover Cover(InspectionManifest manifest, ReportOptions options)
    {
        var published = Formatting.Month(manifest.Published);
        var year = manifest.Published is { Length: >= 4 } p && int.TryParse(p[..4], out var y) ? y : manifest.FieldworkStart?.Year ?? manifest.FieldworkEnd?.Year;
        var when = published ?? (options.Draft ? "draft report" : manifest.Status == InspectionStatus.Published ? "publication date not recorded" : "report not yet published");
        return new ReportCover(manifest.Provider.Name, when, manifest.LeadInspector, manifest.FieldworkStart is { } start ? Formatting.LongDate(start) : null, year, options.Draft)
        {
            Superseded = options.Superseded?.Notice,
        };
    }
}
