using Probity.Core.Datasets;
using Probity.Core.Stages;

namespace Probity.Data.Inspections;

/// <summary>
/// The inspection lifecycle as storage applies it (the rules are Core's <see cref="StageGates"/>): case answers are
/// frozen for inspectors from the ratings panel on, and case data is locked once the ratings are ratified (stepping
/// back from drafting to the panel reopens it).
/// </summary>
public static class Lifecycle
{
    public static bool LocksCaseData(InspectionStatus status) => StageGates.LocksCaseData(status);

    /// <summary>Why the move is not one step, or null when it is (the gates come on top: <see cref="StageGates.Blocks"/>).</summary>
    public static string? Check(InspectionStatus from, InspectionStatus to, string? reason) => StageGates.Step(from, to, reason);
}
