using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Reports.Area;
using Probity.Reports.Model;

namespace Probity.Reports.Checks;

/// <summary>
/// The blocks a report cannot go out without: the foreword, each executive summary block the layout prints (a domain's,
/// or each standard's where the domain is summarised standard by standard), each such domain's chapter summary, and the
/// summary paragraph of every inspected standard rated from case data (spec §8.3, §8.5); for an area report (Quality &amp;
/// Impact), the foreword and each domain's judgement for each view.
/// </summary>
internal static class RequiredBlocks
{
    public static IEnumerable<string> Of(ReportContext context)
    {
        yield return NarrativeKeys.Foreword;
        if (!context.Framework.IsRated)
        {
            // An area report (Quality & Impact) has none of the rated layout's blocks: its first chapter is each domain's
            // judgement for each view, which the writing list offers under the area layout's own keys.
            foreach (var domain in context.Framework.Domains)
                foreach (var view in context.Framework.Views)
                    yield return AreaNarrativeKeys.Judgement(domain.Key, view.Key);
            yield break;
        }
        foreach (var domain in context.Framework.Domains)
        {
            bool Inspected(Standard s) => context.Rating.Standard(s.Id)?.Status != StandardStatus.NotInspected;
            if (!domain.Standards.Any(Inspected)) continue;
            var whole = domain.Standards.All(s => s.RatedBy == RatingBasis.Judgement)
                || SampleFacts.SampleOf(domain) is not null
                || ExecutiveSummaryBuilder.MixedLead(context, domain) is not null;
            if (whole)
            {
                yield return NarrativeKeys.Summary(domain.Key);
                yield return NarrativeKeys.Chapter(domain.Key);
            }
            else
            {
                foreach (var s in domain.Standards.Where(Inspected)) yield return NarrativeKeys.Summary(s.Id);
            }
            foreach (var s in domain.Standards.Where(s => s.RatedBy == RatingBasis.CaseData && Inspected(s)))
                yield return NarrativeKeys.Standard(s.Id);
        }
    }
}
