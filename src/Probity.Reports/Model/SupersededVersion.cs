namespace Probity.Reports.Model;

/// <summary>
/// An earlier published version of a report that a correction replaced (<paramref name="Number"/>), and the version
/// that replaces it: a reader who keeps or forwards the old version must see on it that it no longer stands.
/// </summary>
public sealed record SupersededVersion(int Number, int ReplacedBy, DateOnly ReplacedOn, string? Reason)
{
    /// <summary>The line the cover prints: "Superseded: this is version 1 … Version 2, published 3 March 2020, replaces it: …".</summary>
    public string Notice =>
        $"Superseded: this is version {Number} of the report. Version {ReplacedBy}, published {Formatting.Date(ReplacedOn)}, replaces it" +
        (string.IsNullOrWhiteSpace(Reason) ? "." : $": {Reason.Trim().TrimEnd('.')}.");
}
