using Probity.Data;
using Probity.Data.Cases;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>Every case of the inspection with its status and holder; each person's own cases are the ones they can open.</summary>
public sealed class IndexModel(ProbityStore store) : InspectionPage(store)
{
    public override string Title => $"Case assessments: {InspectionName}";
    public override string? BackLink => BasePath;

    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public async Task OnGetAsync() => Cases = await Store.Cases.ListAsync(InspectionId);

    public bool MayOpen(CaseSummary c) => Me.MayEditCase(c.AssignedTo) || Me.MaySeePanel;
}
