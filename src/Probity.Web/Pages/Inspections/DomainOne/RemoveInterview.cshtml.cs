using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.DomainOne;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>Confirms, then removes, one interview record: as it was shown, never one someone has changed since.</summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class RemoveInterviewModel(OpenInspection inspection, DomainOneStore domainOne, EvidenceEditor editor, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public StoredInterview Stored { get; private set; } = null!;
    public override string Title => $"Remove the interview with {Stored.Interview.OfficerId}?";
    public override string? BackLink => links.Interview(inspection.Id, Stored.Interview.OfficerId);

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var officer = RouteData.Values["officer"] as string ?? "";
        if ((await editor.EvidenceAsync(ct)).Interviews.FirstOrDefault(i => i.Interview.OfficerId == officer) is not { } stored)
            return HttpMethods.IsPost(Request.Method) ? Redirect(editor.Done("interview-removed", officer)) : NotFound(); // gone already: as asked
        Stored = stored;
        return null;
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(int version)
    {
        var removed = editor.Done("interview-removed", Stored.Interview.OfficerId);
        try
        {
            await domainOne.RemoveInterviewAsync(inspection.Id, Stored.Interview.OfficerId, version, Me.Actor, Aborted);
            return Redirect(removed);
        }
        catch (RecordNotFoundException)
        {
            return Redirect(removed); // removed by someone else since the page was read: gone, as asked
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.AddRefusal(e, "Not removed (the record as it now stands is below; remove it again if you still mean to)");
            return Page();
        }
    }
}
