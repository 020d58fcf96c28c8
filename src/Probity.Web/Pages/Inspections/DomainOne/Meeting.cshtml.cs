using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.DomainOne;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// Changes one meeting. A save from an older version than the stored one keeps what was typed and says who saved first;
/// saving again replaces theirs. A meeting removed meanwhile can be saved again as a new one.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class MeetingModel(OpenInspection inspection, DomainOneStore domainOne, EvidenceEditor editor, IValidator<MeetingForm> validator) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    [BindProperty(Name = "meeting", SupportsGet = true)] public long MeetingId { get; set; }
    public override string Title => "Change a meeting";
    public override string? BackLink => editor.BackLink;

    [BindProperty] public MeetingForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await StoredAsync() is not { } stored) return NotFound();
        Form = MeetingForm.From(stored.Meeting, stored.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        var meeting = Form.ToMeeting();
        // A meeting removed since it was opened has no version here: it is added again, as the message below offered.
        var version = Form.Version;
        return await editor.SaveThenReturnAsync(this,
            () => version is { } v
                ? (Task)domainOne.SaveMeetingAsync(inspection.Id, MeetingId, meeting, v, Me.Actor, Aborted)
                : domainOne.AddMeetingAsync(inspection.Id, meeting, Me.Actor, Aborted),
            version is null ? "meeting-added" : "meeting-changed", null,
            "Your changes have not been saved (what you typed is still below; save again to replace theirs)",
            async () => Form.Version = (await StoredAsync())?.Version,
            async () =>
            {
                Form.Version = null;
                return $"This meeting was removed {await editor.LastChangeAsync("meeting", MeetingId.ToString(CultureInfo.InvariantCulture), Aborted)} after you opened it, " +
                    "so nothing was saved. What you typed is still below: save it to add the meeting again.";
            });
    }

    private async Task<StoredMeeting?> StoredAsync() => (await editor.EvidenceAsync(Aborted)).Meetings.FirstOrDefault(m => m.Id == MeetingId);
}
