using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Data.Samples;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>A lead inspector adds a case to a sample by hand, with a reason (its extract values come with it when the draw has it).</summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class AddModel(OpenInspection inspection, SampledCaseStore sampled, IValidator<AddCaseForm> validator, ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => "Add a case to the sample";
    public override string? BackLink => links.Sampling(inspection.Id);

    [BindProperty] public AddCaseForm Form { get; set; } = new();

    public void OnGet() => Form.ViewOptions = ViewOptions();

    public async Task<IActionResult> OnPostAsync()
    {
        Form.ViewOptions = ViewOptions();
        if (!validator.Check(Form, Errors)) return Page();
        try
        {
            await sampled.AddAsync(inspection.Id, Form.Sample!, Form.CaseId!, Form.View, Form.Reason!, Me.Actor, Aborted);
            return Redirect(links.Sampling(inspection.Id, done: "added"));
        }
        catch (ChangeRefusedException e)
        {
            Errors.AddRefusal(e, fieldId: "case");
            return Page();
        }
    }

    /// <summary>"CRC cases — The cases managed by the Community Rehabilitation Company.": the population's own words.</summary>
    private List<(string, string)> ViewOptions() =>
        CaseViews.Choosable(inspection.Framework).Select(v => (v.Key, v.Population!.Description ?? v.Population.Name)).ToList();
}
