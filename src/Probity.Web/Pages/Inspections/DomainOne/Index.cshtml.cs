using Probity.Core.Frameworks;
using Probity.Data;
using Probity.Data.DomainOne;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>Domain one: the lead inspector's proposed ratings, the responsible officer interviews, meetings and the provider's key data.</summary>
public sealed class IndexModel(ProbityStore store) : InspectionPage(store)
{
    public override string Title => $"Domain-one evidence: {InspectionName}";
    public override string? BackLink => BasePath;

    public DomainOneEvidence Evidence { get; private set; } = null!;
    public IReadOnlyList<Standard> JudgementStandards => Framework.Standards.Where(s => s.RatedBy == RatingBasis.Judgement).ToList();
    public bool MayEdit => Me.MayManageInspection && !Inspection.CaseDataLocked;

    protected override bool MaySee() => Me.MaySeePanel;

    public async Task OnGetAsync() => Evidence = await Store.DomainOne.GetAsync(InspectionId);

    public DomainOneJudgement? JudgementOf(Standard s) => Evidence.Judgements.FirstOrDefault(j => j.Standard == s.Id);
}
