using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Data;
using Probity.Data.DomainOne;

namespace Probity.Web.Pages.Inspections.Panel;

/// <summary>A ratings panel page: the inspection rated through Core as it now stands, for the lead inspector, admins and panel members.</summary>
public abstract class PanelPage(ProbityStore store) : InspectionPage(store)
{
    public InspectionDataset Dataset { get; private set; } = null!;
    public RatingInputs Inputs { get; private set; } = null!;
    public InspectionRating Rating { get; private set; } = null!;
    public DomainOneEvidence DomainOne { get; private set; } = null!;

    public override string? BackLink => $"{BasePath}/panel";

    /// <summary>Decisions are recorded only at the ratings panel stage, and only by its members (and admins).</summary>
    public bool MayDecide => Me.MayDecideAtPanel && Inspection.Status == InspectionStatus.RatingsPanel;

    protected override bool MaySee() => Me.MaySeePanel;

    protected async Task LoadRatingAsync()
    {
        Dataset = await Store.Datasets.LoadAsync(InspectionId);
        Inputs = RatingInputs.From(Dataset);
        Rating = InspectionRater.Rate(Dataset.Framework, Inputs);
        DomainOne = await Store.DomainOne.GetAsync(InspectionId);
    }

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
