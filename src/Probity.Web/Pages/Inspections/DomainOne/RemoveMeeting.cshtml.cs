using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.DomainOne;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>Confirms, then removes, one meeting: as it was shown, never one someone has changed since.</summary>
public sealed class RemoveMeetingModel(ProbityStore store) : EvidencePage(store)
{
    public StoredMeeting Stored { get; private set; } = null!;
    public override string Title => "Remove this meeting?";
    public override string? BackLink => $"{BasePath}/domain-one/meetings/{Stored.Id}";

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        if (await base.BeforeHandlerAsync() is { } early) return early;
        var meetingId = long.Parse((string)RouteData.Values["meeting"]!, CultureInfo.InvariantCulture);
        if ((await EvidenceAsync()).Meetings.FirstOrDefault(m => m.Id == meetingId) is not { } stored)
            return HttpMethods.IsPost(Request.Method) ? Redirect(DomainOnePath("meeting-removed")) : NotFound(); // gone already: as asked
        Stored = stored;
        return null;
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(int version)
    {
        try
        {
            await Store.DomainOne.RemoveMeetingAsync(InspectionId, Stored.Id, version, Me.Actor);
            return Redirect(DomainOnePath("meeting-removed"));
        }
        catch (RecordNotFoundException)
        {
            return Redirect(DomainOnePath("meeting-removed")); // removed by someone else since the page was read: gone, as asked
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.AddRefusal(e, "Not removed (the meeting as it now stands is below; remove it again if you still mean to)");
            return Page();
        }
    }
}
