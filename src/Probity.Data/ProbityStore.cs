using Probity.Data.Analysis;
using Probity.Data.Audit;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.DomainOne;
using Probity.Data.Inspections;
using Probity.Data.Narrative;
using Probity.Data.Panel;
using Probity.Data.Providers;
using Probity.Data.Recommendations;
using Probity.Data.Reviews;
using Probity.Data.Samples;
using Probity.Data.Users;

namespace Probity.Data;

/// <summary>
/// What remains to remove: every store in one bag, for the web pages and commands not yet converted to ask for the one
/// service they use. Built by the container from the stores <see cref="ProbityDataServices.AddProbityData(Microsoft.Extensions.DependencyInjection.IServiceCollection, DatabaseLocation)"/>
/// registers; it holds nothing of its own. New code takes the store it needs instead.
/// </summary>
public sealed class ProbityStore
{
    internal ProbityStore(Database database, AuditLog audit, ProviderStore providers, InspectionStore inspections, DatasetStore datasets,
        CaseAssessmentStore cases, DomainOneStore domainOne, PanelDecisionStore panel, RecommendationStore recommendations, NarrativeStore narrative,
        UserStore users, DrawnSampleStore samples, AnalysisStore analysis, ReviewStore reviews)
    {
        Location = database.Location;
        Audit = audit;
        Providers = providers;
        Inspections = inspections;
        Datasets = datasets;
        Cases = cases;
        DomainOne = domainOne;
        Panel = panel;
        Recommendations = recommendations;
        Narrative = narrative;
        Users = users;
        Samples = samples;
        Analysis = analysis;
        Reviews = reviews;
    }

    public DatabaseLocation Location { get; }
    public AuditLog Audit { get; }
    public ProviderStore Providers { get; }
    public InspectionStore Inspections { get; }
    public DatasetStore Datasets { get; }
    public CaseAssessmentStore Cases { get; }
    public DomainOneStore DomainOne { get; }
    public PanelDecisionStore Panel { get; }
    public RecommendationStore Recommendations { get; }
    public NarrativeStore Narrative { get; }
    public UserStore Users { get; }
    public DrawnSampleStore Samples { get; }
    public AnalysisStore Analysis { get; }
    public ReviewStore Reviews { get; }
}
