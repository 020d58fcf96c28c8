using Probity.Core.Text;

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
    private static readonly string[] Names = ["Case supervision", "Unpaid work", "Through the Gate"];

    public static IReadOnlyList<SampleType> All { get; } = Enum.GetValues<SampleType>();
    public static IReadOnlyList<string> AllTokens => ExchangeTokens.SampleTypes.Tokens;

    public static string Token(this SampleType type) => ExchangeTokens.SampleTypes.Token(type);

    public static string Name(this SampleType type) => Names[(int)type];

    public static bool TryParse(string? token, out SampleType type) => ExchangeTokens.SampleTypes.TryParse(token, out type);
}
