using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Data.Datasets;
using Probity.Data.DomainOne;
using Probity.Data.Inspections;
using Probity.Web.Security;

namespace Probity.Web.Pages.Inspections.Panel;

/// <summary>What the ratings panel pages show: the inspection rated through Core as it now stands, and the domain-one judgements.</summary>
public sealed record PanelEvidence(RatedInspection Rated, DomainOneEvidence DomainOne)
{
    public static async Task<PanelEvidence> LoadAsync(DatasetStore datasets, DomainOneStore domainOne, long inspectionId, CancellationToken ct) =>
        new(await RatedInspection.LoadAsync(datasets, inspectionId, ct), await domainOne.GetAsync(inspectionId, ct));

    /// <summary>Decisions are recorded only at the ratings panel stage, and only by its members (and admins).</summary>
    public static bool MayDecide(CurrentUser me, InspectionSummary inspection) => me.MayDecideAtPanel && inspection.Status == InspectionStatus.RatingsPanel;

    public static string Eligibility(StandardRating s) =>
        (s.Eligibility.Up, s.Eligibility.Down) switch
        {
            (false, false) => "Not eligible for discretion",
            _ => "Eligible " + string.Join("; ", new[]
            {
                s.Eligibility.UpByProximity ? "up (within five points below the next band)" : null,
                s.Eligibility.UpByOneCase ? "up (one case judged differently would raise the band)" : null,
                s.Eligibility.DownByProximity ? "down (within five points above the band's floor)" : null,
                s.Eligibility.DownByOneCase ? "down (one case judged differently would lower the band)" : null,
            }.Where(x => x is not null)),
        };
}
