using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;

namespace Probity.Reports.Model;

/// <summary>The executive summary (spec §8.3): the fixed opening, then one block per domain with the inspectors' words.</summary>
internal static class ExecutiveSummaryBuilder
{
    public static ExecutiveSummary Build(ReportContext context)
    {
        var scope = context.Footnotes.Scope();
        var framework = context.Framework;
        var domains = framework.Domains.Count;
        var provider = context.Manifest.Provider;
        var name = provider.Type == ProviderType.CRC && !provider.Name.Contains("CRC", StringComparison.Ordinal) ? $"{provider.Name} (CRC)" : provider.Name;
        var rating = context.Rating.OverallRating is { } r ? Formatting.RatingName(r) : ReportTexts.NoRating;
        if (RoundOneLayout.Applies(framework))
        {
            // Round one (spec §8.7) printed the inspectors' words and lists without the 2019 lead sentences.
            var roundOne = framework.Domains.Select(d => Domain(context, d, leads: false)).Where(HasContent).ToList();
            return new ExecutiveSummary([RoundOneLayout.Opening(name, rating, domains)], roundOne, scope.Notes) { Title = RoundOneLayout.OverallFindings };
        }
        var runs = new List<FootnotedRun>
        {
            new(ReportTexts.SummaryOpeningStart(name, rating, domains, framework.Standards.Count()), scope.Cite(ReportTexts.StandardsLink)),
        };
        if (framework.RatingRules is { } rules) runs.Add(new(ReportTexts.SummaryOpeningScoring, scope.Cite(ScoringRules.Footnote(framework, rules))));
        runs.Add(new(ReportTexts.SummaryOpeningEnd(domains)));

        // A domain with nothing to say yet (no sample, no narrative) is left out rather than printed as a bare heading.
        var blocks = framework.Domains.Select(d => Domain(context, d)).Where(HasContent).ToList();
        return new ExecutiveSummary([new FootnotedText(runs)], blocks, scope.Notes);
    }

    /// <param name="leads">False for round one: no sentences about the sample or "Our key findings about …" before the inspectors' words.</param>
    private static SummaryBlock Domain(ReportContext context, Domain domain, bool leads = true)
    {
        var key = domain.Key;
        var heading = domain.ChapterHeading.Length > 0 ? domain.ChapterHeading : $"{domain.Key}. {domain.Title}";
        var narrative = context.Text(NarrativeKeys.Summary(key));
        var title = domain.Title.ToLowerInvariant();

        if (domain.Standards.All(s => s.RatedBy == RatingBasis.Judgement))
            return new(heading, [], narrative,
                context.Lead($"Key strengths of the {context.TypeNoun} are as follows:", NarrativeKeys.SummaryStrengths(key)),
                context.Lead("The main areas for improvement are as follows:", NarrativeKeys.SummaryImprovements(key)), []);

        if (SampleFacts.SampleOf(domain) is { } sample)
            return new(heading, leads ? SampleParagraphs.For(context, sample, Elements(domain)) : [], narrative,
                context.Lead($"Key strengths of {title} are as follows:", NarrativeKeys.SummaryStrengths(key)),
                context.Lead($"Areas of {title} requiring improvement are as follows:", NarrativeKeys.SummaryImprovements(key)), []);

        if (MixedLead(context, domain) is { } mixed)
            return new(heading, leads ? mixed : [], narrative,
                context.Lead($"Key strengths of {title} are as follows:", NarrativeKeys.SummaryStrengths(key)),
                context.Lead($"Areas of {title} requiring improvement are as follows:", NarrativeKeys.SummaryImprovements(key)), []);

        // Standards drawn from different samples (CRC-specific work): one part per standard.
        var lead = context.Manifest.Provider.Type == ProviderType.CRC
            ? ReportTexts.CrcSpecificLead
            : "Our key findings about other core activities are as follows:";
        var parts = domain.Standards.Select(s => Standard(context, s, leads)).ToList();
        return new(heading, leads ? [lead] : [], narrative, null, null, parts);
    }

    private static SummaryBlock Standard(ReportContext context, Standard standard, bool leads)
    {
        var id = standard.Id;
        if (context.Rating.Standard(id)?.Status == StandardStatus.NotInspected)
            return new(standard.Name, [$"We did not inspect {standard.Topic} in this inspection."], null, null, null, []);
        var sample = SampleFacts.SampleOf(standard);
        return new(standard.Name,
            sample is null || !leads ? [] : SampleParagraphs.For(context, sample, []),
            context.Text(NarrativeKeys.Summary(id)),
            context.Lead($"Key strengths of {standard.Topic} are:", NarrativeKeys.SummaryStrengths(id)),
            context.Lead($"Areas for improvement of {standard.Topic} are:", NarrativeKeys.SummaryImprovements(id)), []);
    }

    private static bool HasContent(SummaryBlock block) =>
        block.Lead.Count > 0 || block.Narrative is not null || block.Strengths is not null || block.Improvements is not null || block.Parts.Any(HasContent);

    /// <summary>"assessment; planning; implementation and delivery; and reviewing": the topics of a domain's standards.</summary>
    public static IReadOnlyList<string> Elements(Domain domain) => Elements(domain.Standards);

    private static List<string> Elements(IEnumerable<Standard> standards) => standards.Select(KeyQuestionTables.Topic).ToList();

    /// <summary>
    /// The opening of a domain whose standards come mostly from one sample (<see cref="SampleFacts.Mixed"/>): each sample's
    /// paragraph with the topics of its inspected standards, and a sentence for each standard not inspected. Null otherwise.
    /// </summary>
    public static IReadOnlyList<FootnotedText>? MixedLead(ReportContext context, Domain domain)
    {
        bool Inspected(Standard standard) => context.Rating.Standard(standard.Id)?.Status != StandardStatus.NotInspected;
        var groups = SampleFacts.Mixed(domain, Inspected);
        if (groups is null) return null;
        var lead = new List<FootnotedText>();
        foreach (var g in groups)
        {
            if (g.Sample is { } sample) lead.AddRange(SampleParagraphs.For(context, sample, Elements(g.Standards)));
            else if (!Inspected(g.Standards[0])) lead.Add(SampleParagraphs.NotInspected(g.Standards[0]));
        }
        return lead;
    }
}
