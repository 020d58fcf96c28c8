using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Probity.Data.Analysis;
using Probity.Data.Audit;
using Probity.Data.Cases;
using Probity.Data.Checks;
using Probity.Data.Datasets;
using Probity.Data.DomainOne;
using Probity.Data.Inspections;
using Probity.Data.Migrations;
using Probity.Data.Narrative;
using Probity.Data.Panel;
using Probity.Data.Providers;
using Probity.Data.Recommendations;
using Probity.Data.Reviews;
using Probity.Data.Samples;
using Probity.Data.Teams;
using Probity.Data.Users;

namespace Probity.Data;

/// <summary>
/// Everything Probity.Data offers, registered once for every host (web app, command line, benchmarks, tests). Each
/// service is a singleton: the stores keep no state of their own, and the one <see cref="Database"/> owns the
/// connections. Registering opens nothing; a host prepares the database with <see cref="DatabaseSchema.PrepareAsync"/>.
/// </summary>
public static class ProbityDataServices
{
    public static IServiceCollection AddProbityData(this IServiceCollection services, DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return services.AddProbityData(_ => location);
    }

    /// <summary>As <see cref="AddProbityData(IServiceCollection, DatabaseLocation)"/>, with the location read from the host's own services when first needed.</summary>
    public static IServiceCollection AddProbityData(this IServiceCollection services, Func<IServiceProvider, DatabaseLocation> location)
    {
        // A host or test that fixes the clock registers its own TimeProvider, before or after this.
        services.TryAddSingleton(TimeProvider.System);
        // The constructors are internal, so each service is built here, from exactly what it uses: nothing else can build one.
        services.AddSingleton(sp => new Database(location(sp)));
        services.AddSingleton(sp => new DatabaseSchema(sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new AuditLog(sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new InspectionGuard(sp.GetRequiredService<Database>()));
        services.AddSingleton(sp => new Backups.DatabaseBackup(sp.GetRequiredService<Database>(), sp.GetRequiredService<AuditLog>()));
        services.AddSingleton(sp => new ProviderStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<AuditLog>()));
        services.AddSingleton(sp => new InspectionStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<InspectionGuard>(),
            sp.GetRequiredService<AuditLog>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new DatasetStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<ProviderStore>(),
            sp.GetRequiredService<AuditLog>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new CaseAssessmentStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new CaseReopeningStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new InspectionTeamStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>()));
        services.AddSingleton(sp => new SampledCaseStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new DomainOneStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>()));
        services.AddSingleton(sp => new PanelDecisionStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>()));
        services.AddSingleton(sp => new RecommendationStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>()));
        services.AddSingleton(sp => new NarrativeStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>()));
        services.AddSingleton(sp => new FactualAccuracy.FactualAccuracyStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Publication.PublicationStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ActionPlans.ActionPlanStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>()));
        services.AddSingleton(sp => new CheckOverrideStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Users.SecurityEvents(sp.GetRequiredService<Database>(), sp.GetRequiredService<AuditLog>()));
        services.AddSingleton(sp => new UserStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<AuditLog>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Users.SecurityEvents>()));
        services.AddSingleton(sp => new Users.SessionStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<Users.SecurityEvents>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new DrawnSampleStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<InspectionGuard>(),
            sp.GetRequiredService<AuditLog>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new AnalysisStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<AuditLog>()));
        services.AddSingleton(sp => new ExploreStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ReviewStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<DatasetStore>(), sp.GetRequiredService<ProviderStore>(),
            sp.GetRequiredService<AuditLog>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ReviewEditor(sp.GetRequiredService<Database>(), sp.GetRequiredService<ProviderStore>(), sp.GetRequiredService<AuditLog>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new PersonalData.CaseTextErasureStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<AuditLog>()));
        services.AddSingleton(sp => new PersonalData.SubjectAccessStore(sp.GetRequiredService<InspectionGuard>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Keys.DataProtectionKeyStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new PersonalData.RetentionStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
