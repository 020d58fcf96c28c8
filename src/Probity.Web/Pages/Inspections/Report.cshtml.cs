using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Data;

namespace Probity.Web.Pages.Inspections;

/// <summary>
/// The inspection's ratings as they stand (published, for a provider contact). Provider contacts and analysts see only
/// published inspections — their own provider's, for a contact — and get 403 on anything else.
/// </summary>
public sealed class ReportModel(ProbityStore store) : InspectionPage(store)
{
    public override string Title => $"Ratings: {InspectionName}";
    public override string? BackLink => Me.IsInspectionTeam ? BasePath : "/";

    public InspectionRating Rating { get; private set; } = null!;

    protected override bool MaySee() => Me.MaySeeReport(Inspection);

    public async Task OnGetAsync() => Rating = (await RateAsync()).Rating;

    public bool IsPublished => Inspection.Status == InspectionStatus.Published;
}
