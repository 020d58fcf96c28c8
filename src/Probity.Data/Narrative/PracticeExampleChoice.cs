using Probity.Core.Datasets;

namespace Probity.Data.Narrative;

/// <summary>A practice example a case flagged, by its stored id, with whether the report prints it.</summary>
public sealed record StoredPracticeExample(long Id, PracticeExample Example);
