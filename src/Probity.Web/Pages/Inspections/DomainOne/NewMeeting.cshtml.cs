using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.DomainOne;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>Records a meeting or focus group held during fieldwork.</summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class NewMeetingModel(OpenInspection inspection, DomainOneStore domainOne, EvidenceEditor editor, IValidator<MeetingForm> validator) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Add a meeting";
    public override string? BackLink => editor.BackLink;

    [BindProperty] public MeetingForm Form { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await domainOne.AddMeetingAsync(inspection.Id, Form.ToMeeting(), Me.Actor, Aborted);
            return Redirect(editor.Done("meeting-added"));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e);
            return Page();
        }
    }
}
