namespace Probity.Data.Publication;

/// <summary>
/// One published version of an inspection's report: the first publication (no reason), then each correction with its
/// reason. <paramref name="Narrative"/> is the report's text as that version published it, so a superseded version can
/// still be read as it was.
/// </summary>
public sealed record ReportVersion(
    int Number,
    DateOnly PublishedOn,
    string? Reason,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    IReadOnlyDictionary<string, string> Narrative);
