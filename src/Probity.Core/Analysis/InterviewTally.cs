using Probity.Core.Datasets;

namespace Probity.Core.Analysis;

/// <summary>
/// One inspection's responsible officer interviews as counts: officers by grade; caseloads reported, their sum and how many
/// exceed 75, by grade; and each interview question's yes and no by grade and caseload band. Summed across inspections,
/// it gives every interview figure of the annual report without holding an interview in memory.
/// </summary>
public sealed class InterviewTally
{
    private static readonly int Grades = CaseColumns.RoGrade.Values.Count + 1;
    private static readonly int Bands = CaseloadBands.Tokens.Count + 1;
    private static readonly int Questions = InterviewQuestions.All.Count;

    private readonly int[] _interviewed = new int[Grades];
    private readonly int[] _caseloads = new int[Grades];
    private readonly long[] _caseloadSum = new long[Grades];
    private readonly int[] _over75 = new int[Grades];
    private readonly int[] _answers = new int[Grades * Bands * Questions * 2];

    /// <summary>Counts one interview; <paramref name="answers"/> holds, per question of <see cref="InterviewQuestions.All"/>, yes, no or null (not asked).</summary>
    public void Add(string? grade, int? caseload, ReadOnlySpan<bool?> answers)
    {
        var g = GradeCode(grade);
        _interviewed[g]++;
        if (caseload is { } load)
        {
            _caseloads[g]++;
            _caseloadSum[g] += load;
            if (load > 75) _over75[g]++;
        }
        var b = CaseloadBands.CodeOf(caseload);
        for (var q = 0; q < Questions; q++)
            if (answers[q] is { } yes) _answers[At(g, b, q) + (yes ? 0 : 1)]++;
    }

    public void Add(OfficerInterview interview)
    {
        Span<bool?> answers = stackalloc bool?[Questions];
        for (var q = 0; q < Questions; q++)
            answers[q] = interview.Answers.TryGetValue(InterviewQuestions.All[q].Column, out var yes) ? yes : null;
        Add(interview.Grade, interview.Caseload, answers);
    }

    public void Add(InterviewTally other)
    {
        for (var g = 0; g < Grades; g++)
        {
            _interviewed[g] += other._interviewed[g];
            _caseloads[g] += other._caseloads[g];
            _caseloadSum[g] += other._caseloadSum[g];
            _over75[g] += other._over75[g];
        }
        for (var i = 0; i < _answers.Length; i++) _answers[i] += other._answers[i];
    }

    public static InterviewTally Of(IEnumerable<OfficerInterview> interviews)
    {
        var tally = new InterviewTally();
        foreach (var i in interviews) tally.Add(i);
        return tally;
    }

    /// <summary>Officers interviewed, of one grade (its token; "" for no grade recorded) or of every grade (null).</summary>
    public int Interviewed(string? grade = null) => Sum(_interviewed, grade);

    /// <summary>Caseloads reported, their total, and how many were more than 75 ("in excess of 75").</summary>
    public (int Reported, long Total, int Over75) Caseloads(string? grade = null) =>
        (Sum(_caseloads, grade), grade is null ? _caseloadSum.Sum() : _caseloadSum[GradeCode(grade)], Sum(_over75, grade));

    /// <summary>Yes and no to a question (its interviews.csv column), of one grade or all (null), in one caseload band or all (null).</summary>
    public (int Yes, int No) Answers(string column, string? grade = null, int? band = null)
    {
        var q = Index(column);
        int yes = 0, no = 0;
        for (var g = 0; g < Grades; g++)
        {
            if (grade is not null && g != GradeCode(grade)) continue;
            for (var b = 0; b < Bands; b++)
            {
                if (band is not null && b != band) continue;
                yes += _answers[At(g, b, q)];
                no += _answers[At(g, b, q) + 1];
            }
        }
        return (yes, no);
    }

    private static int Index(string column)
    {
        for (var q = 0; q < Questions; q++)
            if (InterviewQuestions.All[q].Column == column) return q;
        throw new ArgumentException($"\"{column}\" is not an interview question", nameof(column));
    }

    private static int At(int grade, int band, int question) => ((grade * Bands + band) * Questions + question) * 2;

    private static int GradeCode(string? grade) => string.IsNullOrEmpty(grade) ? 0 : CaseColumns.RoGrade.Code(grade);

    private static int Sum(int[] byGrade, string? grade) => grade is null ? byGrade.Sum() : byGrade[GradeCode(grade)];
}
