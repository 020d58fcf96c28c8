using Probity.Core.Datasets;

namespace Probity.Data.Inspections;

/// <summary>
/// The inspection lifecycle: planned → fieldwork → quality assurance → ratings panel → drafting → published. Forward one
/// step at a time. Back one step is allowed, with a reason, until publication; a published inspection never moves.
/// Leaving the ratings panel for drafting is the ratification: the ratings must be complete and valid, and case data is
/// locked from then on (stepping back from drafting to the panel reopens it).
/// </summary>
public static class Lifecycle
{
    public static bool LocksCaseData(InspectionStatus status) => status >= InspectionStatus.Drafting;

    /// <summary>Why the move is not allowed, or null when it is.</summary>
    public static string? Check(InspectionStatus from, InspectionStatus to, string? reason)
    {
        if (to == from) return $"the inspection is already at {from.DisplayName().ToLowerInvariant()}";
        if (from == InspectionStatus.Published) return "the inspection is published: its status can no longer change";
        if (to == from + 1) return null;
        if (to == from - 1)
            return string.IsNullOrWhiteSpace(reason)
                ? $"moving back from {from.DisplayName().ToLowerInvariant()} to {to.DisplayName().ToLowerInvariant()} needs a reason, which the audit log keeps"
                : null;
        var next = from + 1;
        return $"an inspection moves one step at a time: from {from.DisplayName().ToLowerInvariant()} the next step is {next.DisplayName().ToLowerInvariant()}" +
            (from > InspectionStatus.Planned ? $" (or back to {(from - 1).DisplayName().ToLowerInvariant()}, with a reason)" : "");
    }
}
