using System.Globalization;
using Microsoft.AspNetCore.Http;
using Probity.Core.Datasets;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// The fields of an interview record as typed (kept exactly, to show again on any error) and what they mean: the officer
/// by reference (never a name), grade, caseload, and yes / no / not asked for each question.
/// </summary>
public sealed class InterviewForm
{
    public Dictionary<string, string> Values { get; } = [];

    public static IReadOnlyList<(string, string)> AnswerOptions { get; } = [("yes", "Yes"), ("no", "No"), ("", "Not asked")];

    public static IReadOnlyList<(string, string)> GradeOptions { get; } =
        [("PO", "PO (probation officer or equivalent)"), ("PSO", "PSO (probation services officer or equivalent)"), ("PQiP", "PQiP (trainee probation officer)"), ("other", "Other"), ("", "Not recorded")];

    public string? this[string field] => Values.GetValueOrDefault(field);

    public static InterviewForm From(OfficerInterview interview)
    {
        var form = new InterviewForm();
        form.Values["officer"] = interview.OfficerId;
        form.Values["grade"] = interview.Grade ?? "";
        form.Values["caseload"] = interview.Caseload?.ToString(CultureInfo.InvariantCulture) ?? "";
        foreach (var q in InterviewQuestions.All)
            form.Values[q.Column] = interview.Answers.TryGetValue(q.Column, out var yes) ? (yes ? "yes" : "no") : "";
        return form;
    }

    public static InterviewForm From(IFormCollection posted)
    {
        var form = new InterviewForm();
        foreach (var (key, value) in posted) form.Values[key] = value.ToString();
        return form;
    }

    /// <summary>The interview with <paramref name="officer"/>'s reference, or null with every problem added to <paramref name="errors"/>.</summary>
    public OfficerInterview? Read(string? officer, FormErrors errors)
    {
        officer = officer?.Trim();
        if (string.IsNullOrEmpty(officer)) errors.Add("officer", "Enter the officer's reference, for example RO-12 (never their name)");
        var grade = this["grade"] is { Length: > 0 } g ? g : null;
        if (grade is not null && GradeOptions.All(o => o.Item1 != grade)) errors.Add("grade", "Select the officer's grade, or not recorded");
        int? caseload = null;
        if (this["caseload"]?.Trim() is { Length: > 0 } c)
        {
            if (int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) caseload = n;
            else errors.Add("caseload", "Caseload must be a whole number, like 45");
        }
        if (errors.Any) return null;
        var answers = InterviewQuestions.All
            .Where(q => this[q.Column] is "yes" or "no")
            .ToDictionary(q => q.Column, q => this[q.Column] == "yes");
        return new OfficerInterview(officer!) { Grade = grade, Caseload = caseload, Answers = answers };
    }
}
