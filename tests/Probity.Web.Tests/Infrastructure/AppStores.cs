using Microsoft.Extensions.DependencyInjection;
using Probity.Data.Analysis;
using Probity.Data.Audit;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.DomainOne;
using Probity.Data.Inspections;
using Probity.Data.Panel;
using Probity.Data.Providers;
using Probity.Data.Samples;
using Probity.Data.Users;

namespace Probity.Tests.Shared;

/// <summary>
/// The stores a web test reads or writes directly — to set up what a page needs, or to check what a page stored — taken
/// from the running app's own container, so a test sees exactly the instances the pages use. A test helper only: the
/// app's pages and commands each take the one store they use.
/// </summary>
public sealed class AppStores(IServiceProvider services)
{
    public AuditLog Audit => services.GetRequiredService<AuditLog>();
    public ProviderStore Providers => services.GetRequiredService<ProviderStore>();
    public InspectionStore Inspections => services.GetRequiredService<InspectionStore>();
    public DatasetStore Datasets => services.GetRequiredService<DatasetStore>();
    public CaseAssessmentStore Cases => services.GetRequiredService<CaseAssessmentStore>();
    public DomainOneStore DomainOne => services.GetRequiredService<DomainOneStore>();
    public PanelDecisionStore Panel => services.GetRequiredService<PanelDecisionStore>();
    public UserStore Users => services.GetRequiredService<UserStore>();
    public SessionStore Sessions => services.GetRequiredService<SessionStore>();
    public SecurityEvents SecurityEvents => services.GetRequiredService<SecurityEvents>();
    public DrawnSampleStore Samples => services.GetRequiredService<DrawnSampleStore>();
    public AnalysisStore Analysis => services.GetRequiredService<AnalysisStore>();
    public Data.Teams.InspectionTeamStore Teams => services.GetRequiredService<Data.Teams.InspectionTeamStore>();
    public Data.FactualAccuracy.FactualAccuracyStore FactualAccuracy => services.GetRequiredService<Data.FactualAccuracy.FactualAccuracyStore>();
    public Data.Publication.PublicationStore Publication => services.GetRequiredService<Data.Publication.PublicationStore>();
    public Data.ActionPlans.ActionPlanStore ActionPlans => services.GetRequiredService<Data.ActionPlans.ActionPlanStore>();
    public Data.Narrative.NarrativeStore Narrative => services.GetRequiredService<Data.Narrative.NarrativeStore>();
    public Data.Checks.CheckOverrideStore CheckOverrides => services.GetRequiredService<Data.Checks.CheckOverrideStore>();
    public Probity.Web.Reports.InspectionChecks Checks => services.GetRequiredService<Probity.Web.Reports.InspectionChecks>();
}
