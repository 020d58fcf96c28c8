using System.Data.Common;
using Probity.Core.Datasets;
using Probity.Data.Audit;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.Datasets;

/// <summary>The inspections table's own columns: the manifest's scalar fields, the fieldwork counts and the reference blocks.</summary>
internal static class InspectionRow
{
    public static Task<long> InsertAsync(DbSession s, InspectionManifest m, long providerId, CancellationToken ct)
    {
        var status = m.Status ?? InspectionStatus.Planned;
        var f = m.Fieldwork;
        return s.ScalarAsync<long>(
            "insert into inspections (reference, framework, provider_id, lead_inspector, fieldwork_start, fieldwork_end, published, status, case_data_locked, " +
            "previous_inspection_figures, national_comparator, fw_responsible_officers_interviewed, fw_meetings, fw_service_users_contact_attempted, " +
            "fw_service_users_views_recorded, fw_observed_work_projects, fw_observed_induction_sessions, fw_offices_visited, fw_site_visits, created_at, programme_year) " +
            "values (@reference, @framework, @provider, @lead, @start, @end, @published, @status, @locked, @previous, @national, @ro, @meetings, @attempted, " +
            "@views, @projects, @inductions, @offices, @sites, @created, @year) returning id", ct,
            ("reference", m.Reference), ("framework", m.Framework), ("provider", providerId), ("lead", m.LeadInspector), ("start", m.FieldworkStart),
            ("end", m.FieldworkEnd), ("published", m.Published), ("status", status.Token()), ("locked", Lifecycle.LocksCaseData(status)),
            ("previous", ManifestRows.ComparatorJson(m.PreviousInspection)), ("national", ManifestRows.ComparatorJson(m.NationalComparator)),
            ("ro", f.ResponsibleOfficersInterviewed), ("meetings", f.Meetings), ("attempted", f.ServiceUsersContactAttempted),
            ("views", f.ServiceUsersViewsRecorded), ("projects", f.ObservedWorkProjects), ("inductions", f.ObservedInductionSessions),
            ("offices", f.OfficesVisited), ("sites", f.SiteVisits), ("created", DateTimeOffset.UtcNow), ("year", m.ProgrammeYear));
    }

    public const string SelectWithProvider =
        "select i.*, p.name as provider_name, p.short_name as provider_short_name, p.type as provider_type, g.name as region_name " +
        "from inspections i join providers p on p.id = i.provider_id left join providers g on g.id = p.region_id";

    /// <summary>The manifest's scalar fields from a row of <see cref="SelectWithProvider"/>.</summary>
    public static InspectionManifest Manifest(DbDataReader r) => new()
    {
        Framework = r.Required("framework"),
        Provider = new ProviderInfo(r.Required("provider_name"), Tokens.ParseProviderType(r.Required("provider_type")))
        {
            ShortName = r.Text("provider_short_name"), Region = r.Text("region_name"),
        },
        Reference = r.Text("reference"),
        LeadInspector = r.Text("lead_inspector"),
        FieldworkStart = r.Date("fieldwork_start"),
        FieldworkEnd = r.Date("fieldwork_end"),
        Published = r.Text("published"),
        Status = Tokens.ParseStatus(r.Required("status")),
        ProgrammeYear = r.Text("programme_year"),
        PreviousInspection = AuditJson.Deserialize<PreviousInspection>(r.Text("previous_inspection_figures")),
        NationalComparator = AuditJson.Deserialize<ComparatorResults>(r.Text("national_comparator")),
        Fieldwork = new FieldworkFacts
        {
            ResponsibleOfficersInterviewed = r.Int("fw_responsible_officers_interviewed"),
            Meetings = r.Int("fw_meetings"),
            ServiceUsersContactAttempted = r.Int("fw_service_users_contact_attempted"),
            ServiceUsersViewsRecorded = r.Int("fw_service_users_views_recorded"),
            ObservedWorkProjects = r.Int("fw_observed_work_projects"),
            ObservedInductionSessions = r.Int("fw_observed_induction_sessions"),
            OfficesVisited = r.Text("fw_offices_visited"),
            SiteVisits = r.Text("fw_site_visits"),
        },
    };
}
