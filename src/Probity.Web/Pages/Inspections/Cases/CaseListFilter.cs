using Microsoft.AspNetCore.Mvc;
using Probity.Data.Cases;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>
/// Which cases the case list shows and in what order, as the query string says (<c>?status=…&amp;inspector=…&amp;sample=…&amp;sort=…</c>).
/// Anything it does not recognise shows every case, in sample order.
/// </summary>
public sealed class CaseListFilter
{
    /// <summary>The inspector value that means "held by nobody".</summary>
    public const string NotAssigned = "none";

    public static IReadOnlyList<(string Value, string Label)> SortOptions { get; } =
        [("", "Sample order"), ("case", "Case reference"), ("status", "Status"), ("inspector", "Inspector"), ("sample", "Sample type")];

    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "inspector")] public string? Inspector { get; set; }
    [FromQuery(Name = "sample")] public string? Sample { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }

    public bool Any => !string.IsNullOrEmpty(Status) || !string.IsNullOrEmpty(Inspector) || !string.IsNullOrEmpty(Sample);

    /// <summary>The cases that pass the filter, in the chosen order; <paramref name="nameOf"/> gives a holder's display name.</summary>
    public IReadOnlyList<CaseSummary> Apply(IReadOnlyList<CaseSummary> cases, Func<string?, string> nameOf)
    {
        var shown = cases.Where(c =>
            (string.IsNullOrEmpty(Status) || c.Status.Token() == Status)
            && (string.IsNullOrEmpty(Inspector) || (Inspector == NotAssigned ? c.AssignedTo is null : c.AssignedTo == Inspector))
            && (string.IsNullOrEmpty(Sample) || c.Sample == Sample));
        return Sort switch
        {
            "case" => [.. shown.OrderBy(c => c.CaseId, StringComparer.Ordinal)],
            "status" => [.. shown.OrderBy(c => c.Status)],
            "inspector" => [.. shown.OrderBy(c => c.AssignedTo is null).ThenBy(c => nameOf(c.AssignedTo), StringComparer.CurrentCulture)],
            "sample" => [.. shown.OrderBy(c => c.Sample, StringComparer.Ordinal)],
            _ => [.. shown],
        };
    }

    /// <summary>"case-supervision" as an inspector says it: "Case supervision".</summary>
    public static string SampleText(string sample) =>
        sample.Length == 0 ? sample : char.ToUpperInvariant(sample[0]) + sample[1..].Replace('-', ' ');
}
