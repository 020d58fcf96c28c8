using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Reports.Model;

/// <summary>The counts the report prints about its samples (spec §6.6), from the cases themselves.</summary>
internal sealed record SampleFacts(IReadOnlyDictionary<string, int> BySample, int Community, int PostRelease, Population? HarmPopulation, int? Harm)
{
    public const string CaseSupervision = "case-supervision";
    public const string UnpaidWork = "unpaid-work";
    public const string ThroughTheGate = "through-the-gate";
    public const string CourtWork = "court-work";

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

    /// <summary>
    /// A domain whose standards come from several samples but mostly from one (a PDU's court work beside its four case
    /// supervision standards) reads as one block: the samples of its inspected standards in order, each with the topics
    /// of its standards, and the standards not inspected. Null for a domain of one sample, or of one standard per sample
    /// (the CRC-specific work of 2019, printed standard by standard).
    /// </summary>
    public static IReadOnlyList<SampleGroup>? Mixed(Domain domain, Func<Standard, bool> inspected)
    {
        if (SampleOf(domain) is not null) return null;
        if (domain.Standards.Select(SampleOf).OfType<string>().GroupBy(s => s).All(g => g.Count() < 2)) return null;
        var groups = new List<SampleGroup>();
        foreach (var s in domain.Standards)
        {
            var sample = inspected(s) ? SampleOf(s) : null;
            if (sample is not null && groups.Count > 0 && groups[^1].Sample == sample) groups[^1] = groups[^1] with { Standards = [.. groups[^1].Standards, s] };
            else groups.Add(new SampleGroup(sample, [s]));
        }
        return groups;
    }

    /// <summary>The sample every case-based standard of a domain shares (domain two), or null.</summary>
    public static string? SampleOf(Domain domain)
    {
        var samples = domain.Standards.Select(SampleOf).Distinct().ToList();
        return samples.Count == 1 ? samples[0] : null;
    }
}

/// <summary>Consecutive standards of a domain drawn from one sample; a null sample is a standard not inspected.</summary>
internal sealed record SampleGroup(string? Sample, IReadOnlyList<Standard> Standards);
