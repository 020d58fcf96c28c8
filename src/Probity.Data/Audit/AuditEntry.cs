namespace Probity.Data.Audit;

/// <summary>
/// One recorded change: who, when, to what (entity and its key within the inspection), the action, and the values before
/// and after as JSON (null before a creation, null after a removal).
/// </summary>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string UserName,
    long? InspectionId,
    string Entity,
    string? EntityKey,
    string Action,
    string? Before,
    string? After);
