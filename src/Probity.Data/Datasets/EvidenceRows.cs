using Probity.Core.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Datasets;

/// <summary>Domain-one evidence rows: responsible officer interviews (one column per interview question), meetings, practice examples.</summary>
internal static class EvidenceRows
{
    private static string QuestionColumns => string.Join(", ", InterviewQuestions.All.Select(q => q.Column));

    public static Task InsertInterviewAsync(DbSession s, long inspectionId, int ordinal, OfficerInterview i, CancellationToken ct)
    {
        var questions = InterviewQuestions.All.Select(q => (q.Column, (object?)(i.Answers.TryGetValue(q.Column, out var yes) ? yes : null)));
        return s.ExecuteAsync(
            $"insert into officer_interviews (inspection_id, ordinal, officer_id, grade, caseload, {QuestionColumns}) " +
            $"values (@id, @ordinal, @officer, @grade, @caseload, {string.Join(", ", InterviewQuestions.All.Select(q => "@" + q.Column))})", ct,
            [("id", inspectionId), ("ordinal", ordinal), ("officer", i.OfficerId), ("grade", i.Grade), ("caseload", i.Caseload), .. questions]);
    }

    public static Task<List<(OfficerInterview Interview, int Version)>> ReadInterviewsAsync(DbSession s, long inspectionId, CancellationToken ct) =>
        s.QueryAsync("select * from officer_interviews where inspection_id = @id order by ordinal", r => (Interview(r), r.Int("version")!.Value), ct, ("id", inspectionId));

    /// <summary>The interview of an officer_interviews row.</summary>
    public static OfficerInterview Interview(System.Data.Common.DbDataReader r)
    {
        var answers = new Dictionary<string, bool>();
        foreach (var q in InterviewQuestions.All)
            if (r.Bool(q.Column) is { } yes) answers[q.Column] = yes;
        return new OfficerInterview(r.Required("officer_id")) { Grade = r.Text("grade"), Caseload = r.Int("caseload"), Answers = answers };
    }

    public static Task InsertMeetingAsync(DbSession s, long inspectionId, int ordinal, Meeting m, CancellationToken ct) =>
        s.ExecuteAsync("insert into meetings (inspection_id, ordinal, meeting_date, kind, description, attendees, notes) " +
            "values (@id, @ordinal, @date, @kind, @description, @attendees, @notes)", ct,
            ("id", inspectionId), ("ordinal", ordinal), ("date", m.Date), ("kind", m.Kind.Token()), ("description", m.Description),
            ("attendees", m.Attendees), ("notes", m.Notes));

    public static Task<List<(long Id, Meeting Meeting)>> ReadMeetingsAsync(DbSession s, long inspectionId, CancellationToken ct) =>
        s.QueryAsync("select * from meetings where inspection_id = @id order by ordinal, id", r => (r.Id("id"),
            new Meeting(Tokens.ParseMeetingKind(r.Required("kind")), r.Required("description"))
            {
                Date = r.Date("meeting_date"), Attendees = r.Int("attendees"), Notes = r.Text("notes"),
            }), ct, ("id", inspectionId));

    public static Task InsertPracticeExampleAsync(DbSession s, long inspectionId, int ordinal, PracticeExample e, CancellationToken ct) =>
        s.ExecuteAsync("insert into practice_examples (inspection_id, case_ref, ordinal, standard, kind, text) values (@id, @case, @ordinal, @standard, @kind, @text)",
            ct, ("id", inspectionId), ("case", e.CaseId), ("ordinal", ordinal), ("standard", e.Standard), ("kind", Tokens.Kind(e.Kind)), ("text", e.Text));

    /// <summary>Practice examples of the inspection, or of one case when <paramref name="caseRef"/> is given.</summary>
    public static Task<List<PracticeExample>> ReadPracticeExamplesAsync(DbSession s, long inspectionId, string? caseRef, CancellationToken ct)
    {
        (string, object?)[] parameters = caseRef is null ? [("id", inspectionId)] : [("id", inspectionId), ("case", caseRef)];
        return s.QueryAsync(
            "select * from practice_examples where inspection_id = @id" + (caseRef is null ? "" : " and case_ref = @case") + " order by ordinal, id",
            r => new PracticeExample(r.Required("case_ref"), r.Required("standard"), Tokens.ParseKind(r.Required("kind")), r.Required("text")),
            ct, parameters);
    }
}
