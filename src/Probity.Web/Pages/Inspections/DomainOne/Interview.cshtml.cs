using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.DomainOne;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// Changes one interview record. A save from an older version than the stored one keeps what was typed and says who
/// saved first; saving again replaces theirs. A record removed meanwhile can be saved again as a new one.
/// </summary>
public sealed class InterviewModel(ProbityStore store) : EvidencePage(store)
{
    public string Officer { get; private set; } = "";
    public override string Title => $"Change the interview with {Officer}";

    public InterviewForm Form { get; private set; } = new();
    public int? Version { get; private set; }

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        if (await base.BeforeHandlerAsync() is { } early) return early;
        Officer = RouteData.Values["officer"] as string ?? "";
        return null;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await StoredAsync() is not { } stored) return NotFound();
        (Form, Version) = (InterviewForm.From(stored.Interview), stored.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? version)
    {
        (Form, Version) = (InterviewForm.From(Request.Form), version);
        if (Form.Read(Officer, Errors) is not { } interview) return Page();
        return await SaveThenReturnAsync(
            () => Store.DomainOne.SaveInterviewAsync(InspectionId, interview, version, Me.Actor), "interview-changed", Officer,
            "Your changes have not been saved (what you typed is still below; save again to replace theirs)",
            async () => Version = (await StoredAsync())?.Version,
            async () =>
            {
                Version = null;
                return $"The interview record with {Officer} was removed {await LastChangeAsync("interview", Officer)} after you opened it, so nothing was saved. " +
                    "What you typed is still below: save it to add the record again.";
            });
    }

    private async Task<StoredInterview?> StoredAsync() =>
        (await EvidenceAsync()).Interviews.FirstOrDefault(i => i.Interview.OfficerId == Officer);
}
