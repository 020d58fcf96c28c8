using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Probity.Core.Datasets;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// An interview record as typed (kept exactly, to show again on any error) and what it means: the officer by reference
/// (never a name), grade, caseload, and yes / no / not asked for each question (a field named by the question's column).
/// </summary>
public sealed class InterviewForm
{
    public static IReadOnlyList<(string, string)> AnswerOptions { get; } = [("yes", "Yes"), ("no", "No"), ("", "Not asked")];

    public static IReadOnlyList<(string, string)> GradeOptions { get; } =
        [("PO", "PO (probation officer or equivalent)"), ("PSO", "PSO (probation services officer or equivalent)"), ("PQiP", "PQiP (trainee probation officer)"), ("other", "Other"), ("", "Not recorded")];

    /// <summary>The officer's reference: typed on a new record, the route's on a change (set by the page).</summary>
    [FromForm(Name = "officer")] public string? Officer { get; set; }
    [FromForm(Name = "grade")] public string? Grade { get; set; }
    [FromForm(Name = "caseload")] public string? Caseload { get; set; }
    [FromForm(Name = "version")] public int? Version { get; set; }
    public NamedFields Questions { get; set; } = NamedFields.None;

    /// <summary>Answers shown for a stored record, by question column ("yes", "no", or "" for not asked).</summary>
    [BindNever] public Dictionary<string, string> StoredAnswers { get; } = [];

    public string Answer(string column) => StoredAnswers.GetValueOrDefault(column) ?? Questions[column] ?? "";

    public string? OfficerId => Officer?.Trim() is { Length: > 0 } o ? o : null;
    public bool GradeIsKnown => Grade is not { Length: > 0 } g || GradeOptions.Any(o => o.Item1 == g);
    public int? CaseloadCount => int.TryParse(Caseload?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The interview as typed; only once the validator has passed the form (a method, so that MVC's own validation never reads it).</summary>
    public OfficerInterview ToInterview() => new(OfficerId!)
    {
        Grade = Grade is { Length: > 0 } g ? g : null,
        Caseload = CaseloadCount,
        Answers = InterviewQuestions.All.Where(q => Answer(q.Column) is "yes" or "no").ToDictionary(q => q.Column, q => Answer(q.Column) == "yes"),
    };

    public static InterviewForm From(OfficerInterview interview, int? version)
    {
        var form = new InterviewForm
        {
            Officer = interview.OfficerId, Grade = interview.Grade ?? "", Caseload = interview.Caseload?.ToString(CultureInfo.InvariantCulture) ?? "", Version = version,
        };
        foreach (var q in InterviewQuestions.All)
            form.StoredAnswers[q.Column] = interview.Answers.TryGetValue(q.Column, out var yes) ? (yes ? "yes" : "no") : "";
        return form;
    }
}

public sealed class InterviewFormValidator : AbstractValidator<InterviewForm>
{
    public InterviewFormValidator()
    {
        RuleFor(f => f.OfficerId).NotNull().WithMessage("Enter the officer's reference, for example RO-12 (never their name)")
            .Within(FieldLength.Short, "The officer's reference").OverridePropertyName("officer");
        RuleFor(f => f.GradeIsKnown).Equal(true).WithMessage("Select the officer's grade, or not recorded").OverridePropertyName("grade");
        RuleFor(f => f.CaseloadCount).NotNull().When(f => !string.IsNullOrWhiteSpace(f.Caseload))
            .WithMessage("Caseload must be a whole number, like 45").OverridePropertyName("caseload");
        this.EveryOtherTextWithin();
    }
}
