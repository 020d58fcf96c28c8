using System.Globalization;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Stages;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Sql;
using Probity.Data.Teams;

namespace Probity.Data.Inspections;

/// <summary>Lists, creates and edits inspections, and moves them through the lifecycle.</summary>
public sealed class InspectionStore
{
    private readonly Database _database;
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal InspectionStore(Database database, InspectionGuard guard, AuditLog audit, TimeProvider clock)
    {
        _database = database;
        _guard = guard;
        _audit = audit;
        _clock = clock;
    }

    public Task<IReadOnlyList<InspectionSummary>> ListAsync(long? providerId = null, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<InspectionSummary>>(async session => providerId is null
            ? await InspectionRow.SummariesAsync(session, "", ct)
            : await InspectionRow.SummariesAsync(session, "where i.provider_id = @provider", ct, ("provider", providerId)), ct);

    public Task<InspectionSummary> GetAsync(long id, CancellationToken ct = default) =>
        _database.ReadAsync(session => InspectionRow.SummaryAsync(session, id, ct), ct);

    /// <summary>The inspections with this reference (a reference is not unique: an export imported again is a second copy).</summary>
    public Task<IReadOnlyList<InspectionSummary>> FindByReferenceAsync(string reference, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<InspectionSummary>>(async session =>
            await InspectionRow.SummariesAsync(session, "where i.reference = @reference", ct, ("reference", reference)), ct);

    public Task<InspectionSummary> CreateAsync(NewInspection inspection, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var framework = FrameworkCatalog.Find(inspection.Framework)
                ?? throw new ChangeRefusedException($"framework \"{inspection.Framework}\" is not known; known frameworks: {string.Join(", ", FrameworkCatalog.Ids)}");
            var provider = await session.QuerySingleAsync("select name, type from providers where id = @id", r => new ProviderInfo(r.Required("name"), StoredTokens.ParseProviderType(r.Required("type"))),
                ct, ("id", inspection.ProviderId)) ?? throw new RecordNotFoundException($"there is no provider with id {inspection.ProviderId}");
            if (framework.ProviderTypes.Count > 0 && !framework.ProviderTypes.Contains(provider.Type.ToString()))
                throw new ChangeRefusedException($"framework {framework.Id} inspects {string.Join(", ", framework.ProviderTypes)}, not a {provider.Type}");
            if (inspection.NotInspected.FirstOrDefault(n => framework.FindStandard(n) is null) is { } unknown)
                throw new ChangeRefusedException($"\"{unknown}\" is not a standard of {framework.Id}, so it cannot be left out of the inspection");
            var manifest = new InspectionManifest
            {
                Framework = framework.Id, Provider = provider, Reference = inspection.Reference, LeadInspector = inspection.LeadInspector,
                FieldworkStart = inspection.FieldworkStart, FieldworkEnd = inspection.FieldworkEnd, Status = InspectionStatus.Planned,
                ProgrammeYear = inspection.ProgrammeYear,
            };
            var id = await InspectionRow.InsertAsync(session, manifest, inspection.ProviderId, _clock.GetUtcNow(), ct);
            if (inspection.PreviousInspectionId is { } previous) await LinkPreviousAsync(session, id, previous, ct);
            if (inspection.Team.Count > 0) await TeamRows.ReplaceAsync(session, id, inspection.Team, ct);
            foreach (var standard in inspection.NotInspected.Distinct())
                await session.ExecuteAsync("insert into not_inspected_standards (inspection_id, standard) values (@id, @standard)", ct, ("id", id), ("standard", standard));
            var created = await InspectionRow.SummaryAsync(session, id, ct);
            await _audit.AppendAsync(session, actor, id, "inspection", Key(id), "create", null,
                new { created, inspection.ProgrammeYear, Team = inspection.Team.Select(m => new { m.UserName, Role = m.Role.Token() }), inspection.NotInspected }, ct);
            return created;
        }, ct);

    /// <summary>Edits the inspection's own fields; refused when someone else saved it since <paramref name="expectedVersion"/>.</summary>
    public Task<InspectionSummary> UpdateDetailsAsync(long id, InspectionDetails details, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeReportTextAsync(id, async (session, before) =>
        {
            var framework = FrameworkCatalog.Get(before.Framework);
            var unknown = details.NotInspected.Where(n => framework.FindStandard(n) is null).ToList();
            if (unknown.Count > 0) throw new ChangeRefusedException(unknown.Select(u => $"\"{u}\" is not a standard of {framework.Id}").ToList());
            var fieldwork = details.Fieldwork;
            await VersionCheckedWrites.UpdateAsync(session, "inspections",
                "reference = @reference, lead_inspector = @lead, fieldwork_start = @start, fieldwork_end = @end, published = @published, " +
                "fw_responsible_officers_interviewed = @ro, fw_meetings = @meetings, fw_service_users_contact_attempted = @attempted, " +
                "fw_service_users_views_recorded = @views, fw_observed_work_projects = @projects, fw_observed_induction_sessions = @inductions, " +
                "fw_offices_visited = @offices, fw_site_visits = @sites", "id = @id", expectedVersion, Ref(id), ct,
                ("id", id), ("reference", details.Reference), ("lead", details.LeadInspector), ("start", details.FieldworkStart), ("end", details.FieldworkEnd),
                ("published", details.Published), ("ro", fieldwork.ResponsibleOfficersInterviewed), ("meetings", fieldwork.Meetings),
                ("attempted", fieldwork.ServiceUsersContactAttempted), ("views", fieldwork.ServiceUsersViewsRecorded), ("projects", fieldwork.ObservedWorkProjects),
                ("inductions", fieldwork.ObservedInductionSessions), ("offices", fieldwork.OfficesVisited), ("sites", fieldwork.SiteVisits));
            var beforeNotInspected = await session.QueryAsync("select standard from not_inspected_standards where inspection_id = @id order by standard", r => r.Required("standard"), ct, ("id", id));
            await session.ExecuteAsync("delete from not_inspected_standards where inspection_id = @id", ct, ("id", id));
            foreach (var standard in details.NotInspected.Distinct())
                await session.ExecuteAsync("insert into not_inspected_standards (inspection_id, standard) values (@id, @standard)", ct, ("id", id), ("standard", standard));
            await _audit.AppendAsync(session, actor, id, "inspection", Key(id), "update-details", new { before, NotInspected = beforeNotInspected }, details, ct);
            return await InspectionRow.SummaryAsync(session, id, ct);
        }, ct);

    /// <summary>
    /// Moves the inspection one stage (Core's <see cref="StageGates"/>): forward once nothing blocks the move, back with a
    /// reason. The gates are checked in the transaction that moves it. Ratification (ratings panel → drafting) locks case data.
    /// </summary>
    public Task<InspectionSummary> ChangeStatusAsync(long id, InspectionStatus to, int expectedVersion, Actor actor, string? reason = null, CancellationToken ct = default) =>
        _guard.ChangeAsync(id, (session, before) => MoveAsync(session, _audit, before, to, expectedVersion, actor, reason, null, ct), ct);

    /// <summary>
    /// The move itself, inside a transaction the caller holds: the stores that move the inspection with more to record
    /// (factual accuracy's deadline, publication's date) call it in theirs, so the move and what goes with it are one change.
    /// A move to published needs <paramref name="publishedOn"/>, and records its month with the move: a published
    /// inspection without a publication date would print "publication date not recorded" and have no first version.
    /// </summary>
    internal static async Task<InspectionSummary> MoveAsync(DbSession session, AuditLog audit, InspectionSummary before, InspectionStatus to, int expectedVersion,
        Actor actor, string? reason, DateOnly? publishedOn, CancellationToken ct)
    {
        var id = before.Id;
        if (before.Version != expectedVersion) throw await VersionCheckedWrites.ConflictAsync(session, Ref(id), ct);
        var blocks = StageGates.Blocks(before.Status, to, await StageFactRows.ForMoveAsync(session, id, to, ct), reason);
        if (blocks.Count > 0) throw new ChangeRefusedException(blocks);
        if (to == InspectionStatus.Published && publishedOn is null)
            throw new ChangeRefusedException("An inspection is published with its publication date: publish the report with the date it goes out.");
        await VersionCheckedWrites.UpdateAsync(session, "inspections", "status = @status, case_data_locked = @locked", "id = @id", expectedVersion, Ref(id), ct,
            ("id", id), ("status", to.Token()), ("locked", Lifecycle.LocksCaseData(to)));
        if (to == InspectionStatus.Published)
            await session.ExecuteAsync("update inspections set published = @month where id = @id", ct,
                ("id", id), ("month", publishedOn!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        var after = await InspectionRow.SummaryAsync(session, id, ct);
        await audit.AppendAsync(session, actor, id, "inspection", Key(id), "change-status",
            new { Status = before.Status, before.CaseDataLocked }, new { Status = to, after.CaseDataLocked, Reason = reason }, ct);
        return after;
    }

    /// <summary>What blocks a move of the inspection to <paramref name="to"/> now (empty: it may go ahead), for a page to show before asking.</summary>
    public Task<IReadOnlyList<string>> BlocksAsync(long id, InspectionStatus to, string? reason = null, CancellationToken ct = default) =>
        _guard.ReadAsync(id, async (session, inspection) =>
            StageGates.Blocks(inspection.Status, to, await StageFactRows.ForMoveAsync(session, id, to, ct), reason), ct);

    /// <summary>Links the previous inspection of the same provider, whose results are printed beside this one's.</summary>
    public Task<InspectionSummary> SetPreviousInspectionAsync(long id, long? previousId, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeAsync(id, async (session, before) =>
        {
            if (previousId is { } previous) await CheckPreviousAsync(session, before, previous, ct);
            await VersionCheckedWrites.UpdateAsync(session, "inspections", "previous_inspection_id = @previous", "id = @id", expectedVersion, Ref(id), ct,
                ("id", id), ("previous", previousId));
            await _audit.AppendAsync(session, actor, id, "inspection", Key(id), "set-previous-inspection",
                new { before.PreviousInspectionId }, new { PreviousInspectionId = previousId }, ct);
            return await InspectionRow.SummaryAsync(session, id, ct);
        }, ct);

    private static RecordRef Ref(long id) => new(id, "inspection", Key(id), $"inspection {id}");

    private static async Task LinkPreviousAsync(DbSession session, long id, long previousId, CancellationToken ct)
    {
        await CheckPreviousAsync(session, await InspectionRow.SummaryAsync(session, id, ct), previousId, ct);
        await session.ExecuteAsync("update inspections set previous_inspection_id = @previous where id = @id", ct, ("id", id), ("previous", previousId));
    }

    private static async Task CheckPreviousAsync(DbSession session, InspectionSummary inspection, long previousId, CancellationToken ct)
    {
        if (previousId == inspection.Id) throw new ChangeRefusedException("an inspection cannot be its own previous inspection");
        var previous = await InspectionRow.SummaryAsync(session, previousId, ct);
        if (previous.ProviderId != inspection.ProviderId)
            throw new ChangeRefusedException($"inspection {previousId} is of {previous.ProviderName}, not {inspection.ProviderName}: the previous inspection must be of the same provider");
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
