namespace Probity.Reports.Model;

public sealed record ReportOptions
{
    /// <summary>
    /// A draft for the inspection team: marked "Draft" on every page, and followed by drafting notes (suggested wording,
    /// the comparisons behind "significant", narrative checks). Published reports leave it off.
    /// </summary>
    public bool Draft { get; init; }

    public static readonly ReportOptions Published = new();
}
