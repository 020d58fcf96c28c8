using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Samples;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>
/// A page about one case of the sample (<c>{caseId}</c> in the route): loads what a swap would bring in, which also says
/// the case is in the inspection (404 when it is not).
/// </summary>
public abstract class SampledCasePage(OpenInspection inspection, SampledCaseStore sampled) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    protected SampledCaseStore Sampled => sampled;
    public string CaseId => RouteData.Values["caseId"] as string ?? "";
    public ReserveOffer Offer { get; private set; } = null!;
    public string SampleName => IndexModel.SampleName(Offer.Sample);

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        try
        {
            Offer = await sampled.ReserveOfferAsync(inspection.Id, CaseId, ct);
            return null;
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
    }
}
