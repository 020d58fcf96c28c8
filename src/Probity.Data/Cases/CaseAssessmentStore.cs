using System.Data.Common;
using System.Globalization;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Rules;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Inspections;
using Probity.Data.Sql;
using Probity.Data.Users;

namespace Probity.Data.Cases;

/// <summary>
/// Loads and saves one case assessment at a time, as the web app's case pages do. Answers are checked against the
/// framework through Core (an item must exist; yes or no only inside the item's population), and a save from a stale
/// version is refused with who saved first. A case is read in one round trip (its row, notes and practice examples).
/// </summary>
public sealed class CaseAssessmentStore
{
    // The framework comes with the case row: case pages load a case on every request, and the inspection is read already.
    private static readonly string SelectCase =
        $"select c.case_ref, {string.Join(", ", CaseTable.Attributes.Select(a => "c." + a.Name))}, c.ro_id, c.ro_caseload, c.answers, c.assessment_status, " +
        "c.version, u.user_name, i.framework from cases c join inspections i on i.id = c.inspection_id left join users u on u.id = c.assigned_user_id " +
        "where c.inspection_id = @id and c.case_ref = @case; " +
        "select question, note from answer_notes where inspection_id = @id and case_ref = @case; " +
        EvidenceRows.SelectCasePracticeExamples;

    private readonly Database _database;
    private readonly InspectionGuard _guard;
    private readonly AuditLog _audit;
    private readonly TimeProvider _clock;

    internal CaseAssessmentStore(Database database, InspectionGuard guard, AuditLog audit, TimeProvider clock)
    {
        _database = database;
        _guard = guard;
        _audit = audit;
        _clock = clock;
    }

    public Task<IReadOnlyList<CaseSummary>> ListAsync(long inspectionId, CancellationToken ct = default) =>
        _guard.ReadAsync<IReadOnlyList<CaseSummary>>(inspectionId, async (session, _) => await session.QueryAsync(
            "select c.case_ref, c.sample, c.assessment_status, u.user_name, c.answers, c.version from cases c " +
            "left join users u on u.id = c.assigned_user_id where c.inspection_id = @id order by c.ordinal",
            r => new CaseSummary(r.Required("case_ref"), r.Required("sample"), CaseAssessmentStatusNames.Parse(r.Required("assessment_status")),
                r.Text("user_name"), r.Bytes("answers").Count(b => b != 0), r.Int("version")!.Value), ct, ("id", inspectionId)), ct);

    public Task<CaseAssessment> LoadAsync(long inspectionId, string caseId, CancellationToken ct = default) =>
        _database.ReadAsync(session => LoadAsync(session, inspectionId, caseId, ct), ct);

    /// <summary>
    /// Saves answers, notes, practice examples and status. Refused when someone saved the case since
    /// <c>assessment.Version</c> (their save is kept), when case data is locked, from the ratings panel on unless the case
    /// was reopened, or when an answer breaks a rule. Completing a reopened case closes its reopening. Returns the case as saved.
    /// </summary>
    public Task<CaseAssessment> SaveAsync(CaseAssessment assessment, Actor actor, CancellationToken ct = default)
    {
        var record = Ref(assessment.InspectionId, assessment.CaseId);
        // The log's after side depends on the save alone: made before the transaction, it is not made while every other
        // save on SQLite waits for this one's write turn.
        var after = AuditRows.Side(AuditView(assessment), record.InspectionId, record.Entity, record.Key);
        return _guard.ChangeCaseAnswersAsync(assessment.InspectionId, assessment.CaseId, async (session, inspection) =>
        {
            var before = await LoadAsync(session, assessment.InspectionId, assessment.CaseId, ct);
            if (before.Version != assessment.Version) throw await VersionCheckedWrites.ConflictAsync(session, record, ct);
            var framework = FrameworkCatalog.Get(inspection.Framework);
            var problems = Validate(framework, before.Case, assessment);
            if (problems.Count > 0) throw new ChangeRefusedException(problems);

            var row = new byte[framework.Questions.Count];
            foreach (var (item, judgement) in assessment.Answers) row[framework.Questions[item].Index] = (byte)judgement;
            var version = await VersionCheckedWrites.UpdateAsync(session, "cases", "answers = @answers, assessment_status = @status",
                "inspection_id = @id and case_ref = @case", assessment.Version, record, ct,
                ("id", assessment.InspectionId), ("case", assessment.CaseId), ("answers", row), ("status", assessment.Status.Token()));
            var notes = assessment.Notes.Where(n => !string.IsNullOrWhiteSpace(n.Value)).ToList();
            await ReplaceNotesAsync(session, assessment.InspectionId, assessment.CaseId, notes, ct);
            await AddPracticeExamplesAsync(session, assessment.InspectionId, assessment.CaseId, assessment.PracticeExamples, ct);
            await _audit.AppendPreparedAsync(session, actor, assessment.InspectionId, record.Entity, record.Key, "save", AuditView(before), after, ct);
            if (assessment.Status >= CaseAssessmentStatus.Completed && inspection.Status == InspectionStatus.RatingsPanel)
                await CaseReopenings.CloseAsync(session, assessment.InspectionId, assessment.CaseId, _clock.GetUtcNow(), ct);
            // What was written, as a load would read it back.
            return before with
            {
                Answers = AnswersOf(framework, row),
                Notes = notes.ToDictionary(n => n.Key, n => n.Value),
                PracticeExamples = [.. assessment.PracticeExamples],
                Status = assessment.Status,
                Version = version,
            };
        }, ct);
    }

    /// <summary>Gives the case to an inspector (a user with the inspector or lead inspector role), or takes it back (null).</summary>
    public Task AssignAsync(long inspectionId, string caseId, string? userName, Actor actor, CancellationToken ct = default) =>
        _database.WriteAsync(async session =>
        {
            var before = await LoadAsync(session, inspectionId, caseId, ct);
            long? userId = null;
            if (userName is not null)
            {
                var user = await UserRows.GetAsync(session, userName, ct);
                if (!user.Roles.Contains(UserRole.Inspector) && !user.Roles.Contains(UserRole.LeadInspector))
                    throw new ChangeRefusedException($"{userName} is not an inspector, so cannot hold a case");
                userId = user.Id;
            }
            // Not versioned: who holds a case is the lead inspector's call, and changing it must not void the holder's unsaved answers.
            await session.ExecuteAsync("update cases set assigned_user_id = @user where inspection_id = @id and case_ref = @case", ct,
                ("user", userId), ("id", inspectionId), ("case", caseId));
            await _audit.AppendAsync(session, actor, inspectionId, "case", caseId, "assign", new { before.AssignedTo }, new { AssignedTo = userName }, ct);
        }, ct);

    /// <summary>The cases an inspector holds, across inspections, with how far each has got.</summary>
    public Task<IReadOnlyList<(long InspectionId, string CaseId, CaseAssessmentStatus Status)>> AssignedToAsync(string userName, CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<(long, string, CaseAssessmentStatus)>>(async session => await session.QueryAsync(
            "select c.inspection_id, c.case_ref, c.assessment_status from cases c join users u on u.id = c.assigned_user_id " +
            "where u.user_name = @user order by c.inspection_id, c.ordinal",
            r => (r.Id("inspection_id"), r.Required("case_ref"), CaseAssessmentStatusNames.Parse(r.Required("assessment_status"))), ct, ("user", userName)), ct);

    private static async Task<CaseAssessment> LoadAsync(DbSession session, long inspectionId, string caseId, CancellationToken ct)
    {
        var loaded = await session.ReadAsync(SelectCase, (reader, token) => ReadCaseAsync(reader, inspectionId, caseId, token), ct, ("id", inspectionId), ("case", caseId));
        if (loaded is not null) return loaded;
        await InspectionRow.SummaryAsync(session, inspectionId, ct); // says so when it is the inspection that does not exist
        throw new RecordNotFoundException($"inspection {inspectionId} has no case \"{caseId}\"");
    }

    /// <summary>The three result sets of <see cref="SelectCase"/>: the case row (none when there is no such case), its notes, its practice examples.</summary>
    private static async Task<CaseAssessment?> ReadCaseAsync(DbDataReader reader, long inspectionId, string caseId, CancellationToken ct)
    {
        if (!await reader.ReadAsync(ct)) return null;
        // By position, in SelectCase's order: every case page reads this row, and a column found by name is searched for
        // among all of them each time (a profile of the load test found a twentieth of a save's time in those searches).
        var record = ReadRecord(reader);
        var at = CaseTable.Attributes.Count + 1;
        var framework = FrameworkCatalog.Get(reader.GetString(at + 6));
        var answers = AnswersOf(framework, (byte[])reader.GetValue(at + 2));
        var status = CaseAssessmentStatusNames.Parse(reader.GetString(at + 3));
        var version = Convert.ToInt32(reader.GetValue(at + 4), CultureInfo.InvariantCulture);
        var assignedTo = reader.GetValue(at + 5) as string;
        await reader.NextResultAsync(ct);
        var notes = new Dictionary<string, string>();
        while (await reader.ReadAsync(ct)) notes.Add(reader.GetString(0), reader.GetString(1));
        await reader.NextResultAsync(ct);
        var examples = new List<PracticeExample>();
        while (await reader.ReadAsync(ct)) examples.Add(EvidenceRows.PracticeExample(reader));
        return new CaseAssessment
        {
            InspectionId = inspectionId, CaseId = caseId, Case = record, Answers = answers, Notes = notes, PracticeExamples = examples,
            Status = status, AssignedTo = assignedTo, Version = version,
        };
    }

    private static Dictionary<string, Judgement> AnswersOf(FrameworkVersion framework, byte[] row)
    {
        var answers = new Dictionary<string, Judgement>();
        for (var i = 0; i < row.Length; i++)
            if (row[i] != 0) answers[framework.Questions.Items[i].Id] = (Judgement)row[i];
        return answers;
    }

    /// <summary>
    /// The case's notes replaced by <paramref name="notes"/>, and its practice examples removed (<see cref="AddPracticeExamplesAsync"/>
    /// writes the new ones): one round trip.
    /// </summary>
    private static async Task ReplaceNotesAsync(DbSession session, long inspectionId, string caseId, List<KeyValuePair<string, string>> notes, CancellationToken ct)
    {
        List<(string, object?)> parameters = [("id", inspectionId), ("case", caseId)];
        var sql = "delete from practice_examples where inspection_id = @id and case_ref = @case; delete from answer_notes where inspection_id = @id and case_ref = @case";
        if (notes.Count > 0)
        {
            sql += "; insert into answer_notes (inspection_id, case_ref, question, note) values " +
                string.Join(", ", notes.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"(@id, @case, @question{i}, @note{i})")));
            for (var i = 0; i < notes.Count; i++)
            {
                parameters.Add((string.Create(CultureInfo.InvariantCulture, $"question{i}"), notes[i].Key));
                parameters.Add((string.Create(CultureInfo.InvariantCulture, $"note{i}"), notes[i].Value));
            }
        }
        await session.ExecuteAsync(sql, ct, [.. parameters]);
    }

    /// <summary>The case's practice examples (its old ones removed already), numbered after the inspection's others as an import numbers them.</summary>
    private static async Task AddPracticeExamplesAsync(DbSession session, long inspectionId, string caseId, IReadOnlyList<PracticeExample> examples, CancellationToken ct)
    {
        if (examples.Count == 0) return;
        var last = await session.ScalarAsync<int?>("select max(ordinal) from practice_examples where inspection_id = @id", ct, ("id", inspectionId)) ?? -1;
        List<(string, object?)> parameters = [("id", inspectionId), ("case", caseId)];
        var rows = new List<string>();
        for (var i = 0; i < examples.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            rows.Add($"(@id, @case, @ordinal{n}, @standard{n}, @kind{n}, @text{n})");
            parameters.AddRange([("ordinal" + n, last + 1 + i), ("standard" + n, examples[i].Standard), ("kind" + n, StoredTokens.Kind(examples[i].Kind)), ("text" + n, examples[i].Text)]);
        }
        await session.ExecuteAsync($"insert into practice_examples (inspection_id, case_ref, ordinal, standard, kind, text) values {string.Join(", ", rows)}", ct, [.. parameters]);
    }

    /// <summary>The case's own columns of <see cref="SelectCase"/>'s first row: its reference, attributes, responsible officer and caseload.</summary>
    private static CaseRecord ReadRecord(DbDataReader row)
    {
        var attributes = CaseTable.Attributes;
        var caseload = row.GetValue(attributes.Count + 2);
        var record = new CaseRecord(row.GetString(0))
        {
            ResponsibleOfficer = row.GetValue(attributes.Count + 1) as string,
            ResponsibleOfficerCaseload = caseload is DBNull ? null : Convert.ToInt32(caseload, CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < attributes.Count; i++)
            if (row.GetValue(i + 1) is string token) record.Set(attributes[i], token);
        return record;
    }

    private static List<string> Validate(FrameworkVersion framework, CaseRecord record, CaseAssessment assessment)
    {
        var problems = new List<string>();
        foreach (var (id, judgement) in assessment.Answers)
        {
            if (framework.Questions.Find(id) is not { } item)
                problems.Add($"\"{id}\" is not a key question or prompt answered per case in framework {framework.Id}");
            else if (!Enum.IsDefined(judgement) || judgement == Judgement.NotRecorded)
                problems.Add($"the answer to {id} must be yes, no or na (leave it out when not recorded)");
            // R2–R3: a case outside the item's population may not answer yes or no.
            else if (judgement != Judgement.NotApplicable && !AnswerTallies.ScopeOf(item).Contains(record))
                problems.Add($"case {assessment.CaseId} is outside the {item.Population.Name.ToLowerInvariant()} for {id}, so it can only be answered na or left blank");
        }
        foreach (var id in assessment.Notes.Keys.Where(k => !assessment.Answers.ContainsKey(k)))
            problems.Add($"the note on {id} has no answer beside it; answer {id} or remove the note");
        foreach (var example in assessment.PracticeExamples)
        {
            if (example.CaseId != assessment.CaseId) problems.Add($"a practice example of case {example.CaseId} cannot be saved with case {assessment.CaseId}");
            if (framework.FindStandard(example.Standard) is null) problems.Add($"practice example: standard \"{example.Standard}\" is not in framework {framework.Id}");
            if (string.IsNullOrWhiteSpace(example.Text)) problems.Add("practice example: the text is empty");
        }
        return problems;
    }

    private static object AuditView(CaseAssessment assessment) => new
    {
        Answers = assessment.Answers.ToDictionary(x => x.Key, x => x.Value.Token()),
        assessment.Notes,
        PracticeExamples = assessment.PracticeExamples.Select(e => new { e.Standard, Kind = StoredTokens.Kind(e.Kind), e.Text }),
        Status = assessment.Status,
    };

    private static RecordRef Ref(long inspectionId, string caseId) => new(inspectionId, "case", caseId, $"case {caseId}");
}
