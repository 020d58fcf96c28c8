using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.DomainOne;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// Changes one interview record. A save from an older version than the stored one keeps what was typed and says who
/// saved first; saving again replaces theirs. A record removed meanwhile can be saved again as a new one.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class InterviewModel(OpenInspection inspection, DomainOneStore domainOne, EvidenceEditor editor, IValidator<InterviewForm> validator) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public string Officer { get; private set; } = "";
    public override string Title => $"Change the interview with {Officer}";
    public override string? BackLink => editor.BackLink;

    [BindProperty] public InterviewForm Form { get; set; } = new();

    public override Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Officer = RouteData.Values["officer"] as string ?? "";
        Form.Officer = Officer; // the record's, whatever was posted
        return Task.FromResult<IActionResult?>(null);
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await StoredAsync() is not { } stored) return NotFound();
        Form = InterviewForm.From(stored.Interview, stored.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        var interview = Form.ToInterview();
        return await editor.SaveThenReturnAsync(this,
            () => domainOne.SaveInterviewAsync(inspection.Id, interview, Form.Version, Me.Actor, Aborted), "interview-changed", Officer,
            "Your changes have not been saved (what you typed is still below; save again to replace theirs)",
            async () => Form.Version = (await StoredAsync())?.Version,
            async () =>
            {
                Form.Version = null;
                return $"The interview record with {Officer} was removed {await editor.LastChangeAsync("interview", Officer, Aborted)} after you opened it, so nothing was saved. " +
                    "What you typed is still below: save it to add the record again.";
            });
    }

    private async Task<StoredInterview?> StoredAsync() =>
        (await editor.EvidenceAsync(Aborted)).Interviews.FirstOrDefault(i => i.Interview.OfficerId == Officer);
}
