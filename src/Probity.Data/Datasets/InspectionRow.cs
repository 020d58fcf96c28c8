using System.Data.Common;
using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.Datasets;

/// <summary>The inspections table's own columns: the manifest's scalar fields, the fieldwork counts and the reference blocks.</summary>
internal static class InspectionRow
{
    public static Task<long> InsertAsync(DbSession session, InspectionManifest manifest, long providerId, DateTimeOffset createdAt, CancellationToken ct)
    {
        var status = manifest.Status ?? InspectionStatus.Planned;
        var f = manifest.Fieldwork;
        return session.ScalarAsync<long>(
            "insert into inspections (reference, framework, provider_id, lead_inspector, fieldwork_start, fieldwork_end, published, status, case_data_locked, " +
            "previous_inspection_figures, national_comparator, fw_responsible_officers_interviewed, fw_meetings, fw_service_users_contact_attempted, " +
            "fw_service_users_views_recorded, fw_observed_work_projects, fw_observed_induction_sessions, fw_offices_visited, fw_site_visits, created_at, programme_year) " +
            "values (@reference, @framework, @provider, @lead, @start, @end, @published, @status, @locked, @previous, @national, @ro, @meetings, @attempted, " +
            "@views, @projects, @inductions, @offices, @sites, @created, @year) returning id", ct,
            ("reference", manifest.Reference), ("framework", manifest.Framework), ("provider", providerId), ("lead", manifest.LeadInspector), ("start", manifest.FieldworkStart),
            ("end", manifest.FieldworkEnd), ("published", manifest.Published), ("status", status.Token()), ("locked", Lifecycle.LocksCaseData(status)),
            ("previous", ManifestRows.ComparatorJson(manifest.PreviousInspection)), ("national", ManifestRows.ComparatorJson(manifest.NationalComparator)),
            ("ro", f.ResponsibleOfficersInterviewed), ("meetings", f.Meetings), ("attempted", f.ServiceUsersContactAttempted),
            ("views", f.ServiceUsersViewsRecorded), ("projects", f.ObservedWorkProjects), ("inductions", f.ObservedInductionSessions),
            ("offices", f.OfficesVisited), ("sites", f.SiteVisits), ("created", createdAt), ("year", manifest.ProgrammeYear));
    }

    private const string SelectSummary =
        "select i.id, i.reference, i.framework, i.provider_id, p.name as provider_name, i.status, i.case_data_locked, i.lead_inspector, " +
        "i.fieldwork_start, i.fieldwork_end, i.previous_inspection_id, i.version, " +
        "(select count(*) from cases c where c.inspection_id = i.id) as case_count " +
        "from inspections i join providers p on p.id = i.provider_id";

    public static Task<List<InspectionSummary>> SummariesAsync(DbSession session, string where, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        session.QueryAsync($"{SelectSummary} {where} order by i.id", Summary, ct, parameters);

    /// <summary>The inspection as lists show it; refused as not found when there is none with <paramref name="id"/>.</summary>
    public static async Task<InspectionSummary> SummaryAsync(DbSession session, long id, CancellationToken ct) =>
        await session.QuerySingleAsync($"{SelectSummary} where i.id = @id", Summary, ct, ("id", id))
        ?? throw new RecordNotFoundException($"there is no inspection with id {id}");

    private static InspectionSummary Summary(DbDataReader row) => new(
        row.Id("id"), row.Text("reference"), row.Required("framework"), row.Id("provider_id"), row.Required("provider_name"), StoredTokens.ParseStatus(row.Required("status")),
        row.Bool("case_data_locked") ?? false, row.Text("lead_inspector"), row.Date("fieldwork_start"), row.Date("fieldwork_end"), row.Long("previous_inspection_id"),
        row.Int("case_count")!.Value, row.Int("version")!.Value);

    public const string SelectWithProvider =
        "select i.*, p.name as provider_name, p.short_name as provider_short_name, p.type as provider_type, g.name as region_name " +
        "from inspections i join providers p on p.id = i.provider_id left join providers g on g.id = p.region_id";

    /// <summary>The manifest's scalar fields from a row of <see cref="SelectWithProvider"/>.</summary>
    public static InspectionManifest Manifest(DbDataReader row) => new()
    {
        Framework = row.Required("framework"),
        Provider = new ProviderInfo(row.Required("provider_name"), StoredTokens.ParseProviderType(row.Required("provider_type")))
        {
            ShortName = row.Text("provider_short_name"), Region = row.Text("region_name"),
        },
        Reference = row.Text("reference"),
        LeadInspector = row.Text("lead_inspector"),
        FieldworkStart = row.Date("fieldwork_start"),
        FieldworkEnd = row.Date("fieldwork_end"),
        Published = row.Text("published"),
        Status = StoredTokens.ParseStatus(row.Required("status")),
        ProgrammeYear = row.Text("programme_year"),
        PreviousInspection = AuditJson.Deserialize<PreviousInspection>(row.Text("previous_inspection_figures")),
        NationalComparator = AuditJson.Deserialize<ComparatorResults>(row.Text("national_comparator")),
        Fieldwork = new FieldworkFacts
        {
            ResponsibleOfficersInterviewed = row.Int("fw_responsible_officers_interviewed"),
            Meetings = row.Int("fw_meetings"),
            ServiceUsersContactAttempted = row.Int("fw_service_users_contact_attempted"),
            ServiceUsersViewsRecorded = row.Int("fw_service_users_views_recorded"),
            ObservedWorkProjects = row.Int("fw_observed_work_projects"),
            ObservedInductionSessions = row.Int("fw_observed_induction_sessions"),
            OfficesVisited = row.Text("fw_offices_visited"),
            SiteVisits = row.Text("fw_site_visits"),
        },
    };
}
