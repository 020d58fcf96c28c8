using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Core.Rules;
using Probity.Data;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.DomainOne;
using Probity.Data.Inspections;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Panel;

/// <summary>
/// The ratings panel: every standard's key-question table (counts, percentages, bands, the lowest highlighted),
/// discretion eligibility, the decisions recorded, the domain-one judgements, and the score and overall rating as
/// they now stand. Ratifying moves the inspection to drafting, which locks its case data.
/// </summary>
[SeenBy(InspectionAudience.RatingsPanel)]
public sealed class IndexModel(OpenInspection inspection, InspectionStore inspections, DatasetStore datasets, DomainOneStore domainOne,
    CaseReopeningStore reopenings, ProbityLinks links)
    : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => $"Ratings panel: {inspection.Name}";
    public override string? BackLink => links.Inspection(inspection.Id);

    public InspectionRating Rating { get; private set; } = null!;
    public DomainOneEvidence DomainOne { get; private set; } = null!;
    public bool MayDecide => PanelEvidence.MayDecide(Me, inspection.Summary);

    /// <summary>Cases a lead inspector reopened at the panel, with the reason and what changed since.</summary>
    public IReadOnlyList<CaseReopening> Reopened { get; private set; } = [];

    /// <summary>What still stops ratification (the stage gate's sentences), for the panel before it ratifies.</summary>
    public IReadOnlyList<string> RatificationBlocks { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "recorded")] public string? Recorded { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRatifyAsync(int version)
    {
        if (!MayDecide) return Forbid();
        try
        {
            await inspections.ChangeStatusAsync(inspection.Id, InspectionStatus.Drafting, version, Me.Actor, ct: Aborted);
            return Redirect(links.Panel(inspection.Id, recorded: "ratified"));
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e);
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        var evidence = await PanelEvidence.LoadAsync(datasets, domainOne, inspection.Id, Aborted);
        (Rating, DomainOne) = (evidence.Rated.Rating, evidence.DomainOne);
        Reopened = await reopenings.ListAsync(inspection.Id, Aborted);
        if (MayDecide) RatificationBlocks = await inspections.BlocksAsync(inspection.Id, InspectionStatus.Drafting, ct: Aborted);
    }
}
