using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Core.Text;

namespace Probity.Reports.Model;

/// <summary>
/// R21 applied to the inspectors' text: a block that says "significant" must be about figures of which at least one
/// comparison passed the z-test. A block is about the key question, standard or domain its key names; anything else
/// (foreword, background) may refer to any figure of the inspection.
/// </summary>
internal static class NarrativeChecks
{
    public static IReadOnlyList<string> Run(ReportContext context)
    {
        var texts = context.Manifest.Narrative.Select(n => (n.Key, n.Value))
            .Concat(context.Manifest.Recommendations.Previous.Where(p => p.Evidence is not null)
                .Select(p => (Key: $"recommendations.previous[{p.Number}].evidence", Value: p.Evidence!)));
        var warnings = new List<string>();
        foreach (var (key, text) in texts)
        {
            var uses = SignificanceWording.Uses(text);
            if (uses.Count == 0) continue;
            var items = ItemsAbout(context.Framework, key).ToList();
            var comparisons = items.SelectMany(id => new[] { ComparisonCells.Previous(context, id), ComparisonCells.National(context, id) }).ToList();
            if (SignificanceWording.IsAllowed(text, comparisons)) continue;
            var why = comparisons.Any(c => c.Test is not null)
                ? "none of the comparisons it can refer to passes the z-test"
                : "no comparison it can refer to has the counts the z-test needs, so none can be called significant";
            warnings.Add($"narrative \"{key}\" says \"{uses[0]}\", but {why} (R21): reword it, e.g. \"improved\", \"a marked improvement\", \"substantial\"");
        }
        return warnings;
    }

    public static IEnumerable<string> ItemsAbout(FrameworkVersion framework, string key)
    {
        var parts = key.Split(':');
        var id = parts.Length > 1 ? parts[1] : "";
        IEnumerable<KeyQuestion> kqs = parts[0] switch
        {
            "key-question" => framework.FindKeyQuestion(id) is { } k ? [k] : [],
            "standard" or "executive-summary" or "chapter" when framework.FindStandard(id) is { } s => s.KeyQuestions,
            "executive-summary" or "chapter" when framework.Domains.FirstOrDefault(d => d.Key == id) is { } d => d.Standards.SelectMany(s => s.KeyQuestions),
            _ => framework.KeyQuestions,
        };
        return kqs.SelectMany(k => new[] { k.Id }.Concat(k.Prompts.Select(p => p.Id)));
    }
}
