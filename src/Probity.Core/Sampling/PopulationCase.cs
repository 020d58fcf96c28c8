namespace Probity.Core.Sampling;

/// <summary>
/// One row of the caseload extract: a person on probation known only by the case reference. Coded attributes are the
/// vocabulary codes of <see cref="PopulationColumns"/> (0 = not recorded), so a million rows stay small.
/// </summary>
public sealed class PopulationCase(string caseId, int line, int row)
{
    public string CaseId { get; } = caseId;

    /// <summary>The line of the file the row starts on, for problems.</summary>
    public int Line { get; } = line;

    /// <summary>The row's position among the file's data rows (0-based), to copy it into the sample file.</summary>
    public int Row { get; } = row;

    public byte Sex { get; init; }
    public byte Disposal { get; init; }
    public byte RecordedRosh { get; init; }
    public byte OfficerGrade { get; init; }
    public byte ManagedBy { get; init; }
    public byte TtgEntitled { get; init; }
    public DateOnly? SentenceDate { get; init; }
    public DateOnly? ReleaseDate { get; init; }

    /// <summary>Requirement types as bit flags (<see cref="PopulationColumns.RequirementFlag"/>).</summary>
    public ushort Requirements { get; init; }

    public string? Office { get; init; }

    public bool Has(ushort requirement) => (Requirements & requirement) != 0;

    private static readonly byte PostRelease = PopulationColumns.Disposal.Code("post-release");

    public bool IsPostRelease => Disposal == PostRelease;

    public override string ToString() => CaseId;
}

/// <summary>A caseload extract read whole: its header (to copy rows into the sample file) and its cases.</summary>
public sealed class SamplingPopulation(string fileName, IReadOnlyList<string> header, IReadOnlyList<PopulationCase> cases)
{
    public string FileName { get; } = fileName;
    public IReadOnlyList<string> Header { get; } = header;
    public IReadOnlyList<PopulationCase> Cases { get; } = cases;

    public bool HasColumn(string name) => Header.Contains(name);
}
