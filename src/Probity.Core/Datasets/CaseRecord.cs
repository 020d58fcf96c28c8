namespace Probity.Core.Datasets;

/// <summary>
/// One inspected case. A person on probation is known only by the case reference; nothing here can hold a name.
/// Coded attributes live in a small array indexed by <see cref="CaseColumn.Ordinal"/>.
/// </summary>
public sealed class CaseRecord
{
    private readonly byte[] _codes;

    public CaseRecord(string caseId, byte[]? codes = null)
    {
        CaseId = caseId;
        _codes = codes ?? new byte[CaseColumns.All.Count];
    }

    public string CaseId { get; }

    /// <summary>The responsible officer's reference, joining the case to an interview record (never a name).</summary>
    public string? ResponsibleOfficer { get; set; }

    /// <summary>The responsible officer's caseload when interviewed.</summary>
    public int? ResponsibleOfficerCaseload { get; set; }

    /// <summary>Columns this version does not know, kept so that an export gives them back.</summary>
    public IReadOnlyDictionary<string, string>? ExtraColumns { get; set; }

    public string? Get(CaseColumn column) => column.Token(_codes[column.Ordinal]);

    public byte Code(CaseColumn column) => _codes[column.Ordinal];

    public void Set(CaseColumn column, string? token)
    {
        if (token is null) { _codes[column.Ordinal] = 0; return; }
        var code = column.Code(token);
        if (code == 0) throw new ArgumentException($"\"{token}\" is not a value of {column.Name}", nameof(token));
        _codes[column.Ordinal] = code;
    }

    internal void SetCode(CaseColumn column, byte code) => _codes[column.Ordinal] = code;

    public string Sample => Get(CaseColumns.Sample) ?? "";
}
