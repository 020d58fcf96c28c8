using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.DomainOne;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>Confirms, then removes, one interview record: as it was shown, never one someone has changed since.</summary>
public sealed class RemoveInterviewModel(ProbityStore store) : EvidencePage(store)
{
    public StoredInterview Stored { get; private set; } = null!;
    public override string Title => $"Remove the interview with {Stored.Interview.OfficerId}?";
    public override string? BackLink => $"{BasePath}/domain-one/interviews/{Uri.EscapeDataString(Stored.Interview.OfficerId)}";

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        if (await base.BeforeHandlerAsync() is { } early) return early;
        var officer = RouteData.Values["officer"] as string ?? "";
        if ((await EvidenceAsync()).Interviews.FirstOrDefault(i => i.Interview.OfficerId == officer) is not { } stored)
            return HttpMethods.IsPost(Request.Method) ? Redirect(DomainOnePath("interview-removed", officer)) : NotFound(); // gone already: as asked

        Stored = stored;
        return null;
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(int version)
    {
        try
        {
            await Store.DomainOne.RemoveInterviewAsync(InspectionId, Stored.Interview.OfficerId, version, Me.Actor);
            return Redirect(DomainOnePath("interview-removed", Stored.Interview.OfficerId));
        }
        catch (RecordNotFoundException)
        {
            return Redirect(DomainOnePath("interview-removed", Stored.Interview.OfficerId)); // removed by someone else since the page was read: gone, as asked
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            Errors.AddRefusal(e, "Not removed (the record as it now stands is below; remove it again if you still mean to)");
            return Page();
        }
    }
}
