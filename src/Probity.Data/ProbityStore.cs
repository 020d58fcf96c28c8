using System.Data.Common;
using Probity.Data.Analysis;
using Probity.Data.Audit;
using Probity.Data.Cases;
using Probity.Data.Datasets;
using Probity.Data.DomainOne;
using Probity.Data.Inspections;
using Probity.Data.Migrations;
using Probity.Data.Narrative;
using Probity.Data.Panel;
using Probity.Data.Providers;
using Probity.Data.Recommendations;
using Probity.Data.Samples;
using Probity.Data.Sql;
using Probity.Data.Users;

namespace Probity.Data;

/// <summary>
/// The way into stored inspections for every host (CLI, web app, analysis). Opening it applies any pending migrations.
/// Each area of the work has its own small service; all of them share one database, write through the audit log, and
/// refuse a save made from a stale version (<see cref="EditConflictException"/>).
/// </summary>
public sealed class ProbityStore
{
    private ProbityStore(DatabaseLocation location, IReadOnlyList<AppliedMigration> applied)
    {
        Location = location;
        Dialect = Dialect.For(location.Kind);
        AppliedAtOpen = applied;
        Audit = new AuditLog(this);
        Providers = new ProviderStore(this);
        Inspections = new InspectionStore(this);
        Datasets = new DatasetStore(this);
        Cases = new CaseAssessmentStore(this);
        DomainOne = new DomainOneStore(this);
        Panel = new PanelDecisionStore(this);
        Recommendations = new RecommendationStore(this);
        Narrative = new NarrativeStore(this);
        Users = new UserStore(this);
        Samples = new DrawnSampleStore(this);
        Analysis = new AnalysisStore(this);
    }

    public DatabaseLocation Location { get; }
    internal Dialect Dialect { get; }

    /// <summary>The migrations this open applied (empty when the schema was already current).</summary>
    public IReadOnlyList<AppliedMigration> AppliedAtOpen { get; }

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

    /// <summary>Opens the store at <paramref name="location"/>, creating the database or bringing its schema up to date.</summary>
    public static async Task<ProbityStore> OpenAsync(DatabaseLocation location, CancellationToken ct = default)
    {
        var applied = await MigrateAsync(location, ct);
        return new ProbityStore(location, applied);
    }

    /// <summary>Applies pending migrations only (<c>./probity db migrate</c>).</summary>
    public static async Task<IReadOnlyList<AppliedMigration>> MigrateAsync(DatabaseLocation location, CancellationToken ct = default)
    {
        try
        {
            return await Migrator.MigrateAsync(Dialect.For(location.Kind), location.ConnectionString, ct);
        }
        catch (DbException e)
        {
            throw new StoreException($"could not open the {location.Description}: {e.Message}", e);
        }
    }

    /// <summary>The schema version this build of Probity brings a database to.</summary>
    public int SchemaVersion => Migrator.LatestVersion(Dialect);

    public static int SchemaVersionFor(DatabaseKind kind) => Migrator.LatestVersion(Dialect.For(kind));

    internal async Task<T> ReadAsync<T>(Func<DbSession, Task<T>> work, CancellationToken ct)
    {
        await using var session = await OpenSessionAsync(ct);
        return await work(session);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is saved, or none.</summary>
    internal async Task<T> WriteAsync<T>(Func<DbSession, Task<T>> work, CancellationToken ct)
    {
        await using var session = await OpenSessionAsync(ct);
        await session.BeginAsync(ct);
        try
        {
            var result = await work(session);
            await session.CommitAsync(ct);
            return result;
        }
        catch (DbException e) when (Dialect.IsUniqueViolation(e))
        {
            throw new EditConflictException($"someone else saved the same record at the same moment, so this save was not made; reload and try again ({e.Message})");
        }
    }

    internal Task WriteAsync(Func<DbSession, Task> work, CancellationToken ct) =>
        WriteAsync(async s => { await work(s); return true; }, ct);

    internal async Task<DbSession> OpenSessionAsync(CancellationToken ct)
    {
        try
        {
            return await DbSession.OpenAsync(Dialect, Location.ConnectionString, ct);
        }
        catch (DbException e)
        {
            throw new StoreException($"could not open the {Location.Description}: {e.Message}", e);
        }
    }
}
