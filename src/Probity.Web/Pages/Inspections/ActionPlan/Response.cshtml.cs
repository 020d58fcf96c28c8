using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.ActionPlans;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.ActionPlan;

/// <summary>A provider contact records the provider's plan for one recommendation of the published report.</summary>
[SeenBy(InspectionAudience.Provider)]
public sealed class ResponseModel(OpenInspection inspection, ActionPlanStore plans, IValidator<ResponseForm> validator, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => $"Recommendation {Recommendation.Number}";
    public override string? BackLink => links.ActionPlan(inspection.Id);

    [BindProperty] public ResponseForm Form { get; set; } = new();

    public PlannedRecommendation Recommendation { get; private set; } = null!;

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (inspection.Summary.Status != InspectionStatus.Published) return Refuse("The action plan is recorded once the report is published.");
        var number = int.TryParse(RouteData.Values["number"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        if ((await plans.GetAsync(inspection.Id, ct)).FirstOrDefault(r => r.Number == number) is not { } recommendation) return NotFound();
        Recommendation = recommendation;
        return null;
    }

    public void OnGet() => Form = ResponseForm.From(Recommendation.Plan);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await plans.SaveAsync(inspection.Id, Form.ToEntry(Recommendation.Number), Form.Version, Me.Actor, Aborted);
            return Redirect(links.ActionPlan(inspection.Id, "saved"));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, fieldId: "response");
            return Page();
        }
    }
}
