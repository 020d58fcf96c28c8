using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.DomainOne;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>Confirms, then removes, one meeting: as it was shown, never one someone has changed since.</summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class RemoveMeetingModel(OpenInspection inspection, DomainOneStore domainOne, EvidenceEditor editor, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public StoredMeeting Stored { get; private set; } = null!;
    public override string Title => "Remove this meeting?";
    public override string? BackLink => links.Meeting(inspection.Id, Stored.Id);

    [BindProperty(Name = "meeting", SupportsGet = true)] public long MeetingId { get; set; }

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if ((await editor.EvidenceAsync(ct)).Meetings.FirstOrDefault(m => m.Id == MeetingId) is not { } stored)
            return HttpMethods.IsPost(Request.Method) ? Redirect(editor.Done("meeting-removed")) : NotFound(); // gone already: as asked
        Stored = stored;
        return null;
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(int version)
    {
        try
        {
            await domainOne.RemoveMeetingAsync(inspection.Id, Stored.Id, version, Me.Actor, Aborted);
        }
        catch (RecordNotFoundException)
        {
            // removed by someone else since the page was read: gone, as asked
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.AddRefusal(e, "Not removed (the meeting as it now stands is below; remove it again if you still mean to)");
            return Page();
        }
        return Redirect(editor.Done("meeting-removed"));
    }
}
