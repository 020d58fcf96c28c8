using Probity.Core.Frameworks;
using Probity.Data.Inspections;

namespace Probity.Web.Pages.Inspections;

/// <summary>
/// The inspection a request under <c>/inspections/{id}</c> is about, with its framework: loaded once per request by
/// <see cref="InspectionFilter"/> before the handler runs (which has then also checked the user may see it).
/// </summary>
public sealed class OpenInspection
{
    private InspectionSummary? _summary;

    public InspectionSummary Summary
    {
        get => _summary ?? throw new InvalidOperationException("No inspection is open: the page is not under /inspections/{id}.");
        set => (_summary, Framework) = (value, FrameworkCatalog.Get(value.Framework));
    }

    public FrameworkVersion Framework { get; private set; } = null!;

    public long Id => Summary.Id;

    /// <summary>"REF — Provider", or the provider alone when the inspection has no reference yet.</summary>
    public string Name => Summary.Reference is { } r ? $"{r} — {Summary.ProviderName}" : Summary.ProviderName;
}
