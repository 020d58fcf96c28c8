using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Datasets;
using Probity.Data.FactualAccuracy;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.FactualAccuracy;

/// <summary>
/// The factual accuracy check: the deadline, the provider's comments on sections of the draft and the lead inspector's
/// outcome for each. The provider's contacts add comments here until the deadline; the lead decides each one.
/// </summary>
[SeenBy(InspectionAudience.TeamAndProvider)]
public sealed class IndexModel(OpenInspection inspection, FactualAccuracyStore store, DatasetStore datasets, IValidator<CommentForm> validator,
    TimeProvider clock, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Factual accuracy check";
    public override string? BackLink => Me.IsInspectionTeam ? links.Inspection(inspection.Id) : links.Home();

    [BindProperty] public CommentForm Form { get; set; } = new();

    public FactualAccuracyCheck Check { get; private set; } = new(null, []);

    /// <summary>"commented" or "decided" after a change, for the banner.</summary>
    [BindProperty(SupportsGet = true, Name = "done")] public string? Done { get; set; }

    public string? DoneMessage => Done switch
    {
        "commented" => "Your comment is recorded. The lead inspector will accept it or say why not.",
        "decided" => "The outcome is recorded.",
        "started" => "The draft report has gone to the provider for its factual accuracy check.",
        _ => null,
    };

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    public bool AtFactualAccuracy => inspection.Summary.Status == InspectionStatus.FactualAccuracy;
    public bool MayComment => Me.ChecksFactualAccuracy(inspection.Summary) && Check.OpenOn(Today);
    public bool MayDecide => Me.MayManageInspection && AtFactualAccuracy;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Me.ChecksFactualAccuracy(inspection.Summary)) return Refuse(Security.Refusal.OnlyProvider);
        await LoadAsync();
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await store.CommentAsync(inspection.Id, Form.ChosenSection!.Anchor, Form.ChosenSection.Title, Form.Comment!, Me.Actor, Aborted);
            return Redirect(links.FactualAccuracy(inspection.Id, "commented"));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e, fieldId: "comment");
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        Check = await store.GetAsync(inspection.Id, Aborted);
        if (MayComment) Form.Sections = await ReportSections.ListAsync(datasets, inspection.Id, Aborted);
    }

    public static string OutcomeText(FactualAccuracyComment c) => c.Outcome switch
    {
        CommentOutcome.Accepted => "Accepted",
        CommentOutcome.Declined => "Declined",
        _ => "Not decided yet",
    };

    public static string OutcomeTag(FactualAccuracyComment c) => c.Outcome switch
    {
        CommentOutcome.Accepted => "govuk-tag govuk-tag--green",
        CommentOutcome.Declined => "govuk-tag govuk-tag--orange",
        _ => "govuk-tag govuk-tag--grey",
    };
}
