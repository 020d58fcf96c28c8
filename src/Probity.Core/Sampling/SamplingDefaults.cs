namespace Probity.Core.Sampling;

/// <summary>The published sampling parameters per framework version and sample type (spec §6.1, §6.4).</summary>
public static class SamplingDefaults
{
    public static readonly IReadOnlyList<string> Frameworks = ["hmip-crc-2018", "hmip-crc-2019"];

    public static SamplingPlan? For(string framework, SampleType type)
    {
        var windows = framework switch
        {
            // §6.1: 2018 states no requirement window; TTG releases "six weeks earlier … over a two-week period".
            "hmip-crc-2018" => new EligibilityWindows { RequirementWindowWeeks = null, ReleaseWindowWeeks = 2, ReleasedWeeksAgo = 6 },
            "hmip-crc-2019" => new EligibilityWindows(),
            _ => null,
        };
        if (windows is null) return null;
        return new SamplingPlan
        {
            Type = type,
            Framework = framework,
            Windows = windows,
            ManagedBy = ManagedBy(framework, type),
            // §6.4: the 2019 Through the Gate size is an input estimate; 2018 uses the formula like the other samples.
            RequiredIsInput = framework == "hmip-crc-2019" && type == SampleType.ThroughTheGate,
        };
    }

    // §6.1: unpaid work "included cases managed by the NPS, as well as cases managed by the CRC"; 2018 TTG cases were
    // supervised after release "by the CRC or the NPS", 2019 "by the CRC being inspected". Case supervision is the CRC's
    // own caseload [A].
    private static IReadOnlyList<string> ManagedBy(string framework, SampleType type) => type switch
    {
        SampleType.UnpaidWork => ["crc", "nps"],
        SampleType.ThroughTheGate when framework == "hmip-crc-2018" => ["crc", "nps"],
        _ => ["crc"],
    };
}
