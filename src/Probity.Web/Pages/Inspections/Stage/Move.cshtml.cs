using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Inspections;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Stage;

/// <summary>
/// A lead inspector moves the inspection on one stage: the page says what the next stage is for and what still stops the
/// move (the stage gates' own sentences), and asks for confirmation; the store checks the gates again when it moves.
/// Ratification (ratings panel → drafting) is the panel's, on the panel page; factual accuracy and publication have pages
/// of their own (a deadline; a date and a confirmation); moving back is on the overview, with a reason.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class MoveModel(OpenInspection inspection, InspectionStore inspections, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public InspectionStatus To { get; private set; }
    public override string Title => $"Move to {To.DisplayName().ToLowerInvariant()}";
    public override string? BackLink => links.Inspection(inspection.Id);

    /// <summary>What stops the move now; empty when it may go ahead.</summary>
    public IReadOnlyList<string> Blocks { get; private set; } = [];

    public override Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!InspectionStatusNames.TryParse(RouteData.Values["to"] as string, out var to)) return Task.FromResult<IActionResult?>(NotFound());
        To = to;
        // Ratification is the panel's; factual accuracy needs the provider's deadline; publication its date and confirmation.
        return Task.FromResult<IActionResult?>(to switch
        {
            InspectionStatus.Drafting => Redirect(links.Panel(inspection.Id)),
            InspectionStatus.FactualAccuracy => Redirect(links.StartFactualAccuracy(inspection.Id)),
            InspectionStatus.Published => Redirect(links.Publish(inspection.Id)),
            _ => null,
        });
    }

    public async Task OnGetAsync() => Blocks = await inspections.BlocksAsync(inspection.Id, To, ct: Aborted);

    public async Task<IActionResult> OnPostAsync(int version)
    {
        try
        {
            await inspections.ChangeStatusAsync(inspection.Id, To, version, Me.Actor, ct: Aborted);
            return Redirect(links.Inspection(inspection.Id));
        }
        catch (ChangeRefusedException e)
        {
            Blocks = e.Reasons;
            Errors.AddAll(e.Reasons);
            return Page();
        }
        catch (EditConflictException e)
        {
            Errors.AddRefusal(e, "Not moved");
            Blocks = await inspections.BlocksAsync(inspection.Id, To, ct: Aborted);
            return Page();
        }
    }

    /// <summary>What the stage is for, in a sentence.</summary>
    public static string Purpose(InspectionStatus stage) => stage switch
    {
        InspectionStatus.Fieldwork => "Inspectors assess the cases given to them, and the lead inspector gathers the domain-one evidence.",
        InspectionStatus.QualityAssurance => "Completed case assessments are checked before the ratings panel.",
        InspectionStatus.RatingsPanel => "The panel sees the figures and decides the ratings. From then on inspectors can no longer change their answers, " +
            "unless a lead inspector reopens a case with a reason, and the sample can no longer change.",
        InspectionStatus.FactualAccuracy => "The provider checks the draft report for factual accuracy.",
        InspectionStatus.Published => "The report is published to the provider and analysts. A published inspection cannot move again.",
        _ => "",
    };
}
