using Probity.Core.Csv;
using Probity.Core.Frameworks;
using Probity.Core.Input;
using Probity.Core.Text;

namespace Probity.Core.Datasets;

/// <summary>The optional domain-one evidence files: interviews.csv, meetings.csv, practice-examples.csv.</summary>
public static class EvidenceReaders
{
    public const string InterviewsFile = "interviews.csv";
    public const string MeetingsFile = "meetings.csv";
    public const string PracticeExamplesFile = "practice-examples.csv";
    private static readonly string[] Grades = ["PO", "PSO", "PQiP", "other"];

    public static List<OfficerInterview> ReadInterviews(TextReader text, List<DatasetProblem> problems, ReadingLimits? limits = null)
    {
        var interviews = new List<OfficerInterview>();
        var table = CsvTable.Open(InterviewsFile, text, ["officer_id"], problems, limits);
        if (table is null) return interviews;
        var id = table.IndexOf("officer_id");
        var grade = table.IndexOf("grade");
        var caseload = table.IndexOf("caseload");
        var questions = InterviewQuestions.All.Select(q => (q, Index: table.IndexOf(q.Column))).Where(x => x.Index is not null).ToList();
        var seen = new Dictionary<string, int>();
        while (table.Next())
        {
            var officer = table.Text(id);
            if (officer is null) { table.Problem("officer_id is empty"); continue; }
            if (!seen.TryAdd(officer, table.Line)) { table.Problem($"duplicate officer_id \"{officer}\" (first seen on line {seen[officer]})"); continue; }
            var g = table.Text(grade);
            if (g is not null && !Grades.Contains(g)) table.Problem($"grade \"{g}\" is not one of {string.Join(", ", Grades)}");
            var answers = new Dictionary<string, bool>();
            foreach (var (q, index) in questions)
            {
                var v = table[index];
                if (v.IsEmpty) continue;
                if (v is "yes") answers[q.Column] = true;
                else if (v is "no") answers[q.Column] = false;
                else table.Problem($"{q.Column} \"{v}\" is not one of yes, no (leave it empty if not asked)");
            }
            interviews.Add(new OfficerInterview(officer) { Grade = g, Caseload = table.Number(caseload, "caseload"), Answers = answers });
        }
        return interviews;
    }

    public static List<Meeting> ReadMeetings(TextReader text, List<DatasetProblem> problems, ReadingLimits? limits = null)
    {
        var meetings = new List<Meeting>();
        var table = CsvTable.Open(MeetingsFile, text, ["kind", "description"], problems, limits);
        if (table is null) return meetings;
        var kind = table.IndexOf("kind");
        var description = table.IndexOf("description");
        var date = table.IndexOf("date");
        var attendees = table.IndexOf("attendees");
        var notes = table.IndexOf("notes");
        while (table.Next())
        {
            var k = table.Text(kind);
            if (!MeetingKindNames.TryParse(k, out var parsed))
            {
                table.Problem($"kind \"{k}\" is not one of {string.Join(", ", MeetingKindNames.AllTokens)}");
                continue;
            }
            var d = table.Text(description);
            if (d is null) { table.Problem("description is empty"); continue; }
            DateOnly? day = null;
            if (table.Text(date) is { } dt)
            {
                if (DateOnly.TryParseExact(dt, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsedDate)) day = parsedDate;
                else table.Problem($"date \"{dt}\" is not in the form yyyy-mm-dd");
            }
            meetings.Add(new Meeting(parsed, d) { Date = day, Attendees = table.Number(attendees, "attendees"), Notes = table.Text(notes) });
        }
        return meetings;
    }

    public static List<PracticeExample> ReadPracticeExamples(TextReader text, FrameworkVersion framework, IReadOnlySet<string> caseIds, List<DatasetProblem> problems,
        ReadingLimits? limits = null)
    {
        var examples = new List<PracticeExample>();
        var table = CsvTable.Open(PracticeExamplesFile, text, ["case_id", "standard", "kind", "text"], problems, limits);
        if (table is null) return examples;
        var caseId = table.IndexOf("case_id");
        var standard = table.IndexOf("standard");
        var kind = table.IndexOf("kind");
        var body = table.IndexOf("text");
        var inReport = table.IndexOf("in_report"); // optional: absent or empty, printed
        while (table.Next())
        {
            var c = table.Text(caseId);
            var s = table.Text(standard);
            var k = table.Text(kind);
            var t = table.Text(body);
            var ok = true;
            if (c is null || !caseIds.Contains(c)) { table.Problem($"case \"{c}\" is not in cases.csv"); ok = false; }
            if (s is null || framework.FindStandard(s) is null) { table.Problem($"standard \"{s}\" is not in framework {framework.Id}"); ok = false; }
            if (!ExchangeTokens.PracticeKinds.TryParse(k, out var practiceKind)) { table.Problem($"kind \"{k}\" is not one of {ExchangeTokens.PracticeKinds.List}"); ok = false; }
            if (t is null) { table.Problem("text is empty"); ok = false; }
            var printed = table.Text(inReport);
            if (printed is not (null or "yes" or "no")) { table.Problem($"in_report \"{printed}\" is not yes or no"); ok = false; }
            if (ok) examples.Add(new PracticeExample(c!, s!, practiceKind, t!) { InReport = printed != "no" });
        }
        return examples;
    }
}
