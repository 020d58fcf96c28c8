using Probity.Core.Datasets;

using Probity.Data.Cases;

namespace Probity.Data.Datasets;

/// <summary>
/// The <c>cases</c> table's columns: one per <see cref="CaseColumns"/> attribute (named as in cases.csv), the officer,
/// unknown extra columns, and the packed answers. A new case attribute in Core needs a migration adding its column; a
/// test checks they agree.
/// </summary>
internal static class CaseTable
{
    public static IReadOnlyList<CaseColumn> Attributes => CaseColumns.All;

    /// <summary>Every column an import writes, in order.</summary>
    public static readonly IReadOnlyList<string> ImportColumns =
    [
        "inspection_id", "case_ref", "ordinal",
        .. CaseColumns.All.Select(c => c.Name),
        "ro_id", "ro_caseload", "extra_columns", "answers", "assessment_status",
    ];

    public static string AttributeList => string.Join(", ", CaseColumns.All.Select(c => c.Name));

    /// <summary>Unknown cases.csv columns, as JSON pairs so their order survives (jsonb would reorder an object's keys).</summary>
    public static string? ExtraColumnsJson(CaseRecord record) =>
        record.ExtraColumns is { Count: > 0 } extras ? Audit.AuditJson.Serialize(extras.Select(e => new[] { e.Key, e.Value })) : null;

    public static IReadOnlyDictionary<string, string>? ParseExtraColumns(string? json)
    {
        if (json is null) return null;
        var pairs = Audit.AuditJson.Deserialize<string[][]>(json)!;
        var map = new Dictionary<string, string>();
        foreach (var pair in pairs) map[pair[0]] = pair[1];
        return map;
    }

    /// <summary>An imported case is completed when it carries any answer, otherwise not started.</summary>
    public static string ImportedStatus(ReadOnlySpan<byte> answers) =>
        (answers.IndexOfAnyExcept((byte)0) >= 0 ? CaseAssessmentStatus.Completed : CaseAssessmentStatus.NotStarted).Token();
}
