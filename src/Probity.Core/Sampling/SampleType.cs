namespace Probity.Core.Sampling;

/// <summary>The samples drawn before fieldwork (spec §2.1, §6.1); tokens as in the exchange format's <c>sample</c> column.</summary>
public enum SampleType
{
    CaseSupervision,
    UnpaidWork,
    ThroughTheGate,
}

public static class SampleTypes
{
    public static readonly IReadOnlyList<SampleType> All = [SampleType.CaseSupervision, SampleType.UnpaidWork, SampleType.ThroughTheGate];

    public static string Token(this SampleType type) => type switch
    {
        SampleType.CaseSupervision => "case-supervision",
        SampleType.UnpaidWork => "unpaid-work",
        SampleType.ThroughTheGate => "through-the-gate",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Name(this SampleType type) => type switch
    {
        SampleType.CaseSupervision => "Case supervision",
        SampleType.UnpaidWork => "Unpaid work",
        SampleType.ThroughTheGate => "Through the Gate",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static SampleType? Parse(string token) => All.Cast<SampleType?>().FirstOrDefault(t => t!.Value.Token() == token);
}
