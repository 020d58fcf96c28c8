using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data.DomainOne;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// The contextual facts page of the report (spec §7.4): value, label and source of each fact, saved together. "Add
/// another fact" shows one more empty fact without saving; a fact with no value and no label is left out.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class ContextualFactsModel(OpenInspection inspection, DomainOneStore domainOne, EvidenceEditor editor, IValidator<ContextualFactsForm> validator)
    : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Contextual facts";
    public override string? BackLink => editor.BackLink;

    [BindProperty] public ContextualFactsForm Form { get; set; } = new();

    public async Task OnGetAsync()
    {
        var evidence = await editor.EvidenceAsync(Aborted);
        Form = ContextualFactsForm.From(evidence.ContextualFacts, evidence.ContextualFactsVersion);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Form.Action == "add")
        {
            Form.Count++;
            return Page();
        }
        if (!validator.Check(Form, Errors)) return Page();
        return await editor.SaveThenReturnAsync(this,
            () => domainOne.SaveContextualFactsAsync(inspection.Id, Form.Facts, Form.Version, Me.Actor, Aborted), "facts-saved", null,
            "Your facts have not been saved (what you typed is still below; save again to replace theirs)",
            async () => Form.Version = (await editor.EvidenceAsync(Aborted)).ContextualFactsVersion);
    }
}
