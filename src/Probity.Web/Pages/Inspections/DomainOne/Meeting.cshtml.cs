using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.DomainOne;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// Changes one meeting. A save from an older version than the stored one keeps what was typed and says who saved first;
/// saving again replaces theirs. A meeting removed meanwhile can be saved again as a new one.
/// </summary>
public sealed class MeetingModel(ProbityStore store) : EvidencePage(store)
{
    public long MeetingId { get; private set; }
    public override string Title => "Change a meeting";

    public MeetingForm Form { get; private set; } = new();
    public int? Version { get; private set; }

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        if (await base.BeforeHandlerAsync() is { } early) return early;
        MeetingId = long.Parse((string)RouteData.Values["meeting"]!, CultureInfo.InvariantCulture);
        return null;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await StoredAsync() is not { } stored) return NotFound();
        (Form, Version) = (MeetingForm.From(stored.Meeting), stored.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? version)
    {
        (Form, Version) = (MeetingForm.From(Request.Form), version);
        if (Form.Read(Errors) is not { } meeting) return Page();
        // A meeting removed since it was opened has no version here: it is added again, as the message below offered.
        return await SaveThenReturnAsync(
            () => version is { } v
                ? (Task)Store.DomainOne.SaveMeetingAsync(InspectionId, MeetingId, meeting, v, Me.Actor)
                : Store.DomainOne.AddMeetingAsync(InspectionId, meeting, Me.Actor),
            version is null ? "meeting-added" : "meeting-changed", null,
            "Your changes have not been saved (what you typed is still below; save again to replace theirs)",
            async () => Version = (await StoredAsync())?.Version,
            async () =>
            {
                Version = null;
                return $"This meeting was removed {await LastChangeAsync("meeting", MeetingId.ToString(CultureInfo.InvariantCulture))} after you opened it, " +
                    "so nothing was saved. What you typed is still below: save it to add the meeting again.";
            });
    }

    private async Task<StoredMeeting?> StoredAsync() => (await EvidenceAsync()).Meetings.FirstOrDefault(m => m.Id == MeetingId);
}
