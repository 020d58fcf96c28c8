using System.Data.Common;
using System.Globalization;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Rules;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Inspections;

/// <summary>Lists, creates and edits inspections, and moves them through the lifecycle.</summary>
public sealed class InspectionStore
{
    private const string SelectSummary =
        "select i.id, i.reference, i.framework, i.provider_id, p.name as provider_name, i.status, i.case_data_locked, i.lead_inspector, " +
        "i.fieldwork_start, i.fieldwork_end, i.previous_inspection_id, i.version, " +
        "(select count(*) from cases c where c.inspection_id = i.id) as case_count " +
        "from inspections i join providers p on p.id = i.provider_id";

    private readonly ProbityStore _store;

    internal InspectionStore(ProbityStore store) => _store = store;

    public Task<IReadOnlyList<InspectionSummary>> ListAsync(long? providerId = null, CancellationToken ct = default) =>
        _store.ReadAsync<IReadOnlyList<InspectionSummary>>(async s => providerId is null
            ? await s.QueryAsync($"{SelectSummary} order by i.id", Map, ct)
            : await s.QueryAsync($"{SelectSummary} where i.provider_id = @provider order by i.id", Map, ct, ("provider", providerId)), ct);

    public Task<InspectionSummary> GetAsync(long id, CancellationToken ct = default) =>
        _store.ReadAsync(s => GetAsync(s, id, ct), ct);

    /// <summary>The inspections with this reference (a reference is not unique: an export imported again is a second copy).</summary>
    public Task<IReadOnlyList<InspectionSummary>> FindByReferenceAsync(string reference, CancellationToken ct = default) =>
        _store.ReadAsync<IReadOnlyList<InspectionSummary>>(async s =>
            await s.QueryAsync($"{SelectSummary} where i.reference = @reference order by i.id", Map, ct, ("reference", reference)), ct);

    public Task<InspectionSummary> CreateAsync(NewInspection inspection, Actor actor, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var framework = FrameworkCatalog.Find(inspection.Framework)
                ?? throw new ChangeRefusedException($"framework \"{inspection.Framework}\" is not known; known frameworks: {string.Join(", ", FrameworkCatalog.Ids)}");
            var provider = await s.QuerySingleAsync("select name, type from providers where id = @id", r => new ProviderInfo(r.Required("name"), Tokens.ParseProviderType(r.Required("type"))),
                ct, ("id", inspection.ProviderId)) ?? throw new RecordNotFoundException($"there is no provider with id {inspection.ProviderId}");
            if (framework.ProviderTypes.Count > 0 && !framework.ProviderTypes.Contains(provider.Type.ToString()))
                throw new ChangeRefusedException($"framework {framework.Id} inspects {string.Join(", ", framework.ProviderTypes)}, not a {provider.Type}");
            var manifest = new InspectionManifest
            {
                Framework = framework.Id, Provider = provider, Reference = inspection.Reference, LeadInspector = inspection.LeadInspector,
                FieldworkStart = inspection.FieldworkStart, FieldworkEnd = inspection.FieldworkEnd, Status = InspectionStatus.Planned,
            };
            var id = await InspectionRow.InsertAsync(s, manifest, inspection.ProviderId, ct);
            if (inspection.PreviousInspectionId is { } previous) await LinkPreviousAsync(s, id, previous, ct);
            var created = await GetAsync(s, id, ct);
            await AuditLog.AppendAsync(s, actor, id, "inspection", Key(id), "create", null, created, ct);
            return created;
        }, ct);

    /// <summary>Edits the inspection's own fields; refused when someone else saved it since <paramref name="expectedVersion"/>.</summary>
    public Task<InspectionSummary> UpdateDetailsAsync(long id, InspectionDetails details, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var before = await GetAsync(s, id, ct);
            var framework = FrameworkCatalog.Get(before.Framework);
            var unknown = details.NotInspected.Where(n => framework.FindStandard(n) is null).ToList();
            if (unknown.Count > 0) throw new ChangeRefusedException(unknown.Select(u => $"\"{u}\" is not a standard of {framework.Id}").ToList());
            var f = details.Fieldwork;
            await Versioned.UpdateAsync(s, "inspections",
                "reference = @reference, lead_inspector = @lead, fieldwork_start = @start, fieldwork_end = @end, published = @published, " +
                "fw_responsible_officers_interviewed = @ro, fw_meetings = @meetings, fw_service_users_contact_attempted = @attempted, " +
                "fw_service_users_views_recorded = @views, fw_observed_work_projects = @projects, fw_observed_induction_sessions = @inductions, " +
                "fw_offices_visited = @offices, fw_site_visits = @sites", "id = @id", expectedVersion, Ref(id), ct,
                ("id", id), ("reference", details.Reference), ("lead", details.LeadInspector), ("start", details.FieldworkStart), ("end", details.FieldworkEnd),
                ("published", details.Published), ("ro", f.ResponsibleOfficersInterviewed), ("meetings", f.Meetings), ("attempted", f.ServiceUsersContactAttempted),
                ("views", f.ServiceUsersViewsRecorded), ("projects", f.ObservedWorkProjects), ("inductions", f.ObservedInductionSessions),
                ("offices", f.OfficesVisited), ("sites", f.SiteVisits));
            var beforeNotInspected = await s.QueryAsync("select standard from not_inspected_standards where inspection_id = @id order by standard", r => r.Required("standard"), ct, ("id", id));
            await s.ExecuteAsync("delete from not_inspected_standards where inspection_id = @id", ct, ("id", id));
            foreach (var standard in details.NotInspected.Distinct())
                await s.ExecuteAsync("insert into not_inspected_standards (inspection_id, standard) values (@id, @standard)", ct, ("id", id), ("standard", standard));
            await AuditLog.AppendAsync(s, actor, id, "inspection", Key(id), "update-details", new { before, NotInspected = beforeNotInspected }, details, ct);
            return await GetAsync(s, id, ct);
        }, ct);

    /// <summary>
    /// Moves the inspection one step through the lifecycle (see <see cref="Lifecycle"/>). Ratification (ratings panel →
    /// drafting) is refused while the ratings have problems or a standard has no rating, and locks case data.
    /// </summary>
    public Task<InspectionSummary> ChangeStatusAsync(long id, InspectionStatus to, int expectedVersion, Actor actor, string? reason = null, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var before = await GetAsync(s, id, ct);
            if (before.Version != expectedVersion) throw await Versioned.ConflictAsync(s, Ref(id), ct);
            if (Lifecycle.Check(before.Status, to, reason) is { } why) throw new ChangeRefusedException(why);
            if (before.Status == InspectionStatus.RatingsPanel && to == InspectionStatus.Drafting)
                await CheckReadyToRatifyAsync(s, id, ct);
            await Versioned.UpdateAsync(s, "inspections", "status = @status, case_data_locked = @locked", "id = @id", expectedVersion, Ref(id), ct,
                ("id", id), ("status", to.Token()), ("locked", Lifecycle.LocksCaseData(to)));
            var after = await GetAsync(s, id, ct);
            await AuditLog.AppendAsync(s, actor, id, "inspection", Key(id), "change-status",
                new { Status = before.Status, before.CaseDataLocked }, new { Status = to, after.CaseDataLocked, Reason = reason }, ct);
            return after;
        }, ct);

    /// <summary>Links the previous inspection of the same provider, whose results are printed beside this one's.</summary>
    public Task<InspectionSummary> SetPreviousInspectionAsync(long id, long? previousId, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var before = await GetAsync(s, id, ct);
            if (previousId is { } p) await CheckPreviousAsync(s, before, p, ct);
            await Versioned.UpdateAsync(s, "inspections", "previous_inspection_id = @previous", "id = @id", expectedVersion, Ref(id), ct, ("id", id), ("previous", previousId));
            await AuditLog.AppendAsync(s, actor, id, "inspection", Key(id), "set-previous-inspection",
                new { before.PreviousInspectionId }, new { PreviousInspectionId = previousId }, ct);
            return await GetAsync(s, id, ct);
        }, ct);

    internal static async Task<InspectionSummary> GetAsync(DbSession s, long id, CancellationToken ct) =>
        await s.QuerySingleAsync($"{SelectSummary} where i.id = @id", Map, ct, ("id", id))
        ?? throw new RecordNotFoundException($"there is no inspection with id {id}");

    /// <summary>Refuses any change to case answers once the ratings are ratified.</summary>
    internal static async Task<InspectionSummary> RequireCaseDataOpenAsync(DbSession s, long id, CancellationToken ct)
    {
        var inspection = await GetAsync(s, id, ct);
        if (inspection.CaseDataLocked)
            throw new ChangeRefusedException($"case data of inspection {inspection.Reference ?? Key(id)} is locked: the ratings were ratified " +
                $"(status: {inspection.Status.DisplayName().ToLowerInvariant()}); move it back to the ratings panel, with a reason, to reopen it");
        return inspection;
    }

    /// <summary>
    /// For records saved whole with no version column of their own (key data tables, contextual facts): holds the
    /// inspection's row until the transaction ends, so two such saves of one inspection run one after the other and the
    /// second sees the first (PostgreSQL; SQLite writes one transaction at a time anyway). Then as
    /// <see cref="RequireCaseDataOpenAsync"/>.
    /// </summary>
    internal static async Task<InspectionSummary> LockCaseDataOpenAsync(DbSession s, long id, CancellationToken ct)
    {
        await s.ExecuteAsync("update inspections set version = version where id = @id", ct, ("id", id));
        return await RequireCaseDataOpenAsync(s, id, ct);
    }

    /// <summary>Refuses changes to ratings (domain-one judgements, panel decisions) outside the stages that make them.</summary>
    internal static async Task<InspectionSummary> RequireRatingsOpenAsync(DbSession s, long id, string what, CancellationToken ct)
    {
        var inspection = await GetAsync(s, id, ct);
        if (Lifecycle.LocksCaseData(inspection.Status))
            throw new ChangeRefusedException($"{what} of inspection {inspection.Reference ?? Key(id)} can no longer change: the ratings were ratified " +
                $"(status: {inspection.Status.DisplayName().ToLowerInvariant()})");
        return inspection;
    }

    internal static RecordRef Ref(long id) => new(id, "inspection", Key(id), $"inspection {id}");

    private static async Task LinkPreviousAsync(DbSession s, long id, long previousId, CancellationToken ct)
    {
        await CheckPreviousAsync(s, await GetAsync(s, id, ct), previousId, ct);
        await s.ExecuteAsync("update inspections set previous_inspection_id = @previous where id = @id", ct, ("id", id), ("previous", previousId));
    }

    private static async Task CheckPreviousAsync(DbSession s, InspectionSummary inspection, long previousId, CancellationToken ct)
    {
        if (previousId == inspection.Id) throw new ChangeRefusedException("an inspection cannot be its own previous inspection");
        var previous = await GetAsync(s, previousId, ct);
        if (previous.ProviderId != inspection.ProviderId)
            throw new ChangeRefusedException($"inspection {previousId} is of {previous.ProviderName}, not {inspection.ProviderName}: the previous inspection must be of the same provider");
    }

    private static async Task CheckReadyToRatifyAsync(DbSession s, long id, CancellationToken ct)
    {
        var dataset = await DatasetStore.LoadAsync(s, id, ct);
        var rating = InspectionRater.Rate(dataset.Framework, RatingInputs.From(dataset));
        var reasons = rating.Problems.Select(p => p.Message).ToList();
        if (dataset.Framework.IsRated)
            reasons.AddRange(rating.Standards.Where(r => r.Status == StandardStatus.NoRating)
                .Select(r => $"standard {r.Standard.Id} {r.Standard.Name} has no rating yet"));
        if (reasons.Count > 0)
            throw new ChangeRefusedException(["the ratings cannot be ratified yet:", .. reasons]);
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static InspectionSummary Map(DbDataReader r) => new(
        r.Id("id"), r.Text("reference"), r.Required("framework"), r.Id("provider_id"), r.Required("provider_name"), Tokens.ParseStatus(r.Required("status")),
        r.Bool("case_data_locked") ?? false, r.Text("lead_inspector"), r.Date("fieldwork_start"), r.Date("fieldwork_end"), r.Long("previous_inspection_id"),
        r.Int("case_count")!.Value, r.Int("version")!.Value);
}
