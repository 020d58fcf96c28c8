using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Ratings;

namespace Probity.Core.Tests.Analysis;

/// <summary>
/// The hand-built programme most analysis tests share, with every figure worked out in the comments.
/// A (provider 1, CRC, 2018/19): case supervision 3 × medium RoSH (2.1.1 yes, 2.1.1.a yes, 2.1.2 no),
///   1 × medium (2.1.1 no, 2.1.1.a na, 2.1.2 yes), 2 × low (2.1.1 no, 2.1.1.a no); Through the Gate 2 × (4.2.1 yes).
///   2.1.1 3/6 = 50%, 2.1.1.a 3/5 = 60%, 2.1.2 1/4 = 25% → 2.1 Inadequate; 4.2.1 2/2 → Outstanding; 1.1 Good: 0+3+2 = 5 Good.
/// B (provider 2, CRC, 2018/19): 4 × high (2.1.1 yes, 2.1.1.a yes, 2.1.2 yes); TTG 1 × (4.2.1 no).
///   2.1 Outstanding, 4.2 Inadequate, 1.1 Good: 3+0+2 = 5 Good.
/// C (provider 1, CRC, 2019/20): 3 × medium (all yes), 17 × medium (all no); TTG 1 × yes; 1.1 Outstanding.
///   2.1.1 3/20 = 15% → 2.1 Inadequate; 4.2 Outstanding; 0+3+3 = 6 Good.
/// Pooled 2018/19 (A+B): 2.1.1 7/10 = 70%, mean of providers (50 + 100) / 2 = 75; 2.1.2 5/8 = 62.5 → 63; 4.2.1 2/3 → 67.
/// </summary>
public static class Programme
{
    public const string CaseSupervision = "case-supervision";
    public const string ThroughTheGate = "through-the-gate";

    public static HandBuilt.Inspection A() => new HandBuilt.Inspection(1, 1, ProviderType.CRC, "2018/19") { FieldworkStart = new(2018, 9, 3) }
        .Cases(3, CaseSupervision, "rosh=medium", "2.1.1=yes 2.1.1.a=yes 2.1.2=no", caseload: 40)
        .Case(CaseSupervision, "rosh=medium", "2.1.1=no 2.1.1.a=na 2.1.2=yes", caseload: 40)
        .Cases(2, CaseSupervision, "rosh=low", "2.1.1=no 2.1.1.a=no", caseload: 80)
        .Cases(2, ThroughTheGate, "", "4.2.1=yes");

    public static HandBuilt.Inspection B() => new HandBuilt.Inspection(2, 2, ProviderType.CRC, "2018/19") { FieldworkStart = new(2019, 1, 14) }
        .Cases(4, CaseSupervision, "rosh=high", "2.1.1=yes 2.1.1.a=yes 2.1.2=yes")
        .Case(ThroughTheGate, "", "4.2.1=no");

    public static HandBuilt.Inspection C()
    {
        var c = new HandBuilt.Inspection(3, 1, ProviderType.CRC, "2019/20") { FieldworkStart = new(2019, 10, 7) }
            .Cases(3, CaseSupervision, "rosh=medium", "2.1.1=yes 2.1.1.a=yes 2.1.2=yes")
            .Cases(17, CaseSupervision, "rosh=medium", "2.1.1=no 2.1.1.a=no 2.1.2=no")
            .Case(ThroughTheGate, "", "4.2.1=yes");
        c.DomainOne["1.1"] = Rating.Outstanding;
        return c;
    }

    public static IReadOnlyList<InspectionFacts> All() => [A().Facts(), B().Facts(), C().Facts()];
}
