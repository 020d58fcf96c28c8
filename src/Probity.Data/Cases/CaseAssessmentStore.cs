using System.Data.Common;
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
/// version is refused with who saved first.
/// </summary>
public sealed class CaseAssessmentStore
{
    private readonly ProbityStore _store;

    internal CaseAssessmentStore(ProbityStore store) => _store = store;

    public Task<IReadOnlyList<CaseSummary>> ListAsync(long inspectionId, CancellationToken ct = default) =>
        _store.ReadAsync<IReadOnlyList<CaseSummary>>(async s =>
        {
            await InspectionStore.GetAsync(s, inspectionId, ct);
            return await s.QueryAsync(
                "select c.case_ref, c.sample, c.assessment_status, u.user_name, c.answers, c.version from cases c " +
                "left join users u on u.id = c.assigned_user_id where c.inspection_id = @id order by c.ordinal",
                r => new CaseSummary(r.Required("case_ref"), r.Required("sample"), CaseAssessmentStatusNames.Parse(r.Required("assessment_status")),
                    r.Text("user_name"), r.Bytes("answers").Count(b => b != 0), r.Int("version")!.Value), ct, ("id", inspectionId));
        }, ct);

    public Task<CaseAssessment> LoadAsync(long inspectionId, string caseId, CancellationToken ct = default) =>
        _store.ReadAsync(s => LoadAsync(s, inspectionId, caseId, ct), ct);

    /// <summary>
    /// Saves answers, notes, practice examples and status. Refused when someone saved the case since
    /// <c>assessment.Version</c> (their save is kept), when case data is locked, or when an answer breaks a rule.
    /// </summary>
    public Task<CaseAssessment> SaveAsync(CaseAssessment assessment, Actor actor, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var inspection = await InspectionStore.RequireCaseDataOpenAsync(s, assessment.InspectionId, ct);
            var before = await LoadAsync(s, assessment.InspectionId, assessment.CaseId, ct);
            var record = Ref(assessment.InspectionId, assessment.CaseId);
            if (before.Version != assessment.Version) throw await Versioned.ConflictAsync(s, record, ct);
            var framework = FrameworkCatalog.Get(inspection.Framework);
            var problems = Validate(framework, before.Case, assessment);
            if (problems.Count > 0) throw new ChangeRefusedException(problems);

            var row = new byte[framework.Questions.Count];
            foreach (var (item, judgement) in assessment.Answers) row[framework.Questions[item].Index] = (byte)judgement;
            await Versioned.UpdateAsync(s, "cases", "answers = @answers, assessment_status = @status",
                "inspection_id = @id and case_ref = @case", assessment.Version, record, ct,
                ("id", assessment.InspectionId), ("case", assessment.CaseId), ("answers", row), ("status", assessment.Status.Token()));
            (string, object?)[] key = [("id", assessment.InspectionId), ("case", assessment.CaseId)];
            await s.ExecuteAsync("delete from answer_notes where inspection_id = @id and case_ref = @case", ct, key);
            foreach (var (item, note) in assessment.Notes.Where(n => !string.IsNullOrWhiteSpace(n.Value)))
                await s.ExecuteAsync("insert into answer_notes (inspection_id, case_ref, question, note) values (@id, @case, @question, @note)",
                    ct, [.. key, ("question", item), ("note", note)]);
            await s.ExecuteAsync("delete from practice_examples where inspection_id = @id and case_ref = @case", ct, key);
            var ordinal = await s.ScalarAsync<int?>("select max(ordinal) from practice_examples where inspection_id = @id", ct, key[0]) ?? -1;
            foreach (var example in assessment.PracticeExamples)
                await EvidenceRows.InsertPracticeExampleAsync(s, assessment.InspectionId, ++ordinal, example, ct);
            await AuditLog.AppendAsync(s, actor, assessment.InspectionId, record.Entity, record.Key, "save", AuditView(before), AuditView(assessment), ct);
            return await LoadAsync(s, assessment.InspectionId, assessment.CaseId, ct);
        }, ct);

    /// <summary>Gives the case to an inspector (a user with the inspector or lead inspector role), or takes it back (null).</summary>
    public Task AssignAsync(long inspectionId, string caseId, string? userName, Actor actor, CancellationToken ct = default) =>
        _store.WriteAsync(async s =>
        {
            var before = await LoadAsync(s, inspectionId, caseId, ct);
            long? userId = null;
            if (userName is not null)
            {
                var user = await UserStore.GetAsync(s, userName, ct);
                if (!user.Roles.Contains(UserRole.Inspector) && !user.Roles.Contains(UserRole.LeadInspector))
                    throw new ChangeRefusedException($"{userName} is not an inspector, so cannot hold a case");
                userId = user.Id;
            }
            // Not versioned: who holds a case is the lead inspector's call, and changing it must not void the holder's unsaved answers.
            await s.ExecuteAsync("update cases set assigned_user_id = @user where inspection_id = @id and case_ref = @case", ct,
                ("user", userId), ("id", inspectionId), ("case", caseId));
            await AuditLog.AppendAsync(s, actor, inspectionId, "case", caseId, "assign", new { before.AssignedTo }, new { AssignedTo = userName }, ct);
        }, ct);

    /// <summary>The cases an inspector holds, across inspections.</summary>
    public Task<IReadOnlyList<(long InspectionId, string CaseId)>> AssignedToAsync(string userName, CancellationToken ct = default) =>
        _store.ReadAsync<IReadOnlyList<(long, string)>>(async s => await s.QueryAsync(
            "select c.inspection_id, c.case_ref from cases c join users u on u.id = c.assigned_user_id where u.user_name = @user order by c.inspection_id, c.ordinal",
            r => (r.Id("inspection_id"), r.Required("case_ref")), ct, ("user", userName)), ct);

    internal static async Task<CaseAssessment> LoadAsync(DbSession s, long inspectionId, string caseId, CancellationToken ct)
    {
        // The framework comes with the case row: case pages load a case on every request, and the inspection is read already.
        var rows = await s.QueryAsync(
            $"select c.case_ref, {string.Join(", ", CaseTable.Attributes.Select(a => "c." + a.Name))}, c.ro_id, c.ro_caseload, c.answers, c.assessment_status, c.version, u.user_name, i.framework " +
            "from cases c join inspections i on i.id = c.inspection_id left join users u on u.id = c.assigned_user_id where c.inspection_id = @id and c.case_ref = @case",
            r => (Record: ReadRecord(r), Answers: r.Bytes("answers"), Status: CaseAssessmentStatusNames.Parse(r.Required("assessment_status")),
                Version: r.Int("version")!.Value, AssignedTo: r.Text("user_name"), Framework: r.Required("framework")), ct, ("id", inspectionId), ("case", caseId));
        if (rows.Count == 0)
        {
            await InspectionStore.GetAsync(s, inspectionId, ct); // says so when it is the inspection that does not exist
            throw new RecordNotFoundException($"inspection {inspectionId} has no case \"{caseId}\"");
        }
        var row = rows[0];
        var framework = FrameworkCatalog.Get(row.Framework);
        var answers = new Dictionary<string, Judgement>();
        for (var i = 0; i < row.Answers.Length; i++)
            if (row.Answers[i] != 0) answers[framework.Questions.Items[i].Id] = (Judgement)row.Answers[i];
        var notes = await s.QueryAsync("select question, note from answer_notes where inspection_id = @id and case_ref = @case",
            r => (Question: r.Required("question"), Note: r.Required("note")), ct, ("id", inspectionId), ("case", caseId));
        return new CaseAssessment
        {
            InspectionId = inspectionId, CaseId = caseId, Case = row.Record, Answers = answers,
            Notes = notes.ToDictionary(n => n.Question, n => n.Note),
            PracticeExamples = await EvidenceRows.ReadPracticeExamplesAsync(s, inspectionId, caseId, ct),
            Status = row.Status, AssignedTo = row.AssignedTo, Version = row.Version,
        };
    }

    private static CaseRecord ReadRecord(DbDataReader r)
    {
        var record = new CaseRecord(r.Required("case_ref")) { ResponsibleOfficer = r.Text("ro_id"), ResponsibleOfficerCaseload = r.Int("ro_caseload") };
        foreach (var column in CaseTable.Attributes)
            if (r.Text(column.Name) is { } token) record.Set(column, token);
        return record;
    }

    private static List<string> Validate(FrameworkVersion framework, CaseRecord record, CaseAssessment a)
    {
        var problems = new List<string>();
        foreach (var (id, judgement) in a.Answers)
        {
            if (framework.Questions.Find(id) is not { } item)
                problems.Add($"\"{id}\" is not a key question or prompt answered per case in framework {framework.Id}");
            else if (!Enum.IsDefined(judgement) || judgement == Judgement.NotRecorded)
                problems.Add($"the answer to {id} must be yes, no or na (leave it out when not recorded)");
            // R2–R3: a case outside the item's population may not answer yes or no.
            else if (judgement != Judgement.NotApplicable && !AnswerTallies.ScopeOf(item).Contains(record))
                problems.Add($"case {a.CaseId} is outside the {item.Population.Name.ToLowerInvariant()} for {id}, so it can only be answered na or left blank");
        }
        foreach (var id in a.Notes.Keys.Where(k => !a.Answers.ContainsKey(k)))
            problems.Add($"the note on {id} has no answer beside it; answer {id} or remove the note");
        foreach (var e in a.PracticeExamples)
        {
            if (e.CaseId != a.CaseId) problems.Add($"a practice example of case {e.CaseId} cannot be saved with case {a.CaseId}");
            if (framework.FindStandard(e.Standard) is null) problems.Add($"practice example: standard \"{e.Standard}\" is not in framework {framework.Id}");
            if (string.IsNullOrWhiteSpace(e.Text)) problems.Add("practice example: the text is empty");
        }
        return problems;
    }

    private static object AuditView(CaseAssessment a) => new
    {
        Answers = a.Answers.ToDictionary(x => x.Key, x => x.Value.Token()),
        a.Notes,
        PracticeExamples = a.PracticeExamples.Select(e => new { e.Standard, Kind = Tokens.Kind(e.Kind), e.Text }),
        Status = a.Status,
    };

    private static RecordRef Ref(long inspectionId, string caseId) => new(inspectionId, "case", caseId, $"case {caseId}");
}
