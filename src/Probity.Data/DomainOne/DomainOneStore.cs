using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Data.Sql;

namespace Probity.Data.DomainOne;

/// <summary>
/// Domain-one evidence and judgements: responsible officer interviews, meetings, provider-supplied key data and contextual
/// facts, and per standard the lead inspector's proposed rating with its rationale and the ratified rating.
/// </summary>
public sealed class DomainOneStore
{
    // Key data tables and the contextual facts are saved whole and have no version column: their version is how many
    // saves the audit log holds for them (0 as imported), which only ever grows.
    private const string KeyDataEntity = "key-data";
    private const string ContextualFactsEntity = "contextual-facts";

    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;

    internal DomainOneStore(InspectionGuard guard, AuditLog audit)
    {
        _guard = guard;
        _audit = audit;
    }

    public Task<DomainOneEvidence> GetAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync(inspectionId, async (s, _) =>
        {
            var judgements = await s.QueryAsync("select * from domain_one_ratings where inspection_id = @id order by standard", r => new DomainOneJudgement(
                r.Required("standard"), StoredTokens.ParseRating(r.Text("proposed")), r.Text("rationale"), StoredTokens.ParseRating(r.Text("ratified")), r.Int("version")!.Value),
                ct, ("id", inspectionId));
            var versions = await s.QueryAsync("select id, version from meetings where inspection_id = @id", r => (r.Id("id"), r.Int("version")!.Value), ct, ("id", inspectionId));
            var meetingVersions = versions.ToDictionary(v => v.Item1, v => v.Item2);
            var keyDataSaves = await s.QueryAsync("select entity_key, count(*) as saves from audit_log where inspection_id = @id and entity = @entity group by entity_key",
                r => (Table: r.Required("entity_key"), Saves: r.Int("saves")!.Value), ct, ("id", inspectionId), ("entity", KeyDataEntity));
            return new DomainOneEvidence(
                judgements,
                (await EvidenceRows.ReadInterviewsAsync(s, inspectionId, ct)).Select(i => new StoredInterview(i.Interview, i.Version)).ToList(),
                (await EvidenceRows.ReadMeetingsAsync(s, inspectionId, ct)).Select(m => new StoredMeeting(m.Id, m.Meeting, meetingVersions[m.Id])).ToList(),
                await KeyDataRows.ReadAsync(s, inspectionId, ct),
                await ManifestRows.ReadContextualFactsAsync(s, inspectionId, ct))
            {
                KeyDataVersions = keyDataSaves.ToDictionary(k => k.Table, k => k.Saves),
                ContextualFactsVersion = await AuditRows.CountForAsync(s, inspectionId, ContextualFactsEntity, null, ct),
            };
        }, ct);

    /// <summary>The lead inspector's proposed rating and rationale for a domain-one standard.</summary>
    public Task<int> ProposeAsync(long inspectionId, string standard, Rating? proposed, string? rationale, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        SaveJudgementAsync(inspectionId, standard, expectedVersion, actor, "propose", "proposed = @proposed, rationale = @rationale",
            [("proposed", proposed?.Token()), ("rationale", rationale)], ct);

    /// <summary>The rating the ratings panel ratified for a domain-one standard (null withdraws it).</summary>
    public Task<int> RatifyAsync(long inspectionId, string standard, Rating? ratified, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        SaveJudgementAsync(inspectionId, standard, expectedVersion, actor, "ratify", "ratified = @ratified", [("ratified", ratified?.Token())], ct);

    private Task<int> SaveJudgementAsync(long inspectionId, string standard, int? expectedVersion, Actor actor, string action, string set,
        (string Name, object? Value)[] values, CancellationToken ct) =>
        _guard.ChangeRatingsAsync(inspectionId, "the domain-one ratings", async (s, inspection) =>
        {
            var framework = FrameworkCatalog.Get(inspection.Framework);
            // R15: only standards rated by judgement take a proposed or ratified rating.
            if (framework.FindStandard(standard) is not { RatedBy: RatingBasis.Judgement })
                throw new ChangeRefusedException($"\"{standard}\" is not a standard of {framework.Id} rated by judgement; judgement standards: " +
                    string.Join(", ", framework.Standards.Where(x => x.RatedBy == RatingBasis.Judgement).Select(x => x.Id)));
            var record = new RecordRef(inspectionId, "domain-one-rating", standard, $"the domain-one judgement of standard {standard}");
            (string, object?)[] key = [("inspection_id", inspectionId), ("standard", standard)];
            var before = await s.QuerySingleAsync("select proposed, rationale, ratified from domain_one_ratings where inspection_id = @inspection_id and standard = @standard",
                r => new { Proposed = r.Text("proposed"), Rationale = r.Text("rationale"), Ratified = r.Text("ratified") }, ct, key);
            var version = await VersionCheckedWrites.UpsertAsync(s, "domain_one_ratings", "inspection_id = @inspection_id and standard = @standard", key, expectedVersion,
                record, set, values, ct);
            var after = await s.QuerySingleAsync("select proposed, rationale, ratified from domain_one_ratings where inspection_id = @inspection_id and standard = @standard",
                r => new { Proposed = r.Text("proposed"), Rationale = r.Text("rationale"), Ratified = r.Text("ratified") }, ct, key);
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, action, before, after, ct);
            return version;
        }, ct);

    /// <summary>
    /// Adds or replaces one responsible officer's interview (keyed by officer reference): <paramref name="expectedVersion"/>
    /// null adds (refused if the officer already has one), else replaces the version read. Refused once case data is locked.
    /// </summary>
    public Task<int> SaveInterviewAsync(long inspectionId, OfficerInterview interview, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeCaseDataAsync(inspectionId, async (s, _) =>
        {
            var unknown = interview.Answers.Keys.Where(k => InterviewQuestions.Find(k) is null).ToList();
            if (unknown.Count > 0)
                throw new ChangeRefusedException(unknown.Select(u => $"\"{u}\" is not an interview question ({string.Join(", ", InterviewQuestions.All.Select(q => q.Column))})").ToList());
            if (interview.Grade is { } grade && !CaseColumns.RoGrade.Values.Contains(grade))
                throw new ChangeRefusedException($"\"{grade}\" is not a grade ({string.Join(", ", CaseColumns.RoGrade.Values)})");
            var record = InterviewRef(inspectionId, interview.OfficerId);
            var existing = (await EvidenceRows.ReadInterviewsAsync(s, inspectionId, ct)).FirstOrDefault(i => i.Interview.OfficerId == interview.OfficerId);
            (string, object?)[] key = [("inspection_id", inspectionId), ("officer_id", interview.OfficerId)];
            (string, object?)[] values =
            [
                ("grade", interview.Grade), ("caseload", interview.Caseload),
                .. InterviewQuestions.All.Select(q => (q.Column, (object?)(interview.Answers.TryGetValue(q.Column, out var yes) ? yes : null))),
            ];
            if (expectedVersion is null && existing.Interview is null)
            {
                var ordinal = await s.ScalarAsync<int?>("select max(ordinal) from officer_interviews where inspection_id = @id", ct, ("id", inspectionId)) ?? -1;
                values = [.. values, ("ordinal", ordinal + 1)];
            }
            var version = await VersionCheckedWrites.UpsertAsync(s, "officer_interviews", "inspection_id = @inspection_id and officer_id = @officer_id", key, expectedVersion,
                record, string.Join(", ", values.Select(v => $"{v.Item1} = @{v.Item1}")), values, ct);
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "save", existing.Interview, interview, ct);
            return version;
        }, ct);

    public Task RemoveInterviewAsync(long inspectionId, string officerId, Actor actor, CancellationToken ct = default) =>
        RemoveInterviewAsync(inspectionId, officerId, null, actor, ct);

    /// <summary>Removes an interview as read at <paramref name="expectedVersion"/>: a record changed since is kept, and the remover told who changed it.</summary>
    public Task RemoveInterviewAsync(long inspectionId, string officerId, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeCaseDataAsync(inspectionId, async (s, _) =>
        {
            var existing = (await EvidenceRows.ReadInterviewsAsync(s, inspectionId, ct)).FirstOrDefault(i => i.Interview.OfficerId == officerId);
            if (existing.Interview is null) throw new RecordNotFoundException($"inspection {inspectionId} has no interview with officer {officerId}");
            var record = InterviewRef(inspectionId, officerId);
            await VersionCheckedWrites.DeleteAsync(s, "officer_interviews", "inspection_id = @id and officer_id = @officer", expectedVersion, record, ct, ("id", inspectionId), ("officer", officerId));
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "remove", existing.Interview, null, ct);
        }, ct);

    private static RecordRef InterviewRef(long inspectionId, string officerId) =>
        new(inspectionId, "interview", officerId, $"the interview with officer {officerId}");

    /// <summary>Adds a meeting; refused once case data is locked.</summary>
    public Task<long> AddMeetingAsync(long inspectionId, Meeting meeting, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeCaseDataAsync(inspectionId, async (s, _) =>
        {
            RequireDescription(meeting);
            var ordinal = await s.ScalarAsync<int?>("select max(ordinal) from meetings where inspection_id = @id", ct, ("id", inspectionId)) ?? -1;
            var id = await EvidenceRows.InsertMeetingAsync(s, inspectionId, ordinal + 1, meeting, ct);
            await _audit.AppendAsync(s, actor, inspectionId, "meeting", MeetingKey(id), "add", null, meeting, ct);
            return id;
        }, ct);

    /// <summary>Changes a meeting as read at <paramref name="expectedVersion"/>; returns its new version.</summary>
    public Task<int> SaveMeetingAsync(long inspectionId, long meetingId, Meeting meeting, int expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeCaseDataAsync(inspectionId, async (s, _) =>
        {
            RequireDescription(meeting);
            var before = await ReadMeetingAsync(s, inspectionId, meetingId, ct);
            var version = await VersionCheckedWrites.UpdateAsync(s, "meetings",
                "meeting_date = @date, kind = @kind, description = @description, attendees = @attendees, notes = @notes",
                "id = @id and inspection_id = @inspection", expectedVersion, MeetingRef(inspectionId, meetingId), ct,
                ("id", meetingId), ("inspection", inspectionId), ("date", meeting.Date), ("kind", meeting.Kind.Token()), ("description", meeting.Description),
                ("attendees", meeting.Attendees), ("notes", meeting.Notes));
            await _audit.AppendAsync(s, actor, inspectionId, "meeting", MeetingKey(meetingId), "save", before, meeting, ct);
            return version;
        }, ct);

    public Task RemoveMeetingAsync(long inspectionId, long meetingId, Actor actor, CancellationToken ct = default) =>
        RemoveMeetingAsync(inspectionId, meetingId, null, actor, ct);

    /// <summary>Removes a meeting as read at <paramref name="expectedVersion"/>: a meeting changed since is kept, and the remover told who changed it.</summary>
    public Task RemoveMeetingAsync(long inspectionId, long meetingId, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ChangeCaseDataAsync(inspectionId, async (s, _) =>
        {
            var existing = await ReadMeetingAsync(s, inspectionId, meetingId, ct);
            await VersionCheckedWrites.DeleteAsync(s, "meetings", "id = @id", expectedVersion, MeetingRef(inspectionId, meetingId), ct, ("id", meetingId));
            await _audit.AppendAsync(s, actor, inspectionId, "meeting", MeetingKey(meetingId), "remove", existing, null, ct);
        }, ct);

    private static async Task<Meeting> ReadMeetingAsync(DbSession session, long inspectionId, long meetingId, CancellationToken ct) =>
        (await EvidenceRows.ReadMeetingsAsync(session, inspectionId, ct)).FirstOrDefault(m => m.Id == meetingId).Meeting
        ?? throw new RecordNotFoundException($"inspection {inspectionId} has no meeting {meetingId}");

    private static void RequireDescription(Meeting meeting)
    {
        if (string.IsNullOrWhiteSpace(meeting.Description)) throw new ChangeRefusedException("a meeting needs a description");
    }

    private static string MeetingKey(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static RecordRef MeetingRef(long inspectionId, long meetingId) => new(inspectionId, "meeting", MeetingKey(meetingId), $"meeting {meetingId}");

    /// <summary>Adds a key data table, or replaces the one with the same id, whole (rows, labels and cells), whatever was saved since it was read.</summary>
    public Task SaveKeyDataTableAsync(long inspectionId, KeyDataTable table, Actor actor, CancellationToken ct = default) =>
        SaveKeyDataTableAsync(inspectionId, table, null, actor, ct);

    /// <summary>
    /// Adds or replaces a key data table as read at <paramref name="expectedVersion"/> (its
    /// <see cref="DomainOneEvidence.KeyDataVersions"/> entry, 0 when never saved; null for "whatever is there").
    /// Returns the new version. Refused once case data is locked.
    /// </summary>
    public Task<int> SaveKeyDataTableAsync(long inspectionId, KeyDataTable table, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ReplaceCaseDataAsync(inspectionId, async (s, _) =>
        {
            var bad = table.Rows.Where(r => table.Columns.Count > 0 && r.Values.Count != table.Columns.Count).Select(r => $"row \"{r.Label}\" has {r.Values.Count} values for {table.Columns.Count} columns").ToList();
            if (bad.Count > 0) throw new ChangeRefusedException(bad);
            var record = new RecordRef(inspectionId, KeyDataEntity, table.Id, $"the key data table {table.Title ?? table.Id}");
            var version = await RequireVersionAsync(s, record, expectedVersion, ct);
            var before = (await KeyDataRows.ReadAsync(s, inspectionId, ct)).FirstOrDefault(t => t.Id == table.Id);
            var ordinal = await s.ScalarAsync<int?>("select ordinal from key_data_tables where inspection_id = @id and table_key = @key", ct, ("id", inspectionId), ("key", table.Id))
                ?? (await s.ScalarAsync<int?>("select max(ordinal) from key_data_tables where inspection_id = @id", ct, ("id", inspectionId)) ?? -1) + 1;
            const string tableIds = "select id from key_data_tables where inspection_id = @id and table_key = @key";
            await s.ExecuteAsync($"delete from key_data_cells where row_id in (select id from key_data_rows where table_id in ({tableIds}))", ct, ("id", inspectionId), ("key", table.Id));
            await s.ExecuteAsync($"delete from key_data_rows where table_id in ({tableIds})", ct, ("id", inspectionId), ("key", table.Id));
            await s.ExecuteAsync("delete from key_data_tables where inspection_id = @id and table_key = @key", ct, ("id", inspectionId), ("key", table.Id));
            await KeyDataRows.InsertTableAsync(s, inspectionId, ordinal, table, ct);
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, before is null ? "add" : "replace", before, table, ct);
            return version + 1;
        }, ct);

    /// <summary>Replaces the contextual facts (spec §7.4), in order, whatever was saved since they were read.</summary>
    public Task SaveContextualFactsAsync(long inspectionId, IReadOnlyList<ContextualFact> facts, Actor actor, CancellationToken ct = default) =>
        SaveContextualFactsAsync(inspectionId, facts, null, actor, ct);

    /// <summary>
    /// Replaces the contextual facts as read at <paramref name="expectedVersion"/> (<see cref="DomainOneEvidence.ContextualFactsVersion"/>;
    /// null for "whatever is there"). Returns the new version. Refused once case data is locked.
    /// </summary>
    public Task<int> SaveContextualFactsAsync(long inspectionId, IReadOnlyList<ContextualFact> facts, int? expectedVersion, Actor actor, CancellationToken ct = default) =>
        _guard.ReplaceCaseDataAsync(inspectionId, async (s, _) =>
        {
            var blank = facts.Select((f, i) => (f, i)).Where(x => string.IsNullOrWhiteSpace(x.f.Label) || string.IsNullOrWhiteSpace(x.f.Value))
                .Select(x => $"contextual fact {x.i + 1} needs a label and a value").ToList();
            if (blank.Count > 0) throw new ChangeRefusedException(blank);
            var record = new RecordRef(inspectionId, ContextualFactsEntity, null, "the contextual facts");
            var version = await RequireVersionAsync(s, record, expectedVersion, ct);
            var before = await ManifestRows.ReadContextualFactsAsync(s, inspectionId, ct);
            await s.ExecuteAsync("delete from contextual_facts where inspection_id = @id", ct, ("id", inspectionId));
            for (var i = 0; i < facts.Count; i++)
                await s.ExecuteAsync("insert into contextual_facts (inspection_id, ordinal, label, value, source) values (@id, @ordinal, @label, @value, @source)",
                    ct, ("id", inspectionId), ("ordinal", i), ("label", facts[i].Label), ("value", facts[i].Value), ("source", facts[i].Source));
            await _audit.AppendAsync(s, actor, inspectionId, record.Entity, record.Key, "replace", before, facts, ct);
            return version + 1;
        }, ct);

    /// <summary>The record's version (its saves in the audit log); a save from another version is a conflict that names who saved last.</summary>
    private static async Task<int> RequireVersionAsync(DbSession session, RecordRef record, int? expectedVersion, CancellationToken ct)
    {
        var version = await AuditRows.CountForAsync(session, record.InspectionId, record.Entity, record.Key, ct);
        if (expectedVersion is { } expected && expected != version) throw await VersionCheckedWrites.ConflictAsync(session, record, ct);
        return version;
    }
}
