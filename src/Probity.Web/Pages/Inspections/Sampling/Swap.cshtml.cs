using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Samples;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>
/// A lead inspector swaps a case for its stratum's next reserve, with the reason; when that stratum has none left the
/// page says so and offers the next reserve of each other stratum. The page is the confirmation: nothing changes until it is sent.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class SwapModel(OpenInspection inspection, SampledCaseStore sampled, IValidator<SwapForm> validator, ProbityLinks links)
    : SampledCasePage(inspection, sampled)
{
    public override string Title => $"Swap case {CaseId} for a reserve";
    public override string? BackLink => links.Sampling(Inspection.Id);

    [BindProperty] public SwapForm Form { get; set; } = new();

    public void OnGet() => Form.StrataOptions = StrataOptions();

    public async Task<IActionResult> OnPostAsync()
    {
        Form.StrataOptions = StrataOptions();
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await Sampled.SwapForReserveAsync(Inspection.Id, CaseId, Form.ReasonText, Me.Actor, Offer.StratumRanOut ? Form.Stratum : null, Aborted);
            return Redirect(links.Sampling(Inspection.Id, done: "swapped"));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e, fieldId: "reason");
            return Page();
        }
    }

    private List<(string Value, string Label)> StrataOptions() => Offer.StratumRanOut
        ? [.. Offer.OtherStrata.Select(s => (s.Stratum, $"{s.Stratum}: case {s.CaseId} ({s.Left} {(s.Left == 1 ? "reserve" : "reserves")} left)"))]
        : [];
}
