using Microsoft.AspNetCore.Mvc;
using Probity.Data;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>Records a meeting or focus group held during fieldwork.</summary>
public sealed class NewMeetingModel(ProbityStore store) : EvidencePage(store)
{
    public override string Title => "Add a meeting";

    public MeetingForm Form { get; private set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Form = MeetingForm.From(Request.Form);
        if (Form.Read(Errors) is not { } meeting) return Page();
        try
        {
            await Store.DomainOne.AddMeetingAsync(InspectionId, meeting, Me.Actor);
            return Redirect(DomainOnePath("meeting-added"));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e);
            return Page();
        }
    }
}
