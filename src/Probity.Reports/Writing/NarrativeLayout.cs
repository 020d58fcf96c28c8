using Probity.Core.Frameworks;
using Probity.Reports.Area;
using Probity.Reports.Model;

namespace Probity.Reports.Writing;

/// <summary>One text block the inspectors write, by its narrative key, with the name the writing pages give it.</summary>
/// <param name="Standard">The standard the block is about, if it is about one (its figures and practice examples).</param>
public sealed record NarrativeSlot(string Key, string Title, string? Standard = null);

/// <summary>The blocks of one part of the report, in the order the report prints them.</summary>
public sealed record NarrativeGroup(string Title, IReadOnlyList<NarrativeSlot> Blocks);

/// <summary>
/// Every block of text a framework's report layout prints, grouped and ordered as the report prints them: the keys of
/// <see cref="NarrativeKeys"/> for a rated report (CRC, PDU), of <see cref="AreaNarrativeKeys"/> for an area report
/// (Quality &amp; Impact). It follows the builders' choices: a domain whose standards come from different samples is
/// summarised standard by standard, and only those standards have their own strengths and areas for improvement.
/// </summary>
public static class NarrativeLayout
{
    public static IReadOnlyList<NarrativeGroup> For(FrameworkVersion framework) =>
        framework.IsRated ? Rated(framework) : Area(framework);

    /// <summary>The block of <paramref name="key"/> in the framework's layout, or null when the layout prints no such block.</summary>
    public static NarrativeSlot? Find(FrameworkVersion framework, string key) =>
        For(framework).SelectMany(g => g.Blocks).FirstOrDefault(b => b.Key == key);

    private static List<NarrativeGroup> Rated(FrameworkVersion framework)
    {
        var groups = new List<NarrativeGroup>
        {
            new("Foreword", [new(NarrativeKeys.Foreword, "Foreword"), new(NarrativeKeys.ForewordSignature, "Signature under the foreword")]),
        };

        var summary = new List<NarrativeSlot>();
        foreach (var domain in framework.Domains)
        {
            if (ByStandard(domain))
            {
                foreach (var s in domain.Standards)
                {
                    summary.Add(new(NarrativeKeys.Summary(s.Id), $"{s.Id} {s.Name}: summary", s.Id));
                    summary.Add(new(NarrativeKeys.SummaryStrengths(s.Id), $"{s.Id} {s.Name}: key strengths", s.Id));
                    summary.Add(new(NarrativeKeys.SummaryImprovements(s.Id), $"{s.Id} {s.Name}: areas for improvement", s.Id));
                }
                continue;
            }
            var name = DomainName(domain);
            summary.Add(new(NarrativeKeys.Summary(domain.Key), $"{name}: summary"));
            summary.Add(new(NarrativeKeys.SummaryStrengths(domain.Key), $"{name}: key strengths"));
            summary.Add(new(NarrativeKeys.SummaryImprovements(domain.Key), $"{name}: areas for improvement"));
        }
        groups.Add(new("Executive summary", summary));
        groups.Add(new("Recommendations", [new(NarrativeKeys.PreviousReport, "Where the previous report can be found (a footnote to the progress on its recommendations)")]));
        groups.Add(new("Background", [new(NarrativeKeys.Background, "Background")]));

        foreach (var domain in framework.Domains)
        {
            var name = DomainName(domain);
            var chapter = new List<NarrativeSlot>
            {
                new(NarrativeKeys.Chapter(domain.Key), $"{name}: chapter summary"),
                new(NarrativeKeys.ChapterStrengths(domain.Key), $"{name}: strengths"),
                new(NarrativeKeys.ChapterImprovements(domain.Key), $"{name}: areas for improvement"),
            };
            var byStandard = ByStandard(domain);
            foreach (var s in domain.Standards)
            {
                var standard = $"{s.Id} {s.Name}";
                if (byStandard)
                {
                    chapter.Add(new(NarrativeKeys.StandardIntro(s.Id), $"{standard}: note after the rating", s.Id));
                    chapter.Add(new(NarrativeKeys.StandardOverview(s.Id), $"{standard}: overview", s.Id));
                    chapter.Add(new(NarrativeKeys.StandardStrengths(s.Id), $"{standard}: strengths", s.Id));
                    chapter.Add(new(NarrativeKeys.StandardImprovements(s.Id), $"{standard}: areas for improvement", s.Id));
                }
                chapter.Add(new(NarrativeKeys.Standard(s.Id), $"{standard}: summary after the key questions", s.Id));
                chapter.AddRange(s.KeyQuestions.Select(k => new NarrativeSlot(NarrativeKeys.KeyQuestion(k.Id), $"{k.Id} {k.HeadingTitle}", s.Id)));
                if (s.Id == "1.3") chapter.Add(new(NarrativeKeys.ServiceUserInvolvement, "Service user involvement", s.Id));
            }
            groups.Add(new(domain.ChapterHeading.Length > 0 ? domain.ChapterHeading : name, chapter));
        }

        groups.Add(new("Annexes", [
            new(NarrativeKeys.Annex1, "Annex 1: Background to probation services"),
            new(NarrativeKeys.Annex3, "Annex 3: Organisational design and map"),
        ]));
        return groups;
    }

    private static List<NarrativeGroup> Area(FrameworkVersion framework)
    {
        var groups = new List<NarrativeGroup>
        {
            new("Foreword", [new(NarrativeKeys.Foreword, "Foreword"), new(NarrativeKeys.ForewordSignature, "Signature under the foreword")]),
            new(AreaTexts.Judgements, framework.Domains.SelectMany(d => framework.Views
                .Select(v => new NarrativeSlot(AreaNarrativeKeys.Judgement(d.Key, v.Key), $"{d.Title}: {v.Title}"))).ToList()),
        };
        foreach (var domain in framework.Domains)
        {
            groups.Add(new(domain.Title, framework.Views.SelectMany(v => new NarrativeSlot[]
            {
                new(AreaNarrativeKeys.Chapter(domain.Key, v.Key), $"{v.Title}: findings"),
                new(AreaNarrativeKeys.Enablers(domain.Key, v.Key), $"{v.Title}: enablers"),
                new(AreaNarrativeKeys.Barriers(domain.Key, v.Key), $"{v.Title}: barriers"),
            }).ToList()));
        }
        return groups;
    }

    // As the executive summary builds it: a domain of judgement standards, of one sample, or mostly of one sample reads
    // as one block; otherwise (the CRC-specific work) each standard has its own.
    private static bool ByStandard(Domain domain) =>
        !domain.Standards.All(s => s.RatedBy == RatingBasis.Judgement)
        && SampleFacts.SampleOf(domain) is null
        && SampleFacts.Mixed(domain, _ => true) is null;

    private static string DomainName(Domain domain) => $"Domain {domain.Key}: {domain.Title}";
}
