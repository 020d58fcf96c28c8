using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Reports.Model;

namespace Probity.Reports.Checks;

/// <summary>
/// The checks before publication: the report's text blocks read against the inspection's current ratings and figures.
/// Pure: the same dataset and rating always give the same findings, in the order of the blocks.
/// </summary>
public static class PublicationChecks
{
    public static IReadOnlyList<CheckFinding> Run(InspectionDataset dataset, InspectionRating rating) =>
        Run(new ReportContext(dataset, rating, ReportOptions.Published));

    internal static IReadOnlyList<CheckFinding> Run(ReportContext context)
    {
        var framework = context.Framework;
        var findings = new List<CheckFinding>();
        foreach (var (section, text) in Blocks(context))
        {
            findings.AddRange(TextChecks.Placeholders(framework, section, text));
            findings.AddRange(RatingWordChecks.Words(framework, context.Rating, section, text));
            findings.AddRange(RatingWordChecks.Counts(framework, context.Rating, section, text));
            findings.AddRange(QuantifierChecks.Run(framework, context.Rating, section, text));
            findings.AddRange(SignificanceCheck.Run(context, section, text));
        }
        var narrative = context.Manifest.Narrative;
        findings.AddRange(RequiredBlocks.Of(context).Distinct()
            .Where(key => string.IsNullOrWhiteSpace(narrative.GetValueOrDefault(key)))
            .Select(key => new CheckFinding(CheckKind.EmptyBlock, key, BlockNames.Of(framework, key), "",
                "the report prints this block, and it has no text yet")));
        return findings.DistinctBy(f => f.Key).ToList();
    }

    /// <summary>Splits findings into those still to resolve and those a lead inspector overrode (an override of a finding no longer made is dropped).</summary>
    public static (IReadOnlyList<CheckFinding> Unresolved, IReadOnlyList<OverriddenFinding> Overridden) Apply(
        IReadOnlyList<CheckFinding> findings, IReadOnlyList<CheckOverride> overrides)
    {
        var byKey = overrides.GroupBy(o => o.FindingKey).ToDictionary(g => g.Key, g => g.Last());
        var unresolved = findings.Where(f => !byKey.ContainsKey(f.Key)).ToList();
        var overridden = findings.Where(f => byKey.ContainsKey(f.Key)).Select(f => new OverriddenFinding(f, byKey[f.Key])).ToList();
        return (unresolved, overridden);
    }

    private static IEnumerable<(string Section, string Text)> Blocks(ReportContext context) =>
        context.Manifest.Narrative.Where(n => !string.IsNullOrWhiteSpace(n.Value)).Select(n => (n.Key, n.Value))
            .Concat(context.Manifest.Recommendations.Previous.Where(p => !string.IsNullOrWhiteSpace(p.Evidence))
                .Select(p => (Section: $"recommendations.previous[{p.Number}].evidence", Text: p.Evidence!)));
}
