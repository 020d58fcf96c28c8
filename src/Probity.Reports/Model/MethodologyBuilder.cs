using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Core.Text;

namespace Probity.Reports.Model;

/// <summary>
/// Annex 2: Methodology (spec §8.1 row 12, §5, §6, §7.1): the published texts, filled in with this inspection's sample
/// sizes, sub-samples, census notes and fieldwork counts, and the rating rules of its framework version.
/// </summary>
internal static class MethodologyBuilder
{
    private const string RatingsCharacteristics =
        "HMI Probation's domain one ratings characteristics can be found here: "
        + "https://www.justiceinspectorates.gov.uk/hmiprobation/wp-content/uploads/sites/5/2018/05/Probation-Domain-One-rating-characteristics-March-18-final.pdf";

    // The 2019 presentation areas; "{people}" is the framework's term for people on probation.
    private static readonly string[] PresentationAreas =
    [
        "How does the leadership of the organisation support and promote the delivery of a high-quality, personalised and responsive service for all {people}?",
        "How are staff in the organisation empowered to deliver a high-quality, personalised and responsive service for all {people}?",
        "Is there a comprehensive range of high-quality services in place, supporting a tailored and responsive service for all {people}?",
        "Is timely and relevant information available, and are there appropriate facilities to support a high-quality, personalised and responsive approach for all {people}?",
        "What are your priorities for further improvement, and why?",
    ];

    public static ProseSection Build(ReportContext context)
    {
        var scope = context.Footnotes.Scope();
        var blocks = new List<DocBlock>
        {
            new ParagraphBlock($"The inspection methodology is summarised below, linked to the {NumberWords.Of(context.Framework.Domains.Count)} domains "
                + "in our standards framework. We focused on obtaining evidence against the standards, key questions and prompts in our inspection framework."),
        };
        DomainOne(context, scope, blocks);
        CaseSupervision(context, scope, blocks);
        CrcWork(context, scope, blocks);
        blocks.Add(new TableBlock(SampleTable(context)));
        if (context.Options.Withdrawn.Count > 0) Withdrawn(context, blocks);
        if (context.Framework.RatingRules is { } rules) Ratings(context, rules, blocks);
        blocks.Add(new HeadingBlock("Comparative data"));
        blocks.Add(new ParagraphBlock(
            $"Where HMI Probation have comparative data, our internal data analysis calculates whether any changes are statistically significant or not "
            + $"(using the Z-score test, with a significance level of {context.Framework.Significance.Alpha.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}). "
            + "We do not publish that level of detail, but where inspectors are referring to changes in data that meet this significance test, they will use "
            + "the word 'significant'. They use different words to describe other changes in data, which do not meet the significance test."));
        return new ProseSection("annex-2", "Annex 2: Methodology", blocks, scope.Notes);
    }

    private static void DomainOne(ReportContext context, FootnoteScope scope, List<DocBlock> blocks)
    {
        var domain = context.Framework.Domains.FirstOrDefault(d => d.Standards.All(s => s.RatedBy == RatingBasis.Judgement));
        if (domain is null) return;
        var f = context.Manifest.Fieldwork;
        var terms = context.Framework.Terminology;
        var practitioners = Formatting.Plural(terms.Practitioner);
        blocks.Add(new HeadingBlock("Domain one: organisational delivery"));
        blocks.Add(new ParagraphBlock($"The provider submitted evidence in advance, and {Presenter(context)} delivered a presentation covering the following areas:"));
        blocks.Add(new BulletsBlock(PresentationAreas.Select(a => a.Replace("{people}", Formatting.Plural(terms.PersonOnProbation), StringComparison.Ordinal)).ToList()));
        var text = "During the main fieldwork phase, ";
        text += f.ResponsibleOfficersInterviewed is { } ro
            ? $"we interviewed {ro} individual {practitioners}, asking them about their experiences of training, development, management supervision and leadership. "
            : $"we interviewed {practitioners} about their experiences of training, development, management supervision and leadership. ";
        text += "We held meetings with various groups and individuals, which allowed us to triangulate evidence and information.";
        var meetings = f.Meetings ?? (context.Dataset.Meetings.Count > 0 ? context.Dataset.Meetings.Count : null);
        if (meetings is { } m)
            text += $" In total, we conducted {m} meetings, which included meetings with senior managers, operational partners and stakeholders, and with middle managers and frontline staff.";
        if (f.OfficesVisited is { Length: > 0 } offices) text += $" We also visited {offices}.";
        blocks.Add(new ParagraphBlock(new FootnotedText([
            new FootnotedRun(text + " The evidence collected under this domain was judged against our published ratings characteristics.", scope.Cite(RatingsCharacteristics)),
        ])));
    }

    // Ours where the provider is not a CRC (the 2019 text names the CRC's Chief Executive Officer): a PDU's head presents.
    private static string Presenter(ReportContext context) => context.Manifest.Provider.Type switch
    {
        ProviderType.CRC => $"the {context.TypeNoun}'s Chief Executive Officer",
        ProviderType.PDU => "the head of the PDU",
        _ => $"the {context.TypeNoun}'s senior leaders",
    };

    private static void CaseSupervision(ReportContext context, FootnoteScope scope, List<DocBlock> blocks)
    {
        var n = context.Samples.Of(SampleFacts.CaseSupervision);
        if (n == 0) return;
        var terms = context.Framework.Terminology;
        var domain = context.Framework.Domains.Select((d, i) => (Domain: d, Position: i + 1))
            .FirstOrDefault(d => d.Domain.Standards.Any(s => SampleFacts.SampleOf(s) == SampleFacts.CaseSupervision));
        blocks.Add(new HeadingBlock(domain.Domain is null ? "Case supervision" : $"Domain {NumberWords.Of(domain.Position)}: {Lower(domain.Domain.Title)}"));
        blocks.Add(new ParagraphBlock($"We completed case assessments over a two-week period, examining {Formatting.TheirFiles(terms.PersonOnProbation)} and interviewing "
            + $"{Formatting.Plural(terms.Practitioner)} and {Formatting.Plural(terms.PersonOnProbation)}. "
            + "The cases selected were those of individuals who had been under community supervision for approximately six to seven months (either through a community "
            + "sentence or following release from custody). This enabled us to examine work in relation to assessing, planning, implementing and reviewing. Where "
            + "necessary, interviews with other people closely involved in the case also took place."));
        blocks.Add(new ParagraphBlock(new FootnotedText([
            new FootnotedRun($"We examined {n} cases.", CensusNote(context, SampleFacts.CaseSupervision, scope, "cases were eligible", "the eligible cases")),
            new FootnotedRun(" The sample size was set to achieve a confidence level of 80 per cent (with a margin of error of 5), and we ensured that the ratios in relation "
                + "to gender, type of disposal and risk of serious harm level matched those in the eligible population."),
        ])));
        blocks.Add(new ParagraphBlock("In some areas of this report, data may have been split into smaller sub-samples – for example, male/female cases, probation "
            + "officer/probation services officer cases. Where this is the case, the margin of error for the sub-sample findings may be higher than 5."));
        if (context.Samples is { HarmPopulation: { } harm, Harm: { } size })
        {
            var kqs = context.Framework.KeyQuestions.Where(k => k.Population == harm).Select(k => k.Id).ToList();
            if (kqs.Count > 0)
                blocks.Add(new ParagraphBlock($"We use case subsamples for some of the key questions. In this inspection the harm sub-sample held {size} of the {n} case "
                    + $"supervision cases: those where the inspector judged the risk of serious harm not to be low. Key question{(kqs.Count == 1 ? "" : "s")} "
                    + $"{Formatting.JoinAnd(kqs)}, and {(kqs.Count == 1 ? "its" : "their")} prompts, are calculated for this sub-sample."));
        }
    }

    private static void CrcWork(ReportContext context, FootnoteScope scope, List<DocBlock> blocks)
    {
        var uw = context.Samples.Of(SampleFacts.UnpaidWork);
        var ttg = context.Samples.Of(SampleFacts.ThroughTheGate);
        if (uw == 0 && ttg == 0) return;
        var f = context.Manifest.Fieldwork;
        var type = context.TypeNoun;
        blocks.Add(new HeadingBlock($"Domain three: {type} work"));
        var intro = "We completed case assessments for further samples of work specific to the provider.";
        if (uw > 0 && ttg > 0)
            intro = "We completed case assessments for two further samples: unpaid work and Through the Gate. As in domain two, the sample size for unpaid work is "
                + "set to achieve a confidence level of 80 per cent (with a margin of error of 5). Published data is insufficient to calculate accurate margins of "
                + "error for Through the Gate work, so the size of the case sample for that element of work is estimated, based on overall workload and previous inspection data.";
        blocks.Add(new ParagraphBlock(intro));
        if (uw > 0)
        {
            blocks.Add(new HeadingBlock("Unpaid work", 4));
            blocks.Add(new ParagraphBlock(new FootnotedText([
                new FootnotedRun($"We examined {uw} cases with unpaid work requirements",
                    CensusNote(context, SampleFacts.UnpaidWork, scope, "requirements were made in the two-week period", "the requirements made")),
                new FootnotedRun($" that had begun at least three months previously. The sample included cases managed by the NPS, as well as cases managed by the {type}. "
                    + "We ensured that the ratios in relation to gender and risk of serious harm level matched those in the eligible population. We used the case "
                    + "management and assessment systems to inspect these cases."),
            ])));
            var observed = new List<string>();
            if (f.ObservedWorkProjects is { } p) observed.Add($"{NumberWords.Of(p)} unpaid work project{(p == 1 ? "" : "s")}");
            if (f.ObservedInductionSessions is { } i) observed.Add($"{NumberWords.Of(i)} unpaid work induction session{(i == 1 ? "" : "s")}");
            if (observed.Count > 0) blocks.Add(new ParagraphBlock($"We observed {string.Join(" and ", observed)}, to gather qualitative evidence."));
        }
        if (ttg > 0)
        {
            blocks.Add(new HeadingBlock("Through the Gate", 4));
            var text = $" in which the individual had been released on licence or post-sentence supervision from the {type}'s resettlement prisons, over a "
                + $"four-week period, shortly before inspection fieldwork. The sample included those entitled to pre-release Through the Gate services from the {type} "
                + $"who were then supervised post-release by the {type} being inspected. We used the case management and assessment systems to inspect these cases.";
            if (f.SiteVisits is { Length: > 0 } visit) text += $" Further, we undertook a site visit to {visit}.";
            // §11 quirk 3: the print says "four-week" here and "two-week" in the footnote; one window, printed the same in both.
            blocks.Add(new ParagraphBlock(new FootnotedText([
                new FootnotedRun($"We examined {ttg} custodial cases",
                    CensusNote(context, SampleFacts.ThroughTheGate, scope, "cases were released in the relevant four-week period", "the available releases")),
                new FootnotedRun(text),
            ])));
        }
    }

    // §6.2: the census footnote, where fewer cases were eligible than the required sample size.
    private static int? CensusNote(ReportContext context, string sample, FootnoteScope scope, string fewer, string inspected)
    {
        if (!context.Manifest.Samples.TryGetValue(sample, out var plan) || !plan.Census) return null;
        var required = plan.Required is { } r ? $"The required sample size was {r}; however, fewer " : "Fewer ";
        return scope.Cite($"{required}{fewer} and so we inspected 100 per cent of {inspected}.");
    }

    /// <summary>The samples as a table: required size, cases inspected, census (spec §6.2 "record both required and actual").</summary>
    private static ReportTable SampleTable(ReportContext context)
    {
        var rows = context.Framework.Samples.Where(s => context.Samples.Of(s) > 0).Select(sample =>
        {
            var plan = context.Manifest.Samples.GetValueOrDefault(sample);
            return new TableRow(new Cell(SampleName(context, sample)),
            [
                plan?.Required is { } r ? new Cell(r.ToString()) { Value = r, Unit = CellUnit.Number } : new Cell("Not recorded"),
                new Cell(context.Samples.Of(sample).ToString()) { Value = context.Samples.Of(sample), Unit = CellUnit.Number },
                new Cell(plan?.Census == true ? "Yes: every eligible case was inspected" : "No"),
            ])
            { ItemId = sample };
        }).ToList();
        if (context.Samples is { HarmPopulation: { } harm, Harm: { } h })
            rows.Add(new TableRow(new Cell(harm.Name), [new Cell("Sub-sample"), new Cell(h.ToString()) { Value = h, Unit = CellUnit.Number }, new Cell(harm.Description ?? "")]) { ItemId = harm.Id });
        return new ReportTable("samples", "Cases inspected", new Cell("Sample"),
            [new Cell("Required sample size"), new Cell("Cases inspected"), new Cell("Census")], rows);
    }

    private static string SampleName(ReportContext context, string sample) =>
        context.Framework.Populations.FirstOrDefault(p => p.Sample == sample && !p.IsSubSample)?.Name ?? sample;

    /// <summary>The cases withdrawn after the draw, with their reasons: the cases inspected above are those assessed, without them.</summary>
    private static void Withdrawn(ReportContext context, List<DocBlock> blocks)
    {
        var withdrawn = context.Options.Withdrawn;
        var replaced = withdrawn.Count(w => w.ReplacedBy is not null);
        blocks.Add(new ParagraphBlock($"After the samples were drawn, {NumberWords.Of(withdrawn.Count)} {(withdrawn.Count == 1 ? "case was" : "cases were")} withdrawn, for the reasons below"
            + (replaced == 0 ? "" : $"; {(replaced == withdrawn.Count ? (withdrawn.Count == 1 ? "it was" : "each was") : $"{NumberWords.Of(replaced)} of them {(replaced == 1 ? "was" : "were")}")} replaced by the next reserve drawn for the sample")
            + ". The cases inspected above are the cases assessed, without those withdrawn."));
        blocks.Add(new TableBlock(new ReportTable("withdrawn-cases", "Cases withdrawn from the sample", new Cell("Case"),
            [new Cell("Sample"), new Cell("Reason"), new Cell("Replaced by")],
            [.. withdrawn.Select(w => new TableRow(new Cell(w.CaseId), [new Cell(SampleName(context, w.Sample)), new Cell(w.Reason), new Cell(w.ReplacedBy ?? "No replacement")]) { ItemId = w.CaseId })])));
    }

    private static void Ratings(ReportContext context, RatingRules rules, List<DocBlock> blocks)
    {
        blocks.Add(new HeadingBlock("Ratings explained"));
        blocks.Add(new ParagraphBlock("Domain one ratings are proposed by the lead inspector for each standard. They will be a single judgement, using all the relevant "
            + "sources of evidence. More detailed information can be found in the probation inspection domain one rules and guidance on the website."));
        var (caseDomains, inCaseDomains) = CaseDataDomains(context.Framework);
        blocks.Add(new ParagraphBlock($"{caseDomains} standard ratings are based on the results of the inspection of individual cases. Ratings are at the standard "
            + "level, and based on consolidated results (at key question level) of all cases inspected in the relevant domain."
            + (context.Framework.Standards.Any(s => s.QualitativeAdjustment is not null)
                ? $" In {context.TypeNoun} inspections only, the rating for unpaid work in domain three may also be influenced by evidence from observations."
                : "")));
        blocks.Add(new ParagraphBlock("For each standard, the rating is aligned to the lowest banding at the key question level, recognising that each key question is "
            + "an integral part of the standard."));
        blocks.Add(new TableBlock(BandTable(rules)));
        blocks.Add(new ParagraphBlock($"We use case subsamples for some of the key questions in {inCaseDomains}. For example, when judging whether planning focused "
            + "sufficiently on keeping other people safe, we exclude those cases where the inspector deemed the risk of serious harm to be low. This approach is justified "
            + "on the basis that we focus on those cases where we expect meaningful work to take place."));
        var window = rules.Discretion.ProximityPoints;
        blocks.Add(new ParagraphBlock($"An element of professional judgement may be applied to the standards ratings in {inCaseDomains}. Exceptionally, the ratings "
            + "panel considers whether professional discretion should be exercised where the lowest percentage at the key question level is close to the rating boundary "
            + $"– for example, between 'Requires improvement' and 'Good' (specifically, within {NumberWords.Of(window)} percentage points of the boundary"
            + (rules.Discretion.OneCaseTest ? " or where a differing judgement in one case would result in a change in rating" : "")
            + "). The panel considers the sizes of any subsamples used and the percentages for the other key questions within that standard, such as whether they "
            + "fall within different bandings and the level of divergence, to make this decision."));

        foreach (var s in context.Framework.Standards.Where(s => s.QualitativeAdjustment is not null))
        {
            var rated = s.RatedKeyQuestions.Select(k => k.Id).ToList();
            var evidence = s.QualitativeAdjustment!.EvidenceKeyQuestion;
            blocks.Add(new HeadingBlock($"Rating {KeyQuestionTables.Topic(s)}"));
            blocks.Add(new ParagraphBlock($"For the {KeyQuestionTables.Topic(s)} standard, case inspections provide data on key questions {Formatting.JoinAnd(rated)}. "
                + $"Analysis of that data provides an indicative rating for the {KeyQuestionTables.Topic(s)} standard, aligned with banding, as above. Qualitative evidence "
                + $"for key question {evidence} is obtained from observations during the fieldwork, other written evidence provided by the {context.TypeNoun}, and evidence "
                + $"obtained from relevant meetings. This qualitative evidence may be used to increase or decrease the indicative rating for {KeyQuestionTables.Topic(s)} by "
                + $"{(s.QualitativeAdjustment.MaxBands == 1 ? "one band" : $"up to {NumberWords.Of(s.QualitativeAdjustment.MaxBands)} bands")}. If the lead inspector "
                + "believes that that is justified, the proposal is put to the ratings panel, for ratification or rejection."));
        }

        blocks.Add(new HeadingBlock("Overall provider rating"));
        var n = context.Framework.Standards.Count(s => s.RatedBy != RatingBasis.None);
        var top = rules.Scale.Max(l => l.Score);
        blocks.Add(new ParagraphBlock($"Straightforward scoring rules are used to generate the overall provider rating. Each of the {n} standards will be scored on a "
            + $"0–{top} scale, in which {ScoringRules.ScaleText(rules)}. Adding these scores produces a total score ranging from 0 to "
            + $"{ScoringRules.MaximumScore(context.Framework, rules)}, which is banded to produce the overall rating, as follows:"));
        var bands = ScoringRules.Bands(context.Framework, rules, quoted: false);
        blocks.Add(new BulletsBlock(bands.Select((b, i) => i == bands.Count - 1 ? b + "." : b).ToList()));
        if (context.Rating.Standards.Any(s => s.Status == StandardStatus.NotInspected))
        {
            var text = $"In this inspection, {Formatting.JoinAnd(context.Rating.Standards.Where(s => s.Status == StandardStatus.NotInspected).Select(s => $"standard {s.Standard.Id} {s.Standard.Name}").ToList())} "
                + $"{(context.Rating.Standards.Count(s => s.Status == StandardStatus.NotInspected) == 1 ? "was" : "were")} not inspected, and so left out of the score "
                + $"and its maximum: the score is out of {context.Rating.MaxScore}.";
            // A share of the maximum is hard to read off: give the points each band covers at this inspection's maximum.
            if (rules.OverallBands.Basis == OverallBandBasis.PercentOfMaximum)
                text += $" Out of {context.Rating.MaxScore}, the bands are: {string.Join(", ", ScoringRules.PointBands(rules, context.Rating.MaxScore))}.";
            blocks.Add(new ParagraphBlock(text));
        }
        blocks.Add(new ParagraphBlock("We do not include any weightings in the scoring rules. The rationale for this is that all parts of the standards framework are "
            + "strongly linked to effective service delivery and positive outcomes, and we have restricted ourselves to those that are most essential. Our view is that "
            + "providers need to focus across all the standards, and we do not want to distort behaviours in any undesirable ways. Furthermore, the underpinning evidence "
            + "supports including all standards/key questions in the rating, rather than weighting individual elements."));
    }

    /// <summary>("Domain two and three", "domains two and three"): the domains rated from case data, by their place in the framework.</summary>
    private static (string Capitalised, string InText) CaseDataDomains(FrameworkVersion framework)
    {
        var words = framework.Domains.Select((d, i) => (Domain: d, Word: NumberWords.Of(i + 1)))
            .Where(d => d.Domain.Standards.Any(s => s.RatedBy == RatingBasis.CaseData)).Select(d => d.Word).ToList();
        var list = Formatting.JoinAnd(words);
        return ($"Domain {list}", $"{(words.Count == 1 ? "domain" : "domains")} {list}");
    }

    private static string Lower(string title) => title.Length > 0 ? char.ToLowerInvariant(title[0]) + title[1..] : title;

    // R5: "Minority: <50%" … "Large majority: 80%+", from the framework's bands.
    private static ReportTable BandTable(RatingRules rules)
    {
        var bands = rules.KeyQuestionBands;
        var rows = bands.Select((b, i) =>
        {
            var range = i == 0 ? $"<{bands[1].Min}%" : i == bands.Count - 1 ? $"{b.Min}%+" : $"{b.Min}–{bands[i + 1].Min - 1}%";
            var rating = b.Rating.DisplayName() + (b.Rating == Rating.Outstanding ? " ☆" : "");
            return new TableRow(new Cell($"{b.Label}: {range}"), [new Cell(rating)]) { ItemId = b.Rating.Token() };
        }).ToList();
        return new ReportTable("ratings-explained", "Ratings explained", new Cell("Lowest banding (key question level)"), [new Cell("Rating (standard)")], rows);
    }
}
