using Probity.Core.Datasets;

namespace Probity.Core.Sampling;

/// <summary>
/// The columns of a provider's caseload extract (the sampling population file). Coded columns share the exchange
/// format's vocabularies where they mean the same thing; RoSH here is the level the provider recorded, which stratifies
/// the sample (spec §2.2, §6.3), never the inspector's judgement, hence its own name.
/// </summary>
public static class PopulationColumns
{
    public const string CaseId = "case_id";
    public const string SentenceDate = "sentence_date";
    public const string ReleaseDate = "release_date";
    public const string Requirements = "requirements";
    public const string Office = "office";

    public static readonly CaseColumn Sex = CaseColumns.Sex;
    public static readonly CaseColumn Disposal = CaseColumns.Disposal;
    public static readonly CaseColumn OfficerGrade = CaseColumns.RoGrade;

    public static readonly CaseColumn RecordedRosh = new(0, "recorded_rosh",
        "the risk of serious harm level the provider recorded", "low", "medium", "high", "very-high");

    public static readonly CaseColumn ManagedBy = new(1, "managed_by",
        "the organisation managing the case (empty: the provider being inspected)", "crc", "nps");

    public static readonly CaseColumn TtgEntitled = new(2, "ttg_entitled",
        "entitled to pre-release Through the Gate services from the CRC", "yes", "no");

    /// <summary>The coded columns, each checked against its vocabulary wherever it appears.</summary>
    public static readonly IReadOnlyList<CaseColumn> Coded = [Sex, Disposal, RecordedRosh, OfficerGrade, ManagedBy, TtgEntitled];

    /// <summary>Requirement types (spec §10.1), listed in one cell separated by <see cref="RequirementSeparator"/>.</summary>
    public static IReadOnlyList<string> RequirementTypes => Requirement;

    private static readonly string[] Requirement = ["unpaid-work", "rar", "accredited-programme", "drr", "atr", "mhtr", "curfew", "other"];

    public const char RequirementSeparator = ';';

    public static readonly ushort UnpaidWork = RequirementFlag("unpaid-work");

    public static ushort RequirementFlag(string type)
    {
        var i = Array.IndexOf(Requirement, type);
        if (i < 0) throw new ArgumentException($"\"{type}\" is not a requirement type", nameof(type));
        return (ushort)(1 << i);
    }

    /// <summary>The columns the sample file adds; a population may not use these names itself.</summary>
    public const string Stratum = "stratum";
    public const string Role = "role";
    public const string ReserveOrder = "reserve_order";
    public static readonly IReadOnlyList<string> AddedBySampling = [Stratum, Role, ReserveOrder];
}
