using Probity.Core.Datasets;
using Probity.Data.Teams;

namespace Probity.Data.Inspections;

/// <summary>An inspection as lists show it. <see cref="Version"/> is what a status change or details edit must name.</summary>
public sealed record InspectionSummary(
    long Id,
    string? Reference,
    string Framework,
    long ProviderId,
    string ProviderName,
    InspectionStatus Status,
    bool CaseDataLocked,
    string? LeadInspector,
    DateOnly? FieldworkStart,
    DateOnly? FieldworkEnd,
    long? PreviousInspectionId,
    int CaseCount,
    int Version);

/// <summary>A new inspection, before fieldwork: the rest (samples, cases, evidence) is added as the work goes on.</summary>
public sealed record NewInspection(string Framework, long ProviderId)
{
    public string? Reference { get; init; }
    public string? LeadInspector { get; init; }
    public DateOnly? FieldworkStart { get; init; }
    public DateOnly? FieldworkEnd { get; init; }
    public long? PreviousInspectionId { get; init; }

    /// <summary>"2019/20"; when absent, the national analysis takes the April-to-March year of the fieldwork start.</summary>
    public string? ProgrammeYear { get; init; }

    /// <summary>The team (a lead at least, when given); none: only admins see the inspection until a team is set.</summary>
    public IReadOnlyList<TeamMember> Team { get; init; } = [];

    /// <summary>Standards of the framework this inspection leaves out (a PDU inspection without court work): no rating, out of the score.</summary>
    public IReadOnlyList<string> NotInspected { get; init; } = [];
}

/// <summary>The inspection's own editable fields (everything but its status, which moves through <see cref="Lifecycle"/>).</summary>
public sealed record InspectionDetails
{
    public string? Reference { get; init; }
    public string? LeadInspector { get; init; }
    public DateOnly? FieldworkStart { get; init; }
    public DateOnly? FieldworkEnd { get; init; }
    public string? Published { get; init; }
    public FieldworkFacts Fieldwork { get; init; } = new();
    public IReadOnlyList<string> NotInspected { get; init; } = [];
}
