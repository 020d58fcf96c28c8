using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Data;
using Probity.Data.Cases;
using Probity.Data.Users;
using Probity.Web.Forms;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>
/// Every case of the inspection with its sample, holder and status, filtered and sorted as the query string says; each
/// person's own cases are the ones they can open. Lead inspectors and admins tick cases and give them all to one person.
/// </summary>
public sealed class IndexModel(OpenInspection inspection, CaseAssessmentStore cases, UserStore users, IValidator<BulkAssignForm> validator,
    ProbityLinks links) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public override string Title => $"Case assessments: {inspection.Name}";
    public override string? BackLink => links.Inspection(inspection.Id);

    [BindProperty(SupportsGet = true)] public CaseListFilter Filter { get; set; } = new();
    [BindProperty] public BulkAssignForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "assigned")] public int? Assigned { get; set; }

    /// <summary>Every case, before the filter (its options come from these).</summary>
    public IReadOnlyList<CaseSummary> All { get; private set; } = [];

    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];
    public CaseHolders Holders { get; private set; } = null!;

    public IReadOnlyList<(string, string)> StatusOptions =>
        [("", "Any status"), .. Enum.GetValues<CaseAssessmentStatus>().Select(s => (s.Token(), OpenCase.StatusText(s)))];

    public IReadOnlyList<(string, string)> InspectorOptions =>
        [("", "Anyone"), .. All.Where(c => c.AssignedTo is not null).Select(c => c.AssignedTo!).Distinct()
            .Select(u => (u, Holders.NameOf(u))).OrderBy(o => o.Item2, StringComparer.CurrentCulture), (CaseListFilter.NotAssigned, "Not assigned")];

    public IReadOnlyList<(string, string)> SampleOptions =>
        [("", "Any sample"), .. All.Select(c => c.Sample).Distinct().Select(s => (s, CaseListFilter.SampleText(s)))];

    public async Task OnGetAsync() => await LoadCasesAsync();

    /// <summary>Gives every ticked case to one person (or takes them all back): lead inspectors and admins only.</summary>
    public async Task<IActionResult> OnPostAssignAsync()
    {
        if (!Me.MayManageInspection) return Forbid();
        await LoadCasesAsync();
        Form.Options = Holders.Options;
        Form.Known = All.Select(c => c.CaseId).ToHashSet(StringComparer.Ordinal);
        if (!validator.Check(Form, Errors)) return Page();
        var holder = Form.Holder == "" ? null : Form.Holder;
        try
        {
            foreach (var caseId in Form.Cases.Distinct(StringComparer.Ordinal))
                await cases.AssignAsync(inspection.Id, caseId, holder, Me.Actor, Aborted);
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, fieldId: "holder");
            await LoadCasesAsync();
            return Page();
        }
        return Redirect(links.Cases(inspection.Id, Filter, assigned: Form.Cases.Distinct(StringComparer.Ordinal).Count()));
    }

    public bool MayOpen(CaseSummary c) => Me.MayEditCase(c.AssignedTo) || Me.MaySeePanel;

    private async Task LoadCasesAsync()
    {
        Holders = await CaseHolders.LoadAsync(users, Aborted);
        All = await cases.ListAsync(inspection.Id, Aborted);
        Cases = Filter.Apply(All, Holders.NameOf);
    }
}
