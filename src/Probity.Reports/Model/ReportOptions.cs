using Probity.Reports.Checks;

namespace Probity.Reports.Model;

public sealed record ReportOptions
{
    /// <summary>
    /// A draft for the inspection team: marked "Draft" on every page, and followed by drafting notes (suggested wording,
    /// the comparisons behind "significant", narrative checks). Published reports leave it off.
    /// </summary>
    public bool Draft { get; init; }

    /// <summary>
    /// Cases taken out of the sample after it was drawn, with why: the methodology lists them. None adds nothing, so a
    /// report with no withdrawn case reads as before.
    /// </summary>
    public IReadOnlyList<WithdrawnSampleCase> Withdrawn { get; init; } = [];

    /// <summary>The checks before publication a lead inspector overrode, with why: a draft's notes list them apart from the rest.</summary>
    public IReadOnlyList<CheckOverride> Overrides { get; init; } = [];

    /// <summary>Blocks written before a rating they mention changed (<see cref="BlocksToReview"/>): a draft's notes list them.</summary>
    public IReadOnlyList<BlockToReview> ToReview { get; init; } = [];

    /// <summary>Set for an earlier published version a correction replaced: its cover says so and names the version that replaces it.</summary>
    public SupersededVersion? Superseded { get; init; }

    public static readonly ReportOptions Published = new();
}

/// <summary>A case withdrawn from a sample (<paramref name="Sample"/>: the framework's sample id), the reason, and the reserve that took its place if one did.</summary>
public sealed record WithdrawnSampleCase(string CaseId, string Sample, string Reason, string? ReplacedBy);
