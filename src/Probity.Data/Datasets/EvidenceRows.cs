using Probity.Core.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Datasets;

/// <summary>Domain-one evidence rows: responsible officer interviews (one column per interview question), meetings, practice examples.</summary>
internal static class EvidenceRows
{
    private static string QuestionColumns => string.Join(", ", InterviewQuestions.All.Select(q => q.Column));

    public static Task InsertInterviewAsync(DbSession session, long inspectionId, int ordinal, OfficerInterview interview, CancellationToken ct)
    {
        var questions = InterviewQuestions.All.Select(q => (q.Column, (object?)(interview.Answers.TryGetValue(q.Column, out var yes) ? yes : null)));
        return session.ExecuteAsync(
            $"insert into officer_interviews (inspection_id, ordinal, officer_id, grade, caseload, {QuestionColumns}) " +
            $"values (@id, @ordinal, @officer, @grade, @caseload, {string.Join(", ", InterviewQuestions.All.Select(q => "@" + q.Column))})", ct,
            [("id", inspectionId), ("ordinal", ordinal), ("officer", interview.OfficerId), ("grade", interview.Grade), ("caseload", interview.Caseload), .. questions]);
    }

    public static Task<List<(OfficerInterview Interview, int Version)>> ReadInterviewsAsync(DbSession session, long inspectionId, CancellationToken ct) =>
        session.QueryAsync("select * from officer_interviews where inspection_id = @id order by ordinal", r => (Interview(r), r.Int("version")!.Value), ct, ("id", inspectionId));

    /// <summary>The interview of an officer_interviews row.</summary>
    public static OfficerInterview Interview(System.Data.Common.DbDataReader row)
    {
        var answers = new Dictionary<string, bool>();
        foreach (var q in InterviewQuestions.All)
            if (row.Bool(q.Column) is { } yes) answers[q.Column] = yes;
        return new OfficerInterview(row.Required("officer_id")) { Grade = row.Text("grade"), Caseload = row.Int("caseload"), Answers = answers };
    }

    /// <summary>Adds a meeting; returns its id.</summary>
    public static Task<long> InsertMeetingAsync(DbSession session, long inspectionId, int ordinal, Meeting meeting, CancellationToken ct) =>
        session.ScalarAsync<long>("insert into meetings (inspection_id, ordinal, meeting_date, kind, description, attendees, notes) " +
            "values (@id, @ordinal, @date, @kind, @description, @attendees, @notes) returning id", ct,
            ("id", inspectionId), ("ordinal", ordinal), ("date", meeting.Date), ("kind", meeting.Kind.Token()), ("description", meeting.Description),
            ("attendees", meeting.Attendees), ("notes", meeting.Notes));

    public static Task<List<(long Id, Meeting Meeting)>> ReadMeetingsAsync(DbSession session, long inspectionId, CancellationToken ct) =>
        session.QueryAsync("select * from meetings where inspection_id = @id order by ordinal, id", r => (r.Id("id"),
            new Meeting(StoredTokens.ParseMeetingKind(r.Required("kind")), r.Required("description"))
            {
                Date = r.Date("meeting_date"), Attendees = r.Int("attendees"), Notes = r.Text("notes"),
            }), ct, ("id", inspectionId));

    public static Task InsertPracticeExampleAsync(DbSession session, long inspectionId, int ordinal, PracticeExample example, CancellationToken ct) =>
        session.ExecuteAsync("insert into practice_examples (inspection_id, case_ref, ordinal, standard, kind, text, in_report) values (@id, @case, @ordinal, @standard, @kind, @text, @in_report)",
            ct, ("id", inspectionId), ("case", example.CaseId), ("ordinal", ordinal), ("standard", example.Standard), ("kind", StoredTokens.Kind(example.Kind)), ("text", example.Text),
            ("in_report", example.InReport));

    /// <summary>Practice examples of the inspection, or of one case when <paramref name="caseRef"/> is given.</summary>
    public static Task<List<PracticeExample>> ReadPracticeExamplesAsync(DbSession session, long inspectionId, string? caseRef, CancellationToken ct)
    {
        (string, object?)[] parameters = caseRef is null ? [("id", inspectionId)] : [("id", inspectionId), ("case", caseRef)];
        return session.QueryAsync(caseRef is null ? "select * from practice_examples where inspection_id = @id order by ordinal, id" : SelectCasePracticeExamples,
            PracticeExample, ct, parameters);
    }

    /// <summary>One case's practice examples, in their order: parameters @id (the inspection) and @case.</summary>
    public const string SelectCasePracticeExamples = "select * from practice_examples where inspection_id = @id and case_ref = @case order by ordinal, id";

    public static PracticeExample PracticeExample(System.Data.Common.DbDataReader row) =>
        new(row.Required("case_ref"), row.Required("standard"), StoredTokens.ParseKind(row.Required("kind")), row.Required("text")) { InReport = row.Bool("in_report") ?? true };
}
