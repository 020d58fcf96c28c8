using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.DomainOne;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>Records one responsible officer interview: the officer by reference (never a name), grade, caseload, and the questions asked.</summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class NewInterviewModel(OpenInspection inspection, DomainOneStore domainOne, EvidenceEditor editor, IValidator<InterviewForm> validator) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Add an interview record";
    public override string? BackLink => editor.BackLink;

    [BindProperty] public InterviewForm Form { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Check(Form, Errors)) return Page();
        var interview = Form.ToInterview();
        try
        {
            await domainOne.SaveInterviewAsync(inspection.Id, interview, null, Me.Actor, Aborted);
            return Redirect(editor.Done("interview-added", interview.OfficerId));
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
