using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Reports.Model;

/// <summary>The counts the report prints about its samples (spec §6.6), from the cases themselves.</summary>
internal sealed record SampleFacts(IReadOnlyDictionary<string, int> BySample, int Community, int PostRelease, Population? HarmPopulation, int? Harm)
{
    public const string CaseSupervision = "case-supervision";
    public const string UnpaidWork = "unpaid-work";
    public const string ThroughTheGate = "through-the-gate";

    public int Of(string sample) => BySample.GetValueOrDefault(sample);

    public static SampleFacts Of(InspectionDataset dataset)
    {
        var bySample = dataset.Cases.GroupBy(c => c.Sample).ToDictionary(g => g.Key, g => g.Count());
        var supervision = dataset.Cases.Where(c => c.Sample == CaseSupervision).ToList();
        // The harm sub-sample is whichever population narrows the case supervision sample (spec §2.2).
        var harm = dataset.Framework.Populations.FirstOrDefault(p => p.IsSubSample && p.Sample == CaseSupervision);
        return new(bySample,
            supervision.Count(c => c.Get(CaseColumns.Disposal) == "community"),
            supervision.Count(c => c.Get(CaseColumns.Disposal) == "post-release"),
            harm,
            harm is null ? null : supervision.Count(harm.Contains));
    }

    /// <summary>The sample a standard's rated key questions are drawn from, when they share one.</summary>
    public static string? SampleOf(Standard standard)
    {
        var samples = standard.KeyQuestions.Where(k => k.Population is not null).Select(k => k.Population!.Sample).Distinct().ToList();
        return samples.Count == 1 ? samples[0] : null;
    }

    /// <summary>The sample every case-based standard of a domain shares (domain two), or null.</summary>
    public static string? SampleOf(Domain domain)
    {
        var samples = domain.Standards.Select(SampleOf).Distinct().ToList();
        return samples.Count == 1 ? samples[0] : null;
    }
}
