using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Data;
using Probity.Data.DomainOne;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Panel;

/// <summary>The panel ratifies a domain-one rating (R15): usually the lead inspector's proposal, or another it agrees.</summary>
[SeenBy(InspectionAudience.RatingsPanel)]
public sealed class JudgementModel(OpenInspection inspection, DomainOneStore domainOne, IValidator<RatifyForm> validator, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public Standard Standard { get; private set; } = null!;
    public DomainOneJudgement? Judgement { get; private set; }
    public override string Title => $"Ratify the rating of {Standard.Id} {Standard.Name}";
    public override string? BackLink => links.Panel(inspection.Id);
    public bool MayDecide => PanelEvidence.MayDecide(Me, inspection.Summary);

    [BindProperty] public RatifyForm Form { get; set; } = new();

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (inspection.Framework.FindStandard(RouteData.Values["standard"] as string ?? "") is not { RatedBy: RatingBasis.Judgement } standard) return NotFound();
        Standard = standard;
        Judgement = (await domainOne.GetAsync(inspection.Id, ct)).Judgements.FirstOrDefault(j => j.Standard == standard.Id);
        Form.Standard = standard.Id;
        return null;
    }

    public void OnGet() => Form.Rating = (Judgement?.Ratified ?? Judgement?.Proposed)?.Token();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!MayDecide) return Forbid();
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await domainOne.RatifyAsync(inspection.Id, Standard.Id, Form.Ratified, Form.Version, Me.Actor, Aborted);
            return Redirect(links.Panel(inspection.Id, recorded: Standard.Id, standard: Standard.Id));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, "Not ratified", "rating");
            return Page();
        }
    }
}
