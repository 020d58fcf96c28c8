using Microsoft.AspNetCore.Mvc;
using Probity.Data;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>Records one responsible officer interview: the officer by reference (never a name), grade, caseload, and the questions asked.</summary>
public sealed class NewInterviewModel(ProbityStore store) : EvidencePage(store)
{
    public override string Title => "Add an interview record";

    public InterviewForm Form { get; private set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Form = InterviewForm.From(Request.Form);
        if (Form.Read(Form["officer"], Errors) is not { } interview) return Page();
        try
        {
            await Store.DomainOne.SaveInterviewAsync(InspectionId, interview, null, Me.Actor);
            return Redirect(DomainOnePath("interview-added", interview.OfficerId));
        }
        catch (StoreException e) when (e is EditConflictException or ChangeRefusedException)
        {
            if (e is EditConflictException)
                Errors.Add("officer", $"There is already an interview record with {interview.OfficerId}: change that one, or give this officer's own reference");
            else Errors.AddRefusal(e);
            return Page();
        }
    }
}
